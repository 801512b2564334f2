import type { Db, Tx } from "../storage/database.js";
import { hashSecret, iso, newSecret } from "./support.js";
import type { User } from "./users.js";

/** Sessions last 30 days from the last request. */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

/** Starts a session; returns the cookie value (only its hash is stored). */
export async function createSession(db: Db | Tx, userId: string, now = Date.now()): Promise<string> {
  const secret = newSecret();
  await db
    .insertInto("sessions")
    .values({ id: hashSecret(secret), user_id: userId, created_at: iso(now), expires_at: iso(now + SESSION_TTL_MS), last_seen_at: iso(now) })
    .execute();
  return secret;
}

/** The user behind a live session cookie, refreshing its expiry at most once a minute. */
export async function userForSession(db: Db | Tx, secret: string, now = Date.now()): Promise<User | undefined> {
  const id = hashSecret(secret);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select(["sessions.expires_at as s_expires", "sessions.last_seen_at as s_seen"])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row || row.s_expires <= iso(now)) return undefined;
  if (Date.parse(row.s_seen) < now - 60_000) {
    await db.updateTable("sessions").set({ last_seen_at: iso(now), expires_at: iso(now + SESSION_TTL_MS) }).where("id", "=", id).execute();
  }
  const { s_expires: _e, s_seen: _s, ...user } = row;
  return user as User;
}

export async function deleteSession(db: Db | Tx, secret: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", hashSecret(secret)).execute();
}

/** Ends every session of a user except (optionally) the one making the change. */
export async function deleteOtherSessions(db: Db | Tx, userId: string, keepSecret?: string): Promise<void> {
  let q = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepSecret) q = q.where("id", "!=", hashSecret(keepSecret));
  await q.execute();
}
