"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";
import { UsageLines } from "./usage-lines";

function Count({ n, href, label, tone }: { n: number; href: string; label: string; tone?: "danger" }) {
  if (n === 0) return <span className="text-zinc-400">0</span>;
  return (
    <Link href={href} aria-label={`${n} ${label}`} className={cn("font-semibold underline-offset-4 hover:underline", tone === "danger" ? "text-red-700" : "text-brand-700")}>
      {n}
    </Link>
  );
}

/** Every client of the agency at a glance: what waits for approval, what goes out this week, what failed. */
export function AgencyOverview({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.agency.overview.queryOptions({ organizationId }));
  const totals = data.clients.reduce(
    (t, c) => ({ pending: t.pending + c.pendingApprovals, scheduled: t.scheduled + c.scheduledNextWeek, failed: t.failed + c.failedPosts }),
    { pending: 0, scheduled: 0, failed: 0 },
  );
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 sm:grid-cols-3">
        {[
          ["Waiting for approval", totals.pending],
          ["Scheduled, next 7 days", totals.scheduled],
          ["Failed, last 30 days", totals.failed],
        ].map(([label, n]) => (
          <Card key={label} className="px-5 py-4">
            <dt className="text-sm text-zinc-500">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tracking-tight text-zinc-950">{n}</dd>
          </Card>
        ))}
      </dl>
      <Card>
        <CardHeader title="Clients" description={`${data.clients.length} workspace${data.clients.length === 1 ? "" : "s"} in ${data.organization.name}.`} />
        <CardBody className="overflow-x-auto px-0 sm:px-0">
          <Table aria-label="Clients">
            <TableHead>
              <TableRow>
                <TableHeaderCell>Client</TableHeaderCell>
                <TableHeaderCell className="text-right">Waiting for approval</TableHeaderCell>
                <TableHeaderCell className="text-right">Scheduled (7 days)</TableHeaderCell>
                <TableHeaderCell className="text-right">Failed (30 days)</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.clients.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>
                    <Link href={c.onboarded ? `/${c.slug}` : `/onboarding?workspace=${encodeURIComponent(c.slug)}`} className="font-medium text-zinc-900 hover:underline">
                      {c.name}
                    </Link>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    <Count n={c.pendingApprovals} href={`/${c.slug}/review`} label={`items waiting for approval in ${c.name}`} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    <Count n={c.scheduledNextWeek} href={`/${c.slug}/calendar`} label={`posts scheduled in ${c.name}`} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    <Count n={c.failedPosts} href={`/${c.slug}/publishing`} label={`failed posts in ${c.name}`} tone="danger" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardBody>
      </Card>
      <UsageLines usage={data.usage} />
    </div>
  );
}
