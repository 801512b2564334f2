import type { ReadinessAnswers, OfficeOverlap } from "./answers.js";

/** Hours of shared time per day that earn full marks for overlap. */
export const FULL_OVERLAP_HOURS = 3;
/** Below this many hours of shared time the overlap gap is called thin rather than short. */
export const THIN_OVERLAP_HOURS = 2;

const clampHours = (h: number) => (Number.isFinite(h) ? Math.min(24, Math.max(0, h)) : 0);

/** The office with the most overlap, or null when none was computed. */
export function bestOffice(officeOverlap: readonly OfficeOverlap[]): OfficeOverlap | null {
  let best: OfficeOverlap | null = null;
  for (const o of officeOverlap) {
    if (!best || clampHours(o.hoursPerDay) > clampHours(best.hoursPerDay)) best = o;
  }
  return best;
}

/**
 * Usable shared hours per day: the smaller of what the clocks allow (best
 * office overlap) and what the team offers. We take the minimum, not the
 * maximum, because synchronous time needs both: working hours that overlap
 * and a team willing to be reachable in them. A team that would shift its
 * day should enter the shifted hours, which raises the computed figure.
 * When no office overlap was computed (no timezone given), the offer alone counts.
 */
export function effectiveOverlapHours(answers: Pick<ReadinessAnswers, "offeredOverlapHours" | "officeOverlap">): number {
  const offered = clampHours(answers.offeredOverlapHours);
  const best = bestOffice(answers.officeOverlap);
  return best ? Math.min(offered, clampHours(best.hoursPerDay)) : offered;
}

/** Office overlap for the report, most overlap first, hours clamped to 0–24. */
export function sortedOverlap(officeOverlap: readonly OfficeOverlap[]): OfficeOverlap[] {
  return officeOverlap
    .map((o) => ({ office: o.office, hoursPerDay: clampHours(o.hoursPerDay) }))
    .sort((a, b) => b.hoursPerDay - a.hoursPerDay);
}
