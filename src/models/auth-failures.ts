import type { Db, Tx } from "../storage/database.js";
import { iso, newId } from "./support.js";

/** Failed sign-ins, resets or invitation acceptances counted per IP and per account. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const FAILURE_LIMIT = 10;

export async function recordFailure(db: Db | Tx, keys: string[], now = Date.now()): Promise<void> {
  if (!keys.length) return;
  await db.insertInto("auth_failures").values(keys.map((key) => ({ id: newId(), key, at: iso(now) }))).execute();
  // Old rows are useless; prune a little on each write so the table stays small.
  await db.deleteFrom("auth_failures").where("at", "<", iso(now - FAILURE_WINDOW_MS)).execute();
}

/**
 * When any key has reached the limit inside the window, the number of seconds
 * until its oldest counted failure leaves the window; otherwise null.
 */
export async function lockedFor(db: Db | Tx, keys: string[], now = Date.now()): Promise<number | null> {
  let worst: number | null = null;
  for (const key of keys) {
    const rows = await db
      .selectFrom("auth_failures")
      .select("at")
      .where("key", "=", key)
      .where("at", ">", iso(now - FAILURE_WINDOW_MS))
      .orderBy("at", "desc")
      .limit(FAILURE_LIMIT)
      .execute();
    if (rows.length >= FAILURE_LIMIT) {
      const oldest = Date.parse(rows[rows.length - 1].at);
      const seconds = Math.max(1, Math.ceil((oldest + FAILURE_WINDOW_MS - now) / 1000));
      worst = Math.max(worst ?? 0, seconds);
    }
  }
  return worst;
}

export async function clearFailures(db: Db | Tx, key: string): Promise<void> {
  await db.deleteFrom("auth_failures").where("key", "=", key).execute();
}
