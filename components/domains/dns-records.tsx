"use client";

import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

async function copy(label: string, value: string) {
  try {
    await navigator.clipboard.writeText(value);
    toast.success(`${label} copied`);
  } catch {
    toast.error("Couldn't copy", "Select the text and copy it by hand.");
  }
}

interface DnsRecord {
  type: string;
  name: string;
  value: string;
}

function Copyable({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex min-w-0 items-center gap-1">
      <code className="min-w-0 break-all rounded bg-zinc-50 px-1.5 py-0.5 font-mono text-xs text-zinc-800">{value}</code>
      <Button variant="ghost" size="icon-sm" aria-label={`Copy ${label}`} onClick={() => void copy(label, value)}>
        <Copy aria-hidden />
      </Button>
    </div>
  );
}

/** The exact records to create at the DNS provider, each part with a copy button. */
export function DnsRecords({ txt, cname, apex }: { txt: DnsRecord; cname: DnsRecord; apex: boolean }) {
  const rows = [
    { record: txt, purpose: "Proves you control the domain. Keep it in place: a later check without it disconnects the domain." },
    {
      record: cname,
      purpose: apex
        ? "Sends visitors here. At the root of a domain use your provider's ALIAS/ANAME (or flattened CNAME) record instead."
        : "Sends visitors here.",
    },
  ];
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">DNS records to create</caption>
        <thead className="bg-zinc-50 text-xs uppercase tracking-wide text-zinc-500">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Type</th>
            <th scope="col" className="px-3 py-2 font-medium">Name</th>
            <th scope="col" className="px-3 py-2 font-medium">Value</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 align-top">
          {rows.map(({ record, purpose }) => (
            <tr key={record.type}>
              <td className="px-3 py-2.5 font-mono text-xs font-semibold">{record.type}</td>
              <td className="px-3 py-2.5">
                <Copyable label={`${record.type} name`} value={record.name} />
              </td>
              <td className="px-3 py-2.5">
                <Copyable label={`${record.type} value`} value={record.value} />
                <p className="mt-1 text-xs leading-5 text-zinc-500">{purpose}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
