import type { DeliveryResult } from "../integrations/types.js";

/**
 * Wait before attempt n+1 after attempt n failed (index n): the first attempt
 * is immediate, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h —
 * about 3 days in all; after the tenth failed attempt the message is dead-lettered.
 */
export const RETRY_SCHEDULE_MS = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000];
export const MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length;
/** Retry-After is honoured up to a day. */
const MAX_RETRY_AFTER_MS = 86_400_000;

export interface RetryPolicy {
  /** Multiplies every delay (HANDOFF_RETRY_SCALE=0.001 in fault tests). */
  scale: number;
  /** ±fraction of jitter so retries of many messages do not arrive together. */
  jitter: number;
  random: () => number;
}

export const defaultRetryPolicy = (env: NodeJS.ProcessEnv = process.env): RetryPolicy => {
  const scale = Number(env.HANDOFF_RETRY_SCALE ?? 1);
  return { scale: Number.isFinite(scale) && scale >= 0 ? scale : 1, jitter: 0.2, random: Math.random };
};

export type Decision = { kind: "sent" } | { kind: "retry"; delayMs: number } | { kind: "dead" };

/**
 * What to do after an attempt: `attempts` counts attempts made including this
 * one. Permanent failures dead-letter at once; Retry-After wins over the schedule.
 */
export function decide(result: DeliveryResult, attempts: number, p: RetryPolicy): Decision {
  if (result.ok) return { kind: "sent" };
  if (result.permanent || attempts >= MAX_ATTEMPTS) return { kind: "dead" };
  if (result.retryAfterMs !== undefined) return { kind: "retry", delayMs: Math.min(result.retryAfterMs, MAX_RETRY_AFTER_MS) * p.scale };
  const base = RETRY_SCHEDULE_MS[attempts] * p.scale;
  const factor = 1 + (p.random() * 2 - 1) * p.jitter;
  return { kind: "retry", delayMs: Math.round(base * factor) };
}
