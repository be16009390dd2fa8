import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { connectorHttp } from "@/server/publish/connectors/outbound";
import { webhookConnector } from "@/server/publish/connectors/webhook/connector";
import type { ConnectorContext, PublishContent } from "@/server/publish/connectors/types";

// A receiver that answers every delivery with a redirect to the cloud metadata service.
let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer((_req, res) => res.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/iam/" }).end());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const content: PublishContent = { contentItemId: "item-1", title: "T", body: "Body", parts: ["Body"], tags: [], media: [] };

describe("webhook connector through the connectors' outbound client", () => {
  it("a receiver redirecting to 169.254.169.254 fails the delivery permanently, naming the address", async () => {
    const ctx: ConnectorContext = {
      http: connectorHttp(),
      endpoints: {},
      channel: { id: "ch", kind: "webhook", externalAccountId: url, handle: null, serviceUrl: url, credentials: { signingSecret: "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0" } },
    };
    const error = await webhookConnector.publish(ctx, content, "job-1").then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: "rejected", permanent: true });
    expect((error as Error).message).toMatch(/link local address \(169\.254\.169\.254\)/);
  });
});
