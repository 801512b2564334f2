import type { Instant } from "./types.js";

/** Epoch ms of an Instant; throws RangeError on NaN or an invalid Date. */
export function toMs(t: Instant): number {
  const ms = typeof t === "number" ? t : t.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(t)}`);
  return ms;
}
