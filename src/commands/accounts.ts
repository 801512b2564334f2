import { AppError, gone, validationError } from "../core/errors.js";
import { recordEvent } from "../models/events.js";
import { consumeInvitation, consumePasswordReset, findInvitation, findPasswordReset, type Invitation } from "../models/links.js";
import { hashPassword, verifyPassword } from "../models/passwords.js";
import { createSession, deleteOtherSessions } from "../models/sessions.js";
import { findUserByEmail, findUserById, insertUser, setPasswordHash, type User } from "../models/users.js";
import type { Db } from "../storage/database.js";

const LINK_GONE: Record<string, string> = {
  used: "This link was already used. Sign in, or ask for a new link.",
  expired: "This link has expired. Ask the person who sent it for a new one.",
  unknown: "This link is not valid. Check that you copied all of it, or ask for a new one.",
};

/** The invitation behind a link, or a 410 saying what to do next. */
export async function openInvitation(db: Db, token: string, now: number): Promise<Invitation> {
  const found = await findInvitation(db, token, now);
  if (found.state !== "valid") throw gone(`invitation_${found.state}`, LINK_GONE[found.state]);
  return found.record;
}

/** The reset link's record, or a 410 saying what to do next. */
export async function openPasswordReset(db: Db, token: string, now: number): Promise<void> {
  const found = await findPasswordReset(db, token, now);
  if (found.state !== "valid") throw gone(`reset_${found.state}`, LINK_GONE[found.state]);
}

/** Creates the invited account and signs it in; the link works once. */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: { name: string; password: string; timezone: string },
  now: number,
): Promise<{ user: User; session: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (tx) => {
    const found = await findInvitation(tx, token, now);
    if (found.state !== "valid") throw gone(`invitation_${found.state}`, LINK_GONE[found.state]);
    const inv = found.record;
    if (!(await consumeInvitation(tx, inv.id, now))) throw gone("invitation_used", LINK_GONE.used);
    if (await findUserByEmail(tx, inv.email)) throw new AppError(409, "account_exists", "An account with this e-mail already exists: sign in instead.");
    const user = await insertUser(tx, { orgId: inv.org_id, email: inv.email, name: input.name, role: inv.role, passwordHash, timezone: input.timezone });
    await recordEvent(tx, { orgId: inv.org_id, actorId: user.id, action: "invitation.accepted", entityType: "user", entityId: user.id, summary: `${user.name} joined as ${user.role}` });
    const session = await createSession(tx, user.id, now);
    return { user, session };
  });
}

/** Sets a new password from a reset link and ends every session of the user. */
export async function resetPassword(db: Db, token: string, password: string, now: number): Promise<User> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (tx) => {
    const found = await findPasswordReset(tx, token, now);
    if (found.state !== "valid") throw gone(`reset_${found.state}`, LINK_GONE[found.state]);
    if (!(await consumePasswordReset(tx, found.record.id, now))) throw gone("reset_used", LINK_GONE.used);
    const user = await findUserById(tx, found.record.user_id);
    if (!user) throw gone("reset_unknown", LINK_GONE.unknown);
    await setPasswordHash(tx, user.id, passwordHash);
    await deleteOtherSessions(tx, user.id);
    await recordEvent(tx, { orgId: user.org_id, actorId: user.id, action: "user.password_reset", entityType: "user", entityId: user.id, summary: `${user.name} reset their password` });
    return user;
  });
}

/** Changes the password of a signed-in user; other sessions end, this one stays. */
export async function changePassword(db: Db, userId: string, current: string, password: string, keepSession?: string): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user || !(await verifyPassword(user.password_hash, current))) {
    throw validationError({ current: "That is not your current password." });
  }
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await deleteOtherSessions(tx, user.id, keepSession);
    await recordEvent(tx, { orgId: user.org_id, actorId: user.id, action: "user.password_changed", entityType: "user", entityId: user.id, summary: `${user.name} changed their password` });
  });
}
