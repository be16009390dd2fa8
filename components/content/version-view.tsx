import { ImageIcon } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ContentKind } from "@/lib/ai/brief";
import type { PlatformId } from "@/lib/ai/platforms/platform-rules";
import { countWords } from "@/lib/ai/platforms/word-count";
import { MarkdownPreview } from "./markdown-preview";
import { SocialCards } from "./social-cards";
import { formatNumber } from "@/lib/format";

export interface VersionData {
  number: number;
  source: string;
  title: string;
  body: string;
  posts: { platform: PlatformId; parts: string[] }[];
  seo: { title: string; slug: string; metaDescription: string; excerpt: string } | null;
  image: { prompt: string; alt: string; url?: string } | null;
  qualityScore: number | null;
}

/** The current version: the post(s) themselves, then SEO fields and the image prompt. */
export function VersionView({ kind, version }: { kind: ContentKind; version: VersionData }) {
  return (
    <div className="space-y-6">
      {kind === "blog" ? (
        <Card>
          <CardHeader title="Blog post" description={`${formatNumber(countWords(version.body))} words · version ${version.number}`} />
          <CardBody>
            <article className="max-w-3xl">
              <MarkdownPreview source={version.body} />
            </article>
          </CardBody>
        </Card>
      ) : (
        <section aria-labelledby="posts-title" className="space-y-3">
          <h2 id="posts-title" className="text-[15px] font-semibold text-zinc-950">
            Posts <span className="font-normal text-zinc-500">· version {version.number}</span>
          </h2>
          <SocialCards posts={version.posts} />
        </section>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        {version.seo && (
          <Card>
            <CardHeader title="SEO and format" />
            <CardBody>
              <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[130px_1fr]">
                <dt className="text-zinc-500">Title</dt>
                <dd className="text-zinc-900">{version.seo.title}</dd>
                <dt className="text-zinc-500">Slug</dt>
                <dd className="font-mono text-[13px] break-all text-zinc-900">{version.seo.slug}</dd>
                <dt className="text-zinc-500">Meta description</dt>
                <dd className="text-zinc-900">
                  {version.seo.metaDescription}
                  <span className="ml-1 text-xs text-zinc-400">({version.seo.metaDescription.length}/160)</span>
                </dd>
                <dt className="text-zinc-500">Excerpt</dt>
                <dd className="text-zinc-700">{version.seo.excerpt}</dd>
              </dl>
            </CardBody>
          </Card>
        )}
        {version.image && (
          <Card>
            <CardHeader title="Image" description={version.image.url ? undefined : "A prompt for an image tool; no image provider is configured."} />
            <CardBody className="flex gap-4">
              <span className="flex size-12 shrink-0 items-center justify-center rounded-xl bg-zinc-100 text-zinc-500">
                <ImageIcon aria-hidden className="size-5" />
              </span>
              <dl className="space-y-2 text-sm">
                <dt className="text-zinc-500">Prompt</dt>
                <dd className="text-zinc-900">{version.image.prompt}</dd>
                <dt className="text-zinc-500">Alt text</dt>
                <dd className="text-zinc-700">{version.image.alt}</dd>
              </dl>
            </CardBody>
          </Card>
        )}
      </div>
    </div>
  );
}
