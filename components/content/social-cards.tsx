import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import { formatNumber } from "@/lib/format";

/** One card per platform: the post (or each part of a thread) with its character count vs the limit. */
export function SocialCards({ posts }: { posts: { platform: PlatformId; parts: string[] }[] }) {
  if (posts.length === 0) return <p className="text-sm text-zinc-500">This version has no posts.</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {posts.map((post) => {
        const rule = platformRules[post.platform];
        return (
          <Card key={post.platform} aria-label={`${rule.label} post`} className="flex flex-col">
            <div className="flex items-center justify-between border-b border-zinc-100 px-5 py-3">
              <h3 className="text-sm font-semibold text-zinc-900">{rule.label}</h3>
              <span className="text-xs text-zinc-500">
                {post.parts.length > 1 ? `Thread of ${post.parts.length}` : "Single post"} · limit {formatNumber(rule.maxChars)}
              </span>
            </div>
            <ol className="flex-1 divide-y divide-zinc-100">
              {post.parts.map((part, i) => {
                const count = countCharacters(post.platform, part);
                const over = count > rule.maxChars;
                return (
                  <li key={i} className="space-y-2 px-5 py-4">
                    <p className="text-sm leading-6 whitespace-pre-wrap text-zinc-800">{part}</p>
                    <p className={cn("text-right text-xs tabular-nums", over ? "font-medium text-red-700" : "text-zinc-500")}>
                      {post.parts.length > 1 && <span className="float-left text-zinc-400">{i + 1}/{post.parts.length}</span>}
                      {formatNumber(count)} / {formatNumber(rule.maxChars)} characters{over ? " — over the limit" : ""}
                    </p>
                  </li>
                );
              })}
            </ol>
          </Card>
        );
      })}
    </div>
  );
}
