/**
 * A minimal authoritative DNS server over UDP (RFC 1035) for tests: answers TXT queries from a
 * table, and can answer NXDOMAIN, SERVFAIL or nothing at all (a timeout). Enough for node:dns
 * (c-ares) pointed at it through DNS_RESOLVERS.
 */
import dgram from "node:dgram";

export type DnsAnswer = { txt: string[][] } | "nxdomain" | "servfail" | "timeout";

export interface LocalDns {
  /** `127.0.0.1:<port>`, as DNS_RESOLVERS takes it. */
  address: string;
  set(name: string, answer: DnsAnswer): void;
  queries: string[];
  close(): Promise<void>;
}

function readName(msg: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let at = offset;
  while (msg[at]! !== 0) {
    const length = msg[at]!;
    labels.push(msg.subarray(at + 1, at + 1 + length).toString("latin1"));
    at += 1 + length;
  }
  return { name: labels.join(".").toLowerCase(), end: at + 1 };
}

function txtRdata(strings: string[]): Buffer {
  return Buffer.concat(strings.map((s) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)])));
}

function respond(query: Buffer, answer: DnsAnswer, qtype: number, questionEnd: number): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  const rd = query.readUInt16BE(2) & 0x0100;
  const rcode = answer === "nxdomain" ? 3 : answer === "servfail" ? 2 : 0;
  header.writeUInt16BE(0x8000 | 0x0400 | rd | 0x0080 | rcode, 2); // QR, AA, RD copied, RA
  header.writeUInt16BE(1, 4);
  const records = typeof answer === "object" && qtype === 16 ? answer.txt : [];
  header.writeUInt16BE(records.length, 6);
  const question = query.subarray(12, questionEnd + 4);
  const rrs = records.map((strings) => {
    const rdata = txtRdata(strings);
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); // pointer to the question's name
    rr.writeUInt16BE(16, 2); // TXT
    rr.writeUInt16BE(1, 4); // IN
    rr.writeUInt32BE(60, 6);
    rr.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([rr, rdata]);
  });
  return Buffer.concat([header, question, ...rrs]);
}

export async function startLocalDns(): Promise<LocalDns> {
  const socket = dgram.createSocket("udp4");
  const table = new Map<string, DnsAnswer>();
  const queries: string[] = [];
  socket.on("message", (msg, remote) => {
    if (msg.length < 12) return;
    const { name, end } = readName(msg, 12);
    const qtype = msg.readUInt16BE(end);
    queries.push(name);
    const answer = table.get(name) ?? "nxdomain";
    if (answer === "timeout") return;
    socket.send(respond(msg, answer, qtype, end), remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    set: (name, answer) => void table.set(name.toLowerCase(), answer),
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
