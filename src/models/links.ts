import type { Role } from "../core/actor.js";
import type { Db, Tx } from "../storage/database.js";
import type { InvitationTable, PasswordResetTable } from "../storage/schema.js";
import { hashSecret, iso, newId, newSecret } from "./support.js";

/** Invitation links are single-use and expire after 7 days. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Password reset links are single-use and expire after 1 hour. */
export const RESET_TTL_MS = 3600 * 1000;

export type Invitation = InvitationTable;
export type PasswordReset = PasswordResetTable;

export async function createInvitation(
  db: Db | Tx,
  input: { orgId: string; email: string; role: Role; invitedBy: string },
  now = Date.now(),
): Promise<{ invitation: Invitation; token: string }> {
  const token = newSecret();
  const invitation: Invitation = {
    id: newId(),
    org_id: input.orgId,
    token_hash: hashSecret(token),
    email: input.email.trim(),
    role: input.role,
    invited_by: input.invitedBy,
    created_at: iso(now),
    expires_at: iso(now + INVITATION_TTL_MS),
    accepted_at: null,
  };
  await db.insertInto("invitations").values(invitation).execute();
  return { invitation, token };
}

export type LinkState<T> = { state: "valid"; record: T } | { state: "used" | "expired" | "unknown" };

export async function findInvitation(db: Db | Tx, token: string, now = Date.now()): Promise<LinkState<Invitation>> {
  const record = await db.selectFrom("invitations").selectAll().where("token_hash", "=", hashSecret(token)).executeTakeFirst();
  if (!record) return { state: "unknown" };
  if (record.accepted_at) return { state: "used" };
  if (record.expires_at <= iso(now)) return { state: "expired" };
  return { state: "valid", record };
}

/** Marks the invitation used; false when another request used it first. */
export async function consumeInvitation(db: Db | Tx, id: string, now = Date.now()): Promise<boolean> {
  const res = await db.updateTable("invitations").set({ accepted_at: iso(now) }).where("id", "=", id).where("accepted_at", "is", null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function createPasswordReset(db: Db | Tx, userId: string, now = Date.now()): Promise<string> {
  const token = newSecret();
  await db
    .insertInto("password_resets")
    .values({ id: newId(), user_id: userId, token_hash: hashSecret(token), created_at: iso(now), expires_at: iso(now + RESET_TTL_MS), used_at: null })
    .execute();
  return token;
}

export async function findPasswordReset(db: Db | Tx, token: string, now = Date.now()): Promise<LinkState<PasswordReset>> {
  const record = await db.selectFrom("password_resets").selectAll().where("token_hash", "=", hashSecret(token)).executeTakeFirst();
  if (!record) return { state: "unknown" };
  if (record.used_at) return { state: "used" };
  if (record.expires_at <= iso(now)) return { state: "expired" };
  return { state: "valid", record };
}

export async function consumePasswordReset(db: Db | Tx, id: string, now = Date.now()): Promise<boolean> {
  const res = await db.updateTable("password_resets").set({ used_at: iso(now) }).where("id", "=", id).where("used_at", "is", null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
