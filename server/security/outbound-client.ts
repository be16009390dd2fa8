import "server-only";

/**
 * The HTTP client for URLs a member gave us (webhook receivers, Mastodon instances, Bluesky
 * servers, image URLs): a drop-in `fetch` that
 * - checks every address it connects to against the outbound policy at connect time (an undici
 *   Agent whose socket lookup refuses private ranges, so DNS rebinding is caught where it matters);
 * - follows redirects itself (at most `maxRedirects`), checking each hop's URL again and dropping
 *   credentials when the origin changes;
 * - cuts a response body off past `maxResponseBytes` and the whole exchange (redirects and body
 *   included) past `timeoutMs`.
 * The refusals are OutboundRefusedError; the size cap is ResponseTooLargeError.
 */
import { isIP } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import { cappedBody, ResponseTooLargeError } from "./capped-body";
import { OutboundRefusedError, outboundRefusalIn, policyFromEnv, refusalOf, type OutboundPolicy } from "./outbound-policy";
import { addressResolver, pinnedLookup } from "./pinned-lookup";

export type OutboundClientOptions = {
  policy?: OutboundPolicy;
  /** DNS servers (ip or ip:port) to resolve names with; empty: the system's resolver. */
  dnsServers?: string[];
  maxRedirects?: number;
  maxResponseBytes?: number;
  /** Total time for one call: every hop and the body. */
  timeoutMs?: number;
};

export type OutboundClient = typeof fetch & { close(): Promise<void> };

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const nullBodyStatuses = new Set([101, 204, 205, 304]);
const credentialHeaders = ["authorization", "cookie", "proxy-authorization"];
const bodyHeaders = ["content-type", "content-length", "content-encoding", "content-language", "content-location"];

function checkHop(url: URL, policy: OutboundPolicy): void {
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new OutboundRefusedError(`Only http(s) addresses can be called, not ${url.protocol}.`);
  if (url.username || url.password) throw new OutboundRefusedError("An address with a user name or password in it cannot be called.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // Sockets skip the lookup for IP literals, so those are checked here.
  if (isIP(host) && !policy.trustedHosts?.has(host)) {
    const refusal = refusalOf(host, policy);
    if (refusal) throw new OutboundRefusedError(`The address ${url.host} ${refusal}.`);
  }
}

export function createOutboundClient(options: OutboundClientOptions = {}): OutboundClient {
  const policy = options.policy ?? policyFromEnv();
  const { maxRedirects = 5, maxResponseBytes = 25_000_000, timeoutMs = 60_000 } = options;
  const agent = new Agent({ connect: { lookup: pinnedLookup(policy, addressResolver(options.dnsServers)), timeout: 10_000 } });

  async function outboundFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const request = new Request(input, init);
    let method = request.method;
    const headers = new Headers(request.headers);
    let body: Uint8Array | undefined = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const redirectMode = init.redirect ?? "follow";
    const cutOff = new AbortController();
    const signals = [AbortSignal.timeout(timeoutMs), cutOff.signal, ...(init.signal ? [init.signal] : [])];
    const signal = AbortSignal.any(signals);
    let url = new URL(request.url);
    for (let hop = 0; ; hop++) {
      checkHop(url, policy);
      let res: Awaited<ReturnType<typeof undiciFetch>>;
      try {
        res = await undiciFetch(url, { method, headers: [...headers], body, redirect: "manual", signal, dispatcher: agent });
      } catch (error) {
        throw outboundRefusalIn(error) ?? error;
      }
      const location = res.headers.get("location");
      if (redirectStatuses.has(res.status) && location && redirectMode !== "manual") {
        await res.body?.cancel().catch(() => undefined);
        if (redirectMode === "error") throw new TypeError(`${url.host} answered with a redirect (${res.status}).`);
        if (hop >= maxRedirects) throw new OutboundRefusedError(`${url.host} redirected more than ${maxRedirects} times.`);
        const next = new URL(location, url);
        if (res.status === 303 ? method !== "HEAD" : (res.status === 301 || res.status === 302) && method === "POST") {
          method = "GET";
          body = undefined;
          for (const name of bodyHeaders) headers.delete(name);
        }
        if (next.origin !== url.origin) for (const name of credentialHeaders) headers.delete(name);
        url = next;
        continue;
      }
      const declared = Number(res.headers.get("content-length") ?? NaN);
      if (declared > maxResponseBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new ResponseTooLargeError(maxResponseBytes);
      }
      const stream = res.body && !nullBodyStatuses.has(res.status) ? cappedBody(res.body as ReadableStream<Uint8Array>, maxResponseBytes, (e) => cutOff.abort(e)) : null;
      return new Response(stream, { status: res.status, statusText: res.statusText, headers: [...res.headers] });
    }
  }

  return Object.assign(outboundFetch, { close: () => agent.close() }) as OutboundClient;
}
