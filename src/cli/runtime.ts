import { ConfigError, loadConfig, type AppConfig } from "../storage/config.js";
import { migrate, openDatabase, type DatabaseHandle } from "../storage/database.js";

/** Opens the configured database and brings its schema up to date. */
export async function openFromEnv(env = process.env): Promise<{ config: AppConfig; database: DatabaseHandle }> {
  const config = loadConfig(env);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(database.db);
  return { config, database };
}

/**
 * Runs a command body and turns expected failures into one line on stderr and
 * exit code 1 (no stack trace for things an operator can fix).
 */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (err instanceof ConfigError || (err as { name?: string }).name === "AppError") {
      process.stderr.write(`handoff: ${(err as Error).message}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}
