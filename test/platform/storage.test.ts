import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { ENGINES, createTestDatabase, type TestDatabase } from "../helpers/app.js";
import { migrate } from "../../src/storage/database.js";
import { CurrentSchemaIntrospector } from "../../src/storage/postgres-dialect.js";
import { insertOrg } from "../../src/models/orgs.js";
import { findUserByEmail, insertUser } from "../../src/models/users.js";

describe("SQLite settings", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
  });
  afterAll(() => t.close());

  it("opens with WAL, foreign keys, a 5 s busy timeout and synchronous=FULL", () => {
    const s = t.database.sqlite!;
    expect(s.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(s.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(s.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(s.pragma("synchronous", { simple: true })).toBe(2); // FULL
  });
});

describe.each(ENGINES)("storage on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.close());

  it("migrates idempotently", async () => {
    expect(await migrate(t.database.db)).toEqual([]);
  });

  it("keeps e-mail unique case-insensitively and stores non-ASCII names as typed", async () => {
    const org = await insertOrg(t.database.db, { slug: "x", name: "株式会社エックス", kind: "client" });
    await insertUser(t.database.db, { orgId: org.id, email: "Taro@Example.JP", name: "山田太郎", role: "client-owner", passwordHash: null });
    await expect(insertUser(t.database.db, { orgId: org.id, email: "taro@example.jp", name: "Other", role: "client-member", passwordHash: null })).rejects.toThrow();
    const u = await findUserByEmail(t.database.db, "TARO@example.jp");
    expect(u?.name).toBe("山田太郎");
    expect(u?.email).toBe("Taro@Example.JP");
  });

  it("enforces foreign keys", async () => {
    await expect(insertUser(t.database.db, { orgId: "no-such-org", email: "a@b.example", name: "A", role: "client-member", passwordHash: null })).rejects.toThrow();
  });
});

describe.runIf(ENGINES.includes("postgres"))("storage on postgres, beside other sessions", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
  });
  afterAll(() => t.close());

  /** Another session creating and dropping schemas with tables, until stopped. */
  async function churnSchemas(label: string, running: () => boolean): Promise<void> {
    const client = new pg.Client({ connectionString: process.env.HANDOFF_TEST_PG });
    await client.connect();
    try {
      for (let i = 0; running(); i++) {
        const schema = `churn_${label}_${process.pid}_${i}`;
        await client.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".x (id serial primary key, note text)`);
        await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      }
    } finally {
      await client.end();
    }
  }

  // Kysely's own introspector read every schema on the server; a schema dropped
  // mid-query failed the migration with 'schema "…" does not exist' (CI saw it
  // when another test file dropped its schema). On this server it failed about a
  // third of these 40 calls.
  it("migrates while other sessions drop their schemas", async () => {
    let running = true;
    const churners = [churnSchemas("a", () => running), churnSchemas("b", () => running)];
    const failures: string[] = [];
    try {
      for (let i = 0; i < 40; i++) {
        await migrate(t.database.db).catch((error: Error) => failures.push(error.message));
      }
    } finally {
      running = false;
      await Promise.all(churners);
    }
    expect(failures).toEqual([]);
  });

  it("introspects the current schema only, with Kysely's tables when asked", async () => {
    const other = `other_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.HANDOFF_TEST_PG });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${other}"; CREATE TABLE IF NOT EXISTS "${other}".users (id int)`);
      const introspector = new CurrentSchemaIntrospector(t.database.db);
      const tables = await introspector.getTables();
      const names = tables.map((table) => table.name);
      expect(names).toContain("users");
      expect(names).not.toContain("kysely_migration");
      expect(new Set(tables.map((table) => table.schema)).size).toBe(1);
      expect(tables.map((table) => table.schema)).not.toContain(other);
      const users = tables.find((table) => table.name === "users")!;
      expect(users.columns.map((column) => column.name)).toContain("email");
      expect(users.columns.find((column) => column.name === "id")?.isNullable).toBe(false);
      const withInternal = await introspector.getTables({ withInternalKyselyTables: true });
      expect(withInternal.map((table) => table.name)).toEqual(expect.arrayContaining(["kysely_migration", "kysely_migration_lock"]));
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${other}" CASCADE`);
      await admin.end();
    }
  });
});
