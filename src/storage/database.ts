import SQLite from "better-sqlite3";
import { CompiledQuery, type Driver, Kysely, Migrator, PostgresAdapter, SqliteDialect, sql, type Transaction } from "kysely";
import pg from "pg";
import { join } from "node:path";
import { ConfigError } from "./config.js";
import { CurrentSchemaPostgresDialect } from "./postgres-dialect.js";
import { migrations } from "./migrations/index.js";
import type { Database } from "./schema.js";

export type Engine = "sqlite" | "postgres";
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  /** SQLite only: the raw handle, for online backups. */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl: string | null;
  /** Directory of the SQLite file (handoff.db) when databaseUrl is null. */
  dataDir: string;
  /** SQLite file path override (tests). */
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests isolate themselves in one schema each). */
  pgSchema?: string;
}

/**
 * Opens the database named by the configuration and checks that it answers.
 * SQLite runs in WAL mode with synchronous=FULL, so a committed write survives
 * power loss; busy_timeout lets a second process wait instead of failing.
 */
export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.pgSchema);
  const file = opts.sqliteFile ?? join(opts.dataDir, "handoff.db");
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file);
  } catch (err) {
    throw new ConfigError(`cannot open SQLite database ${file}: ${(err as Error).message}`);
  }
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = FULL");
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return {
    db,
    engine: "sqlite",
    sqlite,
    close: () => db.destroy(),
  };
}

/**
 * SQLite transactions start with BEGIN IMMEDIATE: they take the write lock up
 * front (waiting up to busy_timeout) instead of failing with SQLITE_BUSY when
 * another process (`handoff worker`) wrote between their first read and write.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw("begin immediate"));
    };
    return driver;
  }
}

async function openPostgres(url: string, schema?: string): Promise<DatabaseHandle> {
  const parsed = new URL(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Connection errors on idle clients must not crash the process.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, "")}"`);
    client.release();
  } catch {
    await pool.end().catch(() => {});
    throw new ConfigError(
      `cannot reach PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"}: check DATABASE_URL and that the server is running`,
    );
  }
  const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  return { db, engine: "postgres", close: () => db.destroy() };
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrate(db: Db): Promise<string[]> {
  // On PostgreSQL, keep Kysely's bookkeeping tables in the current schema: its
  // existence check looks at every schema, so without this a kysely_migration
  // table in another schema (another test, "public") makes it skip creating ours.
  const schema = db.getExecutor().adapter instanceof PostgresAdapter ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
