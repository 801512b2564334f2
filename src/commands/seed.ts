import type { Role } from "../core/actor.js";
import { AppError } from "../core/errors.js";
import { insertOrg } from "../models/orgs.js";
import { hashPassword } from "../models/passwords.js";
import { countUsers, insertUser, type WeeklyHours } from "../models/users.js";
import type { Db } from "../storage/database.js";
import { seedDemoTime } from "./clocks.js";
import { seedDemoChannels } from "./channels-demo.js";
import { seedDemoEngagements } from "./engagements-demo.js";
import { seedDemoLeads } from "./leads.js";

/** The one password of every demo account; README lists it too. */
export const DEMO_PASSWORD = "handoff-demo-2026";

const weekdays = (start: string, end: string): WeeklyHours => ({
  mon: [[start, end]],
  tue: [[start, end]],
  wed: [[start, end]],
  thu: [[start, end]],
  fri: [[start, end]],
});

interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  timezone: string;
  hours: WeeklyHours;
}

interface DemoOrg {
  slug: string;
  name: string;
  kind: "consultancy" | "client";
  people: DemoPerson[];
}

/** The demo world: the consultancy with staff and contractors, two client organisations. */
export const DEMO_ORGS: DemoOrg[] = [
  {
    slug: "clean-systems",
    name: "Clean Systems Consulting",
    kind: "consultancy",
    people: [
      { email: "staff@cleansystems.example", name: "Lars Holm", role: "staff", timezone: "Europe/Copenhagen", hours: weekdays("09:00", "17:00") },
      { email: "dewi@cleansystems.example", name: "Dewi Lestari", role: "contractor", timezone: "Asia/Jakarta", hours: weekdays("08:00", "16:00") },
      { email: "sam@cleansystems.example", name: "Sam Carter", role: "contractor", timezone: "America/New_York", hours: weekdays("09:00", "17:00") },
    ],
  },
  {
    slug: "sakura-payments",
    name: "Sakura Payments K.K.",
    kind: "client",
    people: [
      { email: "yamada@sakura-payments.example", name: "山田太郎", role: "client-owner", timezone: "Asia/Tokyo", hours: weekdays("09:00", "18:00") },
      { email: "aiko@sakura-payments.example", name: "Aiko Tanaka", role: "client-member", timezone: "Asia/Tokyo", hours: weekdays("10:00", "19:00") },
    ],
  },
  {
    slug: "nordlys-health",
    name: "Nordlys Health ApS",
    kind: "client",
    people: [
      { email: "freja@nordlys.example", name: "Freja Madsen", role: "client-owner", timezone: "Europe/Copenhagen", hours: weekdays("08:30", "16:30") },
      { email: "mads@nordlys.example", name: "Mads Jensen", role: "client-member", timezone: "Europe/Copenhagen", hours: weekdays("09:00", "17:00") },
    ],
  },
];

export interface SeedResult {
  accounts: { email: string; role: Role; org: string }[];
  password: string;
}

/**
 * Seeds the demo world. Refuses on a database that already has people unless
 * `force` is set, so a second start never seeds twice.
 */
export async function seedDemo(db: Db, opts: { force?: boolean } = {}): Promise<SeedResult> {
  if (!opts.force && (await countUsers(db)) > 0) {
    throw new AppError(409, "not_empty", "The database already has data: pass --force to add the demo data anyway.");
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts: SeedResult["accounts"] = [];
  await db.transaction().execute(async (tx) => {
    for (const o of DEMO_ORGS) {
      const existing = await tx.selectFrom("orgs").selectAll().where("slug", "=", o.slug).executeTakeFirst();
      const org = existing ?? (await insertOrg(tx, { slug: o.slug, name: o.name, kind: o.kind }));
      for (const p of o.people) {
        const taken = await tx.selectFrom("users").select("id").where("email_key", "=", p.email).executeTakeFirst();
        if (!taken) {
          await insertUser(tx, { orgId: org.id, email: p.email, name: p.name, role: p.role, passwordHash, timezone: p.timezone, workingHours: p.hours });
        }
        accounts.push({ email: p.email, role: p.role, org: o.name });
      }
    }
  });
  await seedDemoLeads(db);
  await seedDemoEngagements(db);
  await seedDemoTime(db);
  await seedDemoChannels(db);
  return { accounts, password: DEMO_PASSWORD };
}
