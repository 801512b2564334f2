import type { Command } from "commander";
import { countUsers } from "../../models/users.js";
import { seedDemo } from "../../commands/seed.js";
import { buildServer } from "../../http/server.js";
import { configureOutbox } from "../../models/outbox.js";
import { Relay, relayOptionsFromEnv } from "../../outbox/relay.js";
import { startClockTicker } from "../clock-ticker.js";
import { openFromEnv, runCommand } from "../runtime.js";

/** `handoff serve`: migrate, seed demo data on the very first start, listen. */
export function register(program: Command): void {
  program
    .command("serve")
    .description("Run the web app (migrates, and seeds demo data into an empty database)")
    .option("--no-seed", "do not seed demo data into an empty database")
    .option("--no-relay", "do not deliver queued messages here (run `handoff worker` instead)")
    .option("--no-clock", "do not tick clocks or send digests here (run `handoff digest run --every 60` instead)")
    .action((opts: { seed: boolean; relay: boolean; clock: boolean }) =>
      runCommand(async () => {
        const { config, database } = await openFromEnv();
        configureOutbox({ email: Boolean(config.smtpUrl) });
        const app = await buildServer({ config, database });
        // The outbox relay runs in this process unless workers do the delivering.
        const relay = opts.relay ? new Relay({ database, config, ...relayOptionsFromEnv(), log: (level, msg, extra) => app.log[level](extra ?? {}, msg) }) : null;
        if (opts.seed && (await countUsers(database.db)) === 0) {
          const seeded = await seedDemo(database.db);
          app.log.info(
            { accounts: seeded.accounts.map((a) => `${a.email} (${a.role}, ${a.org})`) },
            `demo data seeded; every demo account's password is "${seeded.password}"`,
          );
        }
        const ticker = opts.clock ? startClockTicker(database, config, (level, msg, extra) => app.log[level](extra ?? {}, msg)) : null;
        const shutdown = async () => {
          await ticker?.stop();
          await relay?.stop();
          await app.close();
          await database.close();
          process.exit(0);
        };
        process.once("SIGINT", shutdown);
        process.once("SIGTERM", shutdown);
        await app.listen({ port: config.port, host: process.env.HOST ?? "0.0.0.0" });
        relay?.start();
        app.log.info(`Handoff on ${config.publicUrl} (${database.engine}${database.engine === "sqlite" ? `, ${config.dataDir}/handoff.db` : ""})`);
      }),
    );
}
