import type { Command } from "commander";
import { createApiToken } from "../../models/api-tokens.js";
import { findUserByEmail } from "../../models/users.js";
import { openFromEnv, runCommand } from "../runtime.js";

export function register(program: Command): void {
  program
    .command("token")
    .description("API tokens")
    .command("create")
    .description("Create an API token for a person; it is printed once and stored only as a hash")
    .requiredOption("--email <email>", "the person's e-mail address")
    .option("--name <name>", "what the token is for", "cli")
    .action((opts: { email: string; name: string }) =>
      runCommand(async () => {
        const { database } = await openFromEnv();
        try {
          const user = await findUserByEmail(database.db, opts.email);
          if (!user) {
            process.stderr.write(`handoff: no account with ${opts.email}\n`);
            process.exitCode = 2;
            return;
          }
          process.stdout.write((await createApiToken(database.db, user.id, opts.name)) + "\n");
        } finally {
          await database.close();
        }
      }),
    );
}
