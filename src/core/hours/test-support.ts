/** Helpers for the hours tests: readable local times in, readable local times out. */
import { dayNumber } from "./civil.js";
import { localParts, localToInstant } from "./zone.js";

export const MIN = 60_000;
export const H = 3_600_000;

/** Instant of a local wall time "YYYY-MM-DD HH:MM" in `zone`. */
export function at(zone: string, text: string): number {
  const [date, time] = text.split(" ");
  const [h, m] = time.split(":").map(Number);
  return localToInstant(zone, dayNumber(date), h * 60 + m);
}

/** "YYYY-MM-DD HH:MM" wall time of an instant in `zone`. */
export function local(zone: string, t: number): string {
  const p = localParts(zone, t);
  return `${p.date} ${String(Math.floor(p.minute / 60)).padStart(2, "0")}:${String(p.minute % 60).padStart(2, "0")}`;
}
