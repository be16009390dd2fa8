import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOwner } from "../factories/users";
import { addProvider } from "../ai-providers/provider-factory";

// An "OpenAI-compatible" endpoint that sends every call on to the cloud metadata service.
let server: http.Server;
let baseUrl: string;
let calls = 0;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    calls += 1;
    res.writeHead(307, { location: `http://169.254.169.254/latest/meta-data${req.url}` }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("a workspace's AI provider at a member-given URL", () => {
  it("a redirect to 169.254.169.254 is refused, once, with the address named", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "Sneaky", baseUrl, apiKey: "", model: "m" });
    const result = await callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/link local address \(169\.254\.169\.254\)/) });
    expect(calls).toBe(1);
  });
});
