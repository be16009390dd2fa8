import { Avatar } from "@/components/ui/avatar";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { actionLabel } from "@/lib/audit-labels";
import { formatDateTime, formatRelative } from "@/lib/format";
import { AuditChanges } from "./audit-changes";

export interface AuditItem {
  id: string;
  action: string;
  targetType: string;
  changes: Record<string, unknown>;
  ip: string | null;
  createdAt: Date;
  actor: { id: string; name: string | null; email: string } | null;
  actorLabel: string;
}

export function AuditTable({ items }: { items: AuditItem[] }) {
  return (
    <Table>
      <TableHead>
        <tr>
          <TableHeaderCell className="w-40">When</TableHeaderCell>
          <TableHeaderCell>Person</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Changes</TableHeaderCell>
          <TableHeaderCell className="hidden lg:table-cell">IP address</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="whitespace-nowrap">
              <time
                dateTime={new Date(item.createdAt).toISOString()}
                suppressHydrationWarning
                className="block text-sm text-zinc-800"
              >
                {formatRelative(item.createdAt)}
              </time>
              <span className="text-xs text-zinc-500" suppressHydrationWarning>
                {formatDateTime(item.createdAt)}
              </span>
            </TableCell>
            <TableCell>
              <div className="flex items-center gap-2.5">
                <Avatar name={item.actorLabel} seed={item.actor?.id ?? item.actorLabel} size="sm" />
                <div className="min-w-0">
                  <p className="truncate font-medium text-zinc-900">{item.actorLabel}</p>
                  {item.actor && item.actor.name && <p className="truncate text-xs text-zinc-500">{item.actor.email}</p>}
                </div>
              </div>
            </TableCell>
            <TableCell>
              <p className="font-medium whitespace-nowrap text-zinc-900">{actionLabel(item.action)}</p>
              <p className="font-mono text-[11px] text-zinc-400">{item.action}</p>
            </TableCell>
            <TableCell className="max-w-md">
              <AuditChanges changes={item.changes} />
            </TableCell>
            <TableCell className="hidden font-mono text-xs whitespace-nowrap text-zinc-500 lg:table-cell">{item.ip ?? "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
