import { cn } from "@/lib/utils";

export interface TableData {
  columns: string[];
  rows: Array<Array<string | number>>;
}

/**
 * The numbers behind a chart as a plain table. Hidden visually by default (screen readers and
 * "no colour" readers get every value), shown when `visible`.
 */
export function DataTable({ caption, data, visible = false }: { caption: string; data: TableData; visible?: boolean }) {
  return (
    <div className={cn(!visible && "sr-only", visible && "overflow-x-auto")}>
      <table className="w-full border-collapse text-left text-[13px]">
        <caption className={cn("text-left", visible && "sr-only")}>{caption}</caption>
        <thead>
          <tr className="border-b border-zinc-200">
            {data.columns.map((c) => (
              <th key={c} scope="col" className="px-2 py-1.5 font-medium whitespace-nowrap text-zinc-500">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {data.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={cn("px-2 py-1.5 text-zinc-800", typeof cell === "number" && "tabular-nums")}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
