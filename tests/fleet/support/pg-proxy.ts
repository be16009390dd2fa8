/**
 * A TCP hop between the processes under test and PostgreSQL, so a test can take "the database"
 * away for a while without touching the shared server: `down()` cuts every open connection and
 * refuses new ones (each is closed at once) until `up()`.
 */
import net from "node:net";
import type { AddressInfo } from "node:net";

export type PgProxy = { url: (databaseUrl: string) => string; down: () => void; up: () => void; close: () => Promise<void> };

export async function startPgProxy(target = { host: "127.0.0.1", port: 5432 }): Promise<PgProxy> {
  const open = new Set<net.Socket>();
  let isDown = false;
  const server = net.createServer((client) => {
    if (isDown) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    open.add(client).add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on("error", close);
      socket.on("close", close);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      return url.toString();
    },
    down() {
      isDown = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    up() {
      isDown = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
