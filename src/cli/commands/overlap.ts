/**
 * `handoff overlap`: shared working hours of two people in different zones,
 * e.g. a Tokyo client and a Copenhagen contractor, on a date or a run of dates.
 * Each schedule is read on the calendar date in its own zone; the hours apply
 * on every date (no weekends or holidays: this is a calculator).
 */
import type { Command } from "commander";
import {
  addDays,
  hoursProblems,
  isCivilDate,
  isValidZone,
  localParts,
  overlap,
  parseRange,
  weekdayOf,
  type DayOverlap,
  type Interval,
  type Person,
} from "../../core/hours/index.js";

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MAX_DAYS = 366;

/** A usage problem with one option, worded for the person at the terminal. */
export class OverlapUsageError extends Error {}

/** Parses "ZONE@HH:MM-HH:MM[,HH:MM-HH:MM…]" into a person working those hours every day. */
export function parseSide(option: string, value: string): Person {
  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) {
    throw new OverlapUsageError(
      `${option} "${value}": expected ZONE@HH:MM-HH:MM, for example ${option} Asia/Tokyo@09:00-18:00`,
    );
  }
  const zone = value.slice(0, at);
  const ranges = value.slice(at + 1).split(",").map((r) => r.trim());
  if (!isValidZone(zone)) {
    throw new OverlapUsageError(
      `${option}: unknown time zone "${zone}"; use an IANA zone name such as Asia/Tokyo, Europe/Copenhagen or America/New_York`,
    );
  }
  const fix = "write hours as HH:MM-HH:MM (24-hour), several separated by commas, e.g. 09:00-12:00,13:00-17:00";
  for (const r of ranges) {
    const parsed = parseRange(r);
    if ("error" in parsed) throw new OverlapUsageError(`${option}: ${parsed.error}; ${fix}`);
  }
  const hours = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, ranges]));
  if (hoursProblems(hours).length) throw new OverlapUsageError(`${option}: the ranges ${ranges.join(",")} overlap; ${fix}`);
  return { zone, hours };
}

/** Validates --date. */
export function parseDate(value: string): string {
  if (!isCivilDate(value)) throw new OverlapUsageError(`--date "${value}" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-26`);
  return value;
}

/** Validates --days. */
export function parseDays(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_DAYS) {
    throw new OverlapUsageError(`--days "${value}" must be a whole number from 1 to ${MAX_DAYS}, e.g. --days 14`);
  }
  return n;
}

/**
 * "1.0 h: 17:00-18:00 Asia/Tokyo = 09:00-10:00 Europe/Copenhagen", or
 * "0.0 h: no overlap". Times on another local date than `date` carry "+1d"
 * or "-1d"; an end at the next midnight reads 24:00.
 */
export function describeOverlap(a: Person, b: Person, result: DayOverlap): string {
  const hours = (result.totalMs / 3_600_000).toFixed(1);
  if (result.intervals.length === 0) return `${hours} h: no overlap`;
  const side = (p: Person) => `${result.intervals.map((iv) => span(p.zone, iv, result.date)).join(", ")} ${p.zone}`;
  return `${hours} h: ${side(a)} = ${side(b)}`;
}

function span(zone: string, iv: Interval, date: string): string {
  return `${clock(zone, iv.start, date, false)}-${clock(zone, iv.end, date, true)}`;
}

function clock(zone: string, t: number, date: string, isEnd: boolean): string {
  const p = localParts(zone, t);
  let shift = Math.round((Date.parse(`${p.date}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  let minute = p.minute;
  if (isEnd && minute === 0 && shift === 1) {
    shift = 0;
    minute = 1440;
  }
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  return shift === 0 ? hhmm : `${hhmm}${shift > 0 ? "+" : ""}${shift}d`;
}

/** The lines `handoff overlap` prints: one for a date, or one per date prefixed with it. */
export function overlapLines(opts: { a: string; b: string; date: string; days?: string }): string[] {
  const a = parseSide("--a", opts.a);
  const b = parseSide("--b", opts.b);
  const date = parseDate(opts.date);
  if (opts.days === undefined) return [describeOverlap(a, b, overlap(a, b, date))];
  const days = parseDays(opts.days);
  return Array.from({ length: days }, (_, i) => {
    const d = addDays(date, i);
    return `${d} ${WEEKDAY_NAMES[weekdayOf(d)]}  ${describeOverlap(a, b, overlap(a, b, d))}`;
  });
}

export function register(program: Command): void {
  program
    .command("overlap")
    .description("Shared working hours of two people in different time zones")
    .requiredOption("--a <zone@hours>", "first person, e.g. Asia/Tokyo@09:00-18:00 (several ranges: 09:00-12:00,13:00-18:00)")
    .requiredOption("--b <zone@hours>", "second person, e.g. Europe/Copenhagen@09:00-17:00")
    .requiredOption("--date <YYYY-MM-DD>", "calendar date; each person's hours are read on it in their own zone")
    .option("--days <n>", "show this many dates from --date, one line each (e.g. 14)")
    .addHelpText(
      "after",
      `
The hours apply on every date given (weekends and holidays are not removed).
A range that ends before it starts crosses midnight (22:00-06:00).

Examples:
  handoff overlap --a Asia/Tokyo@09:00-18:00 --b Europe/Copenhagen@09:00-17:00 --date 2027-03-26
    1.0 h: 17:00-18:00 Asia/Tokyo = 09:00-10:00 Europe/Copenhagen
  handoff overlap --a Asia/Tokyo@09:00-18:00 --b Europe/Copenhagen@09:00-17:00 --date 2027-03-20 --days 14`,
    )
    .action(function (this: Command, opts: { a: string; b: string; date: string; days?: string }) {
      let lines: string[];
      try {
        lines = overlapLines(opts);
      } catch (err) {
        // Usage errors exit with code 2 through commander (main.ts maps them).
        if (err instanceof OverlapUsageError) this.error(`error: ${err.message}`, { exitCode: 2, code: "handoff.overlap.usage" });
        throw err;
      }
      const write = this.configureOutput().writeOut ?? ((s: string) => process.stdout.write(s));
      write(lines.join("\n") + "\n");
    });
}
