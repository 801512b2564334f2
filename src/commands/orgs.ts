import type { Actor, Role } from "../core/actor.js";
import { AppError, validationError } from "../core/errors.js";
import { recordEvent } from "../models/events.js";
import { createInvitation, createPasswordReset, type Invitation } from "../models/links.js";
import { findOrg, findOrgBySlug, insertOrg, type Org } from "../models/orgs.js";
import { findUserByEmail, type User } from "../models/users.js";
import { authorize } from "../policies/authorize.js";
import { invitableRoles, orgPolicy } from "../policies/org.js";
import type { Db } from "../storage/database.js";

/** "Sakura Payments K.K." → "sakura-payments-k-k"; non-Latin names fall back to "org". */
export function slugify(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return s || "org";
}

/** Staff create a client organisation; the slug is made unique by a suffix. */
export async function createClientOrg(db: Db, actor: Actor, input: { name: string; slug?: string }): Promise<Org> {
  if (actor.role !== "staff") throw new AppError(403, "forbidden", "Only consultancy staff create organisations.");
  return db.transaction().execute(async (tx) => {
    let slug = input.slug ?? slugify(input.name);
    if (input.slug && (await findOrgBySlug(tx, slug))) throw validationError({ slug: `The slug "${slug}" is taken: choose another.` });
    for (let n = 2; await findOrgBySlug(tx, slug); n++) slug = `${slugify(input.name)}-${n}`;
    const org = await insertOrg(tx, { name: input.name, slug, kind: "client" });
    await recordEvent(tx, { orgId: org.id, actorId: actor.id, action: "org.created", entityType: "org", entityId: org.id, summary: `${actor.name} created ${org.name}` });
    return org;
  });
}

/** Invites a person; the returned token is shown once to the inviter. */
export async function invitePerson(
  db: Db,
  actor: Actor,
  input: { orgId: string; email: string; role: Role },
  now: number = Date.now(),
): Promise<{ invitation: Invitation; token: string; org: Org }> {
  return db.transaction().execute(async (tx) => {
    const org = authorize(orgPolicy, actor, "invite", await findOrg(tx, input.orgId));
    const roles = invitableRoles(actor, org);
    if (!roles.includes(input.role)) {
      throw validationError({ role: `In ${org.name} you can invite: ${roles.join(", ") || "nobody"}.` });
    }
    if (await findUserByEmail(tx, input.email)) {
      throw validationError({ email: "Someone already has an account with this e-mail address." });
    }
    const { invitation, token } = await createInvitation(tx, { orgId: org.id, email: input.email, role: input.role, invitedBy: actor.id }, now);
    await recordEvent(tx, {
      orgId: org.id,
      actorId: actor.id,
      action: "invitation.created",
      entityType: "invitation",
      entityId: invitation.id,
      summary: `${actor.name} invited ${invitation.email} as ${invitation.role}`,
      data: { email: invitation.email, role: invitation.role },
      // The link goes only into the invitation e-mail (when SMTP is set), never the event log.
      secret: { linkPath: `/invite/${token}` },
    });
    return { invitation, token, org };
  });
}

/**
 * Creates a password reset link for a person and records it; the event's
 * e-mail (when SMTP is configured) carries the link. Returns the token to show once.
 */
export async function issuePasswordReset(db: Db, actor: Actor, user: User, now = Date.now()): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const token = await createPasswordReset(tx, user.id, now);
    await recordEvent(tx, {
      orgId: user.org_id,
      actorId: actor.id,
      action: "user.password_reset_requested",
      entityType: "user",
      entityId: user.id,
      summary: `${actor.name} created a password reset link for ${user.name}`,
      data: { email: user.email },
      secret: { linkPath: `/reset/${token}` },
    });
    return token;
  });
}
