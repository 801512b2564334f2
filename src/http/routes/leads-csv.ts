import type { Lead } from "../../models/leads.js";

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break,
 * quotes doubled. A cell a spreadsheet would run as a formula (starting with
 * = + - @, or a tab or carriage return that hides one) gets a leading ' so it
 * stays text.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ["id", "received_at", "status", "company", "name", "email", "website", "timezone", "score", "level", "project", "finished"] as const;

/** Leads as CSV with a header row, CRLF line ends and a BOM so spreadsheets read UTF-8 (山田太郎 stays readable). */
export function leadsCsv(leads: Lead[]): string {
  const rows = leads.map((l) =>
    [l.id, l.created_at, l.status, l.company, l.name, l.email, l.website, l.timezone, l.score, l.level, l.project, l.finished].map(csvCell).join(","),
  );
  return "\uFEFF" + [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}
