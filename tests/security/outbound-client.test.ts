import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ResponseTooLargeError } from "@/server/security/capped-body";
import { createOutboundClient, type OutboundClient } from "@/server/security/outbound-client";
import { OutboundRefusedError, policyFromEnv, publicOnlyPolicy } from "@/server/security/outbound-policy";
import { addressResolver } from "@/server/security/pinned-lookup";
import { assertPublicUrl } from "@/server/security/outbound-url";
import { startRebindingDns, type RebindingDns } from "./rebinding-dns";

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function serve(handler: Handler) {
  const seen: Seen[] = [];
  const closed: string[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.on("close", () => closed.push(req.url!));
      handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { port, url: `http://127.0.0.1:${port}`, seen, closed, close: () => new Promise((r) => server.close(r)) };
}

type Server = Awaited<ReturnType<typeof serve>>;
const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a refusal"); }, (e: unknown) => e);
const clients: OutboundClient[] = [];
const client = (options: Parameters<typeof createOutboundClient>[0] = {}) => {
  const c = createOutboundClient(options);
  clients.push(c);
  return c;
};
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

let target: Server;
let other: Server;
beforeAll(async () => {
  target = await serve((req, res) => {
    if (req.url === "/to-metadata") res.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    else if (req.url === "/to-lan") res.writeHead(302, { location: "http://10.0.0.7/admin" }).end();
    else if (req.url === "/to-file") res.writeHead(302, { location: "file:///etc/passwd" }).end();
    else if (req.url === "/loop") res.writeHead(302, { location: "/loop" }).end();
    else if (req.url === "/to-other") res.writeHead(307, { location: `${other.url}/landing` }).end();
    else if (req.url === "/see-other") res.writeHead(303, { location: "/landing" }).end();
    else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ path: req.url }));
  });
  other = await serve((req, res) => res.writeHead(200, { "content-type": "text/plain" }).end(`other ${req.method}`));
});
afterAll(async () => {
  await Promise.all([target.close(), other.close()]);
});

describe("outbound client: redirects", () => {
  it("follows a redirect itself, keeping a 307's method and body, and drops credentials when the origin changes", async () => {
    const res = await client()(`${target.url}/to-other`, { method: "POST", body: "payload", headers: { authorization: "Bearer secret", "x-keep": "yes" } });
    expect(await res.text()).toBe("other POST");
    const hop = other.seen.at(-1)!;
    expect(hop).toMatchObject({ method: "POST", url: "/landing", body: "payload" });
    expect(hop.headers["x-keep"]).toBe("yes");
    expect(hop.headers.authorization).toBeUndefined();
    const see = await client()(`${target.url}/see-other`, { method: "POST", body: "x" });
    expect(await see.json()).toEqual({ path: "/landing" });
    expect(target.seen.at(-1)).toMatchObject({ method: "GET", body: "" });
  });

  it("refuses a redirect to the cloud metadata address even where private networks are allowed", async () => {
    expect(policyFromEnv().allow.has("loopback")).toBe(true); // tests run with OUTBOUND_ALLOW_PRIVATE_NETWORKS=true
    const error = await refusal(client()(`${target.url}/to-metadata`, { method: "POST", body: "{}" }));
    expect(error).toBeInstanceOf(OutboundRefusedError);
    expect(String(error)).toMatch(/link local address \(169\.254\.169\.254\)/);
  });

  it("refuses a redirect into a private network when only loopback is allowed, and non-http schemes and endless loops", async () => {
    const loopbackOnly = client({ policy: { allow: new Set(["loopback"]) } });
    expect(String(await refusal(loopbackOnly(`${target.url}/to-lan`)))).toMatch(/private address \(10\.0\.0\.7\)/);
    expect(String(await refusal(loopbackOnly(`${target.url}/to-file`)))).toMatch(/Only http\(s\)/);
    const before = target.seen.length;
    expect(String(await refusal(client({ maxRedirects: 3 })(`${target.url}/loop`)))).toMatch(/redirected more than 3 times/);
    expect(target.seen.length - before).toBe(4);
  });

  it("with the production policy, refuses loopback outright", async () => {
    const before = target.seen.length;
    expect(String(await refusal(client({ policy: publicOnlyPolicy })(`${target.url}/`)))).toMatch(/loopback address/);
    expect(target.seen.length).toBe(before);
  });
});

