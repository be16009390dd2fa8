import "server-only";

/**
 * RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
 * leading apostrophe.
 */
export type Cell = string | number | boolean | Date | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function toCsv(header: readonly string[], body: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...body].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
