import type { Command } from "commander";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { openFromEnv, runCommand } from "../runtime.js";

export function register(program: Command): void {
  program
    .command("backup")
    .description("Copy the SQLite database while the app keeps running (online backup)")
    .requiredOption("--to <file>", "where to write the copy")
    .action((opts: { to: string }) =>
      runCommand(async () => {
        const { database } = await openFromEnv();
        try {
          if (database.engine !== "sqlite" || !database.sqlite) {
            process.stderr.write("handoff: on PostgreSQL use pg_dump (e.g. pg_dump --format=custom \"$DATABASE_URL\" > handoff.dump)\n");
            process.exitCode = 2;
            return;
          }
          const target = resolve(opts.to);
          if (existsSync(target)) {
            process.stderr.write(`handoff: ${target} exists: choose a new file name\n`);
            process.exitCode = 2;
            return;
          }
          await database.sqlite.backup(target);
          process.stdout.write(`backup written to ${target}\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
