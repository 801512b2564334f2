import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { seedDemo } from "../../src/commands/seed.js";
import { buildServer } from "../../src/http/server.js";
import type { AppConfig } from "../../src/storage/config.js";
import { migrate, openDatabase, type DatabaseHandle, type Engine } from "../../src/storage/database.js";

/** Engines every storage test runs on: SQLite always, PostgreSQL when HANDOFF_TEST_PG is set. */
export const ENGINES: Engine[] = ["sqlite", ...(process.env.HANDOFF_TEST_PG ? (["postgres"] as const) : [])];

export interface TestDatabase {
  database: DatabaseHandle;
  engine: Engine;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database private to the caller: a new SQLite file in a temp
 * dir, or a new schema on the PostgreSQL server (dropped on close), so test
 * files never see each other's rows.
 */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "handoff-test-"));
    const database = await openDatabase({ databaseUrl: null, dataDir: dir });
    await migrate(database.db);
    return {
      database,
      engine,
      close: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.HANDOFF_TEST_PG!;
  const schema = `t_${randomBytes(6).toString("hex")}`;
  // Create the schema on its own connection and wait for it, before any pooled
  // connection sets its search_path to it.
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: url, dataDir: tmpdir(), pgSchema: schema });
  await migrate(database.db);
  return {
    database,
    engine,
    close: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    databaseUrl: null,
    dataDir: tmpdir(),
    sessionSecret: "test-secret-test-secret-test-secret",
    publicUrl: "http://localhost:3000",
    secureCookies: false,
    logLevel: "silent",
    ...overrides,
  };
}

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  clock: { now: number };
}

/** A server on a fresh database with the demo world seeded; the clock can be moved. */
export async function createTestApp(engine: Engine, opts: { seed?: boolean; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const tdb = await createTestDatabase(engine);
  const clock = { now: Date.now() };
  const app = await buildServer({ config: testConfig(opts.config), database: tdb.database, logger: false, now: () => clock.now });
  await app.ready();
  if (opts.seed !== false) await seedDemo(tdb.database.db);
  return {
    ...tdb,
    app,
    clock,
    close: async () => {
      await app.close();
      await tdb.close();
    },
  };
}

/** Listens on a free loopback port (for Chromium tests) and returns the base URL. */
export async function serveOnLoopback(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  return `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
}
