import { createHmac, timingSafeEqual } from "node:crypto";

/** A person needs at least this long to fill in the form; bots post at once. */
export const MIN_FILL_MS = 3000;

const sign = (secret: string, t: number) => createHmac("sha256", secret).update(`contact-form:${t}`).digest("base64url").slice(0, 32);

/** The form's start time, signed so a bot cannot backdate it: "<ms>.<mac>". */
export function newStamp(secret: string, now: number): string {
  return `${now}.${sign(secret, now)}`;
}

export type StampCheck =
  /** Signed, and old enough. */
  | { state: "ok" }
  /** Signed but sent sooner than MIN_FILL_MS after the form was shown: keep it, so a resend after checking passes. */
  | { state: "too-fast"; stamp: string }
  /** Missing or forged: the form gets a fresh stamp. */
  | { state: "invalid" };

/** Checks the stamp a form came back with. */
export function checkStamp(value: unknown, secret: string, now: number): StampCheck {
  const m = typeof value === "string" ? /^(\d{1,15})\.([\w-]{32})$/.exec(value) : null;
  if (!m) return { state: "invalid" };
  const t = Number(m[1]);
  const want = Buffer.from(sign(secret, t));
  const got = Buffer.from(m[2]);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return { state: "invalid" };
  return now - t >= MIN_FILL_MS ? { state: "ok" } : { state: "too-fast", stamp: value as string };
}