describe("outbound client: addresses checked at connect time", () => {
  let dns: RebindingDns;
  beforeAll(async () => {
    dns = await startRebindingDns();
  });
  afterAll(() => dns.close());

  it("a name that resolved to a public address when checked and to loopback when connecting (DNS rebinding) is refused", async () => {
    dns.script("hooks.rebind.test", ["93.184.216.34", "127.0.0.1"]);
    const resolve = addressResolver([dns.address]);
    const url = `http://hooks.rebind.test:${target.port}/hook`;
    // The early check sees the public address and lets the URL through...
    await expect(assertPublicUrl(url, { policy: publicOnlyPolicy, lookup: resolve })).resolves.toBeInstanceOf(URL);
    const before = target.seen.length;
    // ...the connection resolves again, gets 127.0.0.1, and is refused before anything is sent.
    const error = await refusal(client({ policy: publicOnlyPolicy, dnsServers: [dns.address] })(url, { method: "POST", body: "{}" }));
    expect(error).toBeInstanceOf(OutboundRefusedError);
    expect(String(error)).toMatch(/“hooks\.rebind\.test” points to a loopback address \(127\.0\.0\.1\)/);
    expect(dns.answered.get("hooks.rebind.test")).toEqual(["93.184.216.34", "127.0.0.1"]);
    expect(target.seen.length).toBe(before);
  });

  it("the same resolver reaches the server when the policy allows loopback (the refusal above is the policy, not the DNS)", async () => {
    dns.script("lan.rebind.test", ["127.0.0.1"]);
    const res = await client({ policy: { allow: new Set(["loopback"]) }, dnsServers: [dns.address] })(`http://lan.rebind.test:${target.port}/ok`);
    expect(await res.json()).toEqual({ path: "/ok" });
  });

  it("a name answering a private address is refused even when the URL was never checked before", async () => {
    dns.script("intranet.rebind.test", ["10.20.30.40"]);
    const error = await refusal(client({ policy: { allow: new Set(["loopback"]) }, dnsServers: [dns.address] })("http://intranet.rebind.test/"));
    expect(String(error)).toMatch(/private address \(10\.20\.30\.40\)/);
  });
});

describe("outbound client: size and time caps", () => {
  let endless: Server;
  beforeAll(async () => {
    endless = await serve((req, res) => {
      if (req.url === "/declared") return void res.writeHead(200, { "content-length": String(10_000_000) }).end();
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(16_384, 97);
      const slow = req.url === "/trickle";
      const timer = setInterval(() => res.write(slow ? "a" : chunk), slow ? 50 : 1);
      res.on("close", () => clearInterval(timer));
    });
  });
  afterAll(() => endless.close());

  it("cuts an endless body off past the cap and closes the connection", async () => {
    const res = await client({ maxResponseBytes: 200_000 })(`${endless.url}/forever`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toBeInstanceOf(ResponseTooLargeError);
    await vi.waitFor(() => expect(endless.closed).toContain("/forever"), { timeout: 5000 });
  });

  it("refuses a body whose declared length is over the cap without reading it", async () => {
    await expect(client({ maxResponseBytes: 1_000_000 })(`${endless.url}/declared`)).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("gives up on a body that trickles in under the size cap once the total time is spent", async () => {
    const res = await client({ timeoutMs: 400 })(`${endless.url}/trickle`);
    await expect(res.text()).rejects.toMatchObject({ name: "TimeoutError" });
    await vi.waitFor(() => expect(endless.closed).toContain("/trickle"), { timeout: 5000 });
  });
});
