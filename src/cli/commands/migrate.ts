import type { Command } from "commander";
import { openFromEnv, runCommand } from "../runtime.js";

export function register(program: Command): void {
  program
    .command("migrate")
    .description("Apply pending database migrations (SQLite file or DATABASE_URL)")
    .action(() =>
      runCommand(async () => {
        const { database } = await openFromEnv();
        await database.close();
        process.stdout.write("migrations applied\n");
      }),
    );
}
