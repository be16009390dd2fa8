import type { MetadataRoute } from "next";

/** Crawlers may read the public blogs; the app, review links and the API are not for indexing. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: ["/blog/"], disallow: ["/api/", "/r/", "/dev/"] }],
  };
}
