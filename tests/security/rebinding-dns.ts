/**
 * A tiny authoritative DNS server over UDP (RFC 1035) that answers A queries from a script: each
 * name has a list of addresses handed out one per query, the last one repeating — so a name can
 * resolve to a public address first and to 127.0.0.1 afterwards (DNS rebinding). AAAA and other
 * types get an empty NOERROR answer, unscripted names NXDOMAIN. Enough for node:dns's Resolver pointed at it.
 */
import dgram from "node:dgram";

export interface RebindingDns {
  /** `127.0.0.1:<port>`, as a resolver's server list takes it. */
  address: string;
  script(name: string, addresses: string[]): void;
  /** A queries answered, per name. */
  answered: Map<string, string[]>;
  close(): Promise<void>;
}

function questionEnd(msg: Buffer): { name: string; end: number } {
  const labels: string[] = [];
  let at = 12;
  while (msg[at]! !== 0) {
    labels.push(msg.subarray(at + 1, at + 1 + msg[at]!).toString("latin1"));
    at += 1 + msg[at]!;
  }
  return { name: labels.join(".").toLowerCase(), end: at + 1 };
}

function answer(query: Buffer, end: number, address: string | null, rcode: number): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8000 | 0x0400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(address ? 1 : 0, 6);
  const question = query.subarray(12, end + 4);
  if (!address) return Buffer.concat([header, question]);
  const rr = Buffer.alloc(16);
  rr.writeUInt16BE(0xc00c, 0); // the question's name
  rr.writeUInt16BE(1, 2); // A
  rr.writeUInt16BE(1, 4); // IN
  rr.writeUInt32BE(0, 6); // TTL 0: ask again next time
  rr.writeUInt16BE(4, 10);
  address.split(".").forEach((octet, i) => rr.writeUInt8(Number(octet), 12 + i));
  return Buffer.concat([header, question, rr]);
}

export async function startRebindingDns(): Promise<RebindingDns> {
  const socket = dgram.createSocket("udp4");
  const scripts = new Map<string, string[]>();
  const answered = new Map<string, string[]>();
  socket.on("message", (msg, remote) => {
    if (msg.length < 12) return;
    const { name, end } = questionEnd(msg);
    const qtype = msg.readUInt16BE(end);
    let address: string | null = null;
    const script = scripts.get(name);
    if (qtype === 1 && script?.length) {
      address = script.length > 1 ? script.shift()! : script[0]!;
      answered.set(name, [...(answered.get(name) ?? []), address]);
    }
    socket.send(answer(msg, end, address, script ? 0 : 3), remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    script: (name, addresses) => void scripts.set(name.toLowerCase(), [...addresses]),
    answered,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
