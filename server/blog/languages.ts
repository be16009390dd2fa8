import "server-only";

/** Text-search languages a blog may choose (PostgreSQL regconfig names; mirrored by a CHECK in db/0007). */
export const blogLanguages = [
  "simple",
  "english",
  "german",
  "french",
  "spanish",
  "italian",
  "portuguese",
  "dutch",
  "swedish",
  "danish",
  "norwegian",
  "finnish",
  "russian",
] as const;
export type BlogLanguage = (typeof blogLanguages)[number];

export const defaultBlogLanguage: BlogLanguage = "english";

export function isBlogLanguage(value: string): value is BlogLanguage {
  return (blogLanguages as readonly string[]).includes(value);
}
