import type { PlatformId } from "@/lib/ai/platforms/platform-rules";

/** Who the post appears to come from: the workspace (its name and a handle derived from its slug). */
export interface PreviewAuthor {
  name: string;
  handle: string;
}

export interface PostPreviewProps {
  platform: PlatformId;
  parts: string[];
  author: PreviewAuthor;
  /** An image prompt/alt, shown where the platform would show the picture. */
  image?: { alt: string; url?: string } | null;
}

/** "Acme Coffee", "acme-coffee" → { name, handle: "acmecoffee" }. */
export function authorOf(workspace: { name: string; slug: string }): PreviewAuthor {
  return { name: workspace.name, handle: workspace.slug.replace(/[^a-z0-9_]/gi, "").slice(0, 15) || "brand" };
}
