/**
 * `handoff digest run [--now ISO] [--every SECONDS]`: ticks the clocks
 * (auto-accept reminders and acceptance) and sends each person's daily digest
 * when their 08:30 has come on a working day and something changed. `--now`
 * simulates the clock (one pass); `--every` keeps running.
 */
import type { Command } from "commander";
import { tickClocks } from "../../commands/clocks.js";
import { runDigests } from "../../commands/digests.js";
import { openFromEnv, runCommand } from "../runtime.js";
import { AppError } from "../../core/errors.js";

export function register(program: Command): void {
  const digest = program.command("digest").description("Daily digests and clock reminders");
  digest
    .command("run")
    .description("Send due digests (08:30 local on working days, only when something changed) and tick auto-accept clocks")
    .option("--now <iso>", "pretend it is this instant (ISO 8601), for trying the schedule")
    .option("--every <seconds>", "repeat every N seconds until stopped")
    .action((opts: { now?: string; every?: string }) =>
      runCommand(async () => {
        const at = opts.now ? Date.parse(opts.now) : NaN;
        if (opts.now && !Number.isFinite(at)) throw new AppError(400, "validation_error", `--now "${opts.now}" is not an ISO 8601 instant; use e.g. 2027-04-28T08:30:00+09:00`);
        const every = opts.every ? Number(opts.every) : 0;
        if (opts.every && !(every >= 10)) throw new AppError(400, "validation_error", "--every takes a number of seconds, at least 10");
        const { config, database } = await openFromEnv();
        try {
          for (;;) {
            const now = opts.now ? at : Date.now();
            const tick = await tickClocks(database.db, now);
            const r = await runDigests(database.db, now, { email: !!config.smtpUrl });
            for (const e of r.sent) process.stdout.write(`sent\t${e}\n`);
            for (const e of r.unchanged) process.stdout.write(`unchanged\t${e}\n`);
            process.stdout.write(`digests: ${r.sent.length} sent, ${r.unchanged.length} skipped (nothing changed), ${r.notDue} not due; clocks: ${tick.reminders} reminders, ${tick.autoAccepted} auto-accepted\n`);
            if (!every || opts.now) break;
            await new Promise((res) => setTimeout(res, every * 1000));
          }
        } finally {
          await database.close();
        }
      }),
    );
}
