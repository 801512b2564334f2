import type { Actor } from "../core/actor.js";
import type { Db, Tx } from "../storage/database.js";
import type { OrgTable } from "../storage/schema.js";
import { iso, newId } from "./support.js";

export type Org = OrgTable;

/**
 * Organisations the actor may see: staff see every organisation, everyone
 * else only their own.
 */
export async function listOrgs(db: Db | Tx, actor: Actor): Promise<Org[]> {
  let q = db.selectFrom("orgs").selectAll().orderBy("name");
  if (actor.role !== "staff") q = q.where("id", "=", actor.orgId);
  return q.execute();
}

/** Loads one organisation by id without a tenant filter: callers authorize() it. */
export async function findOrg(db: Db | Tx, id: string): Promise<Org | undefined> {
  return db.selectFrom("orgs").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findOrgBySlug(db: Db | Tx, slug: string): Promise<Org | undefined> {
  return db.selectFrom("orgs").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function consultancyOrg(db: Db | Tx): Promise<Org | undefined> {
  return db.selectFrom("orgs").selectAll().where("kind", "=", "consultancy").executeTakeFirst();
}

export async function insertOrg(db: Db | Tx, input: { slug: string; name: string; kind: Org["kind"] }): Promise<Org> {
  const org: Org = { id: newId(), slug: input.slug, name: input.name, kind: input.kind, created_at: iso() };
  await db.insertInto("orgs").values(org).execute();
  return org;
}
