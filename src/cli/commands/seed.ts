import type { Command } from "commander";
import { seedDemo } from "../../commands/seed.js";
import { openFromEnv, runCommand } from "../runtime.js";

export function register(program: Command): void {
  program
    .command("seed")
    .description("Add demo data")
    .requiredOption("--demo", "seed the demo organisations and people")
    .option("--force", "seed even when the database already has data")
    .action((opts: { force?: boolean }) =>
      runCommand(async () => {
        const { database } = await openFromEnv();
        try {
          const res = await seedDemo(database.db, { force: opts.force });
          for (const a of res.accounts) process.stdout.write(`${a.email}\t${a.role}\t${a.org}\n`);
          process.stdout.write(`password for every demo account: ${res.password}\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
