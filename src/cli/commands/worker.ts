import type { Command } from "commander";
import { configureOutbox } from "../../models/outbox.js";
import { Relay, relayOptionsFromEnv } from "../../outbox/relay.js";
import { openFromEnv, runCommand } from "../runtime.js";

/**
 * `handoff worker`: the outbox relay alone. Run any number of them next to
 * `handoff serve --no-relay` (PostgreSQL); each claims its own messages.
 */
export function register(program: Command): void {
  program
    .command("worker")
    .description("Deliver queued messages (Slack, Linear, e-mail, webhooks) until stopped")
    .option("--once", "deliver what is due now, then exit")
    .action((opts: { once?: boolean }) =>
      runCommand(async () => {
        const { config, database } = await openFromEnv();
        configureOutbox({ email: Boolean(config.smtpUrl) });
        const relay = new Relay({
          database,
          config,
          ...relayOptionsFromEnv(),
          log: (level, msg, extra) => process.stderr.write(`${JSON.stringify({ level, msg, ...extra, time: new Date().toISOString() })}\n`),
        });
        if (opts.once) {
          const n = await relay.drain();
          await relay.stop();
          await database.close();
          process.stdout.write(`delivered or rescheduled ${n} messages\n`);
          return;
        }
        const shutdown = async () => {
          await relay.stop();
          await database.close();
          process.exit(0);
        };
        process.once("SIGINT", shutdown);
        process.once("SIGTERM", shutdown);
        relay.start();
        process.stdout.write(`worker ${relay.workerId} delivering (${database.engine})\n`);
      }),
    );
}
