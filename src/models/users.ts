import type { Actor, Role } from "../core/actor.js";
import type { Db, Tx } from "../storage/database.js";
import type { UserTable } from "../storage/schema.js";
import { emailKey, iso, newId } from "./support.js";

export type User = UserTable;

/** The fields of a user that may leave the server. */
export interface PublicUser {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  timezone: string;
  workingHours: WeeklyHours | null;
}

/** Working hours per weekday: mon…sun → list of [start, end] "HH:MM" ranges. */
export type WeeklyHours = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", [string, string][]>>;

export const toActor = (u: User): Actor => ({
  id: u.id,
  orgId: u.org_id,
  role: u.role,
  email: u.email,
  name: u.name,
  timezone: u.timezone,
});

export const toPublicUser = (u: User): PublicUser => ({
  id: u.id,
  orgId: u.org_id,
  email: u.email,
  name: u.name,
  role: u.role,
  timezone: u.timezone,
  workingHours: u.working_hours ? (JSON.parse(u.working_hours) as WeeklyHours) : null,
});

export async function findUserById(db: Db | Tx, id: string): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findUserByEmail(db: Db | Tx, email: string): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("email_key", "=", emailKey(email)).executeTakeFirst();
}

/** Members of one organisation; the caller has authorized reading that org. */
export async function listMembers(db: Db | Tx, orgId: string): Promise<User[]> {
  return db.selectFrom("users").selectAll().where("org_id", "=", orgId).orderBy("name").execute();
}

export interface NewUser {
  orgId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  timezone?: string;
  workingHours?: WeeklyHours | null;
}

export async function insertUser(db: Db | Tx, input: NewUser): Promise<User> {
  const user: User = {
    id: newId(),
    org_id: input.orgId,
    email: input.email.trim(),
    email_key: emailKey(input.email),
    name: input.name.trim(),
    role: input.role,
    password_hash: input.passwordHash,
    timezone: input.timezone ?? "UTC",
    working_hours: input.workingHours ? JSON.stringify(input.workingHours) : null,
    created_at: iso(),
    password_changed_at: null,
  };
  await db.insertInto("users").values(user).execute();
  return user;
}

export async function updateProfile(
  db: Db | Tx,
  userId: string,
  input: { name: string; timezone: string; workingHours: WeeklyHours | null },
): Promise<void> {
  await db
    .updateTable("users")
    .set({ name: input.name.trim(), timezone: input.timezone, working_hours: input.workingHours ? JSON.stringify(input.workingHours) : null })
    .where("id", "=", userId)
    .execute();
}

export async function setPasswordHash(db: Db | Tx, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash, password_changed_at: iso() }).where("id", "=", userId).execute();
}

export async function countUsers(db: Db | Tx): Promise<number> {
  const row = await db.selectFrom("users").select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
