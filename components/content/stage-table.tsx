import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { stepTitle as stageName } from "@/lib/generation/stage-labels";
import { providerName } from "./content-labels";
import { formatNumber } from "@/lib/format";

interface Step {
  id: string;
  stage: string;
  round: number;
  provider: string | null;
  model: string | null;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  durationMs: number;
  outcome: string;
  error: string | null;
}

const usd = (n: number) => (n === 0 ? "$0" : n < 0.01 ? `$${n.toFixed(4)}` : `$${n.toFixed(2)}`);
const ms = (n: number) => (n < 1000 ? `${n} ms` : `${(n / 1000).toFixed(1)} s`);
const tokens = (n: number) => formatNumber(n);

const outcomeTone = (outcome: string) =>
  outcome === "succeeded" ? "success" : outcome === "rejected" ? "warning" : outcome === "cancelled" || outcome === "skipped" ? "muted" : "danger";
const outcomeLabels: Record<string, string> = {
  succeeded: "Succeeded",
  rejected: "Rejected by checks",
  failed: "Failed",
  cancelled: "Cancelled",
  timed_out: "Timed out",
  skipped: "Skipped",
};

/** Every stage of a run: who answered, tokens, cost, time, and how it ended. */
export function StageTable({ steps, totals }: { steps: Step[]; totals: { tokensIn: number; tokensOut: number; costUsd: number } }) {
  const duration = steps.reduce((n, s) => n + s.durationMs, 0);
  return (
    <Card>
      <CardHeader title="Stages" description="Each stage of the last run: which model answered, what it cost and how long it took." />
      <div className="mt-4">
        <Table>
          <TableHead>
            <tr>
              <TableHeaderCell>Stage</TableHeaderCell>
              <TableHeaderCell>Provider / model</TableHeaderCell>
              <TableHeaderCell className="text-right">Tokens in / out</TableHeaderCell>
              <TableHeaderCell className="text-right">Cost</TableHeaderCell>
              <TableHeaderCell className="text-right">Duration</TableHeaderCell>
              <TableHeaderCell>Outcome</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {steps.map((step) => (
              <TableRow key={step.id}>
                <TableCell className="font-medium whitespace-nowrap text-zinc-900">{stageName(step.round > 0 ? `${step.stage}#${step.round}` : step.stage)}</TableCell>
                <TableCell>
                  <span className="text-zinc-900">{providerName(step.provider)}</span>
                  {step.model && step.provider !== "offline" && <span className="block font-mono text-xs text-zinc-500">{step.model}</span>}
                </TableCell>
                <TableCell className="text-right tabular-nums text-zinc-700">
                  {tokens(step.tokensIn)} / {tokens(step.tokensOut)}
                </TableCell>
                <TableCell className="text-right tabular-nums text-zinc-700">{usd(step.costUsd)}</TableCell>
                <TableCell className="text-right tabular-nums text-zinc-700">{ms(step.durationMs)}</TableCell>
                <TableCell>
                  <Badge tone={outcomeTone(step.outcome)} title={step.error ?? undefined}>
                    {outcomeLabels[step.outcome] ?? step.outcome}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <tfoot className="border-t border-zinc-200 bg-zinc-50/70 text-sm font-medium">
            <tr>
              <TableCell colSpan={2}>Total</TableCell>
              <TableCell className="text-right tabular-nums">
                {tokens(totals.tokensIn)} / {tokens(totals.tokensOut)}
              </TableCell>
              <TableCell className="text-right tabular-nums">{usd(totals.costUsd)}</TableCell>
              <TableCell className="text-right tabular-nums">{ms(duration)}</TableCell>
              <TableCell />
            </tr>
          </tfoot>
        </Table>
      </div>
    </Card>
  );
}
