import "server-only";

/** User agents of crawlers, previewers, monitors and headless tools: their requests are not views. */
const botPattern =
  /bot\b|bot\/|crawl|spider|slurp|fetch|preview|scrape|monitor|uptime|headless|lighthouse|pagespeed|facebookexternalhit|embedly|quora link|whatsapp|telegram|discord|curl\/|wget|python-|httpclient|java\/|go-http|node-fetch|axios|okhttp|libwww|phantom|puppeteer|playwright|selenium/i;

/** True when the request should not count (a known bot, or no user agent at all). */
export function isBot(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.length < 10) return true;
  return botPattern.test(userAgent);
}
