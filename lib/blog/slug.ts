/** A URL slug from a title: lowercase ASCII words joined by hyphens (accents folded), at most 80 chars. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "post";
}

/** Slugs readers may request (anything else is a 404 without a query). */
export const postSlugPattern = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;
