import { tickClocks } from "../commands/clocks.js";
import { runDigests } from "../commands/digests.js";
import type { AppConfig } from "../storage/config.js";
import type { DatabaseHandle } from "../storage/database.js";

type Log = (level: "info" | "warn" | "error", msg: string, extra?: Record<string, unknown>) => void;

/**
 * Once a minute: tick the async clocks (auto-accept reminders and acceptance)
 * and send each person's 08:30 digest when it is due. One process should run
 * it — `handoff serve` does by default — so digests are decided in one place.
 * A pass never overlaps the previous one; a failing pass is logged and retried.
 */
export function startClockTicker(
  database: DatabaseHandle,
  config: AppConfig,
  log: Log,
  opts: { everyMs?: number; now?: () => number } = {},
): { stop(): Promise<void> } {
  const everyMs = opts.everyMs ?? 60_000;
  const clock = opts.now ?? Date.now;
  let running: Promise<void> | null = null;
  let stopped = false;
  const pass = async () => {
    const now = clock();
    const tick = await tickClocks(database.db, now);
    const digests = await runDigests(database.db, now, { email: Boolean(config.smtpUrl) });
    if (tick.reminders || tick.autoAccepted || digests.sent.length) {
      log("info", "clock tick", { reminders: tick.reminders, autoAccepted: tick.autoAccepted, digestsSent: digests.sent.length });
    }
  };
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = pass()
      .catch((err: Error) => log("error", "clock tick failed", { err: err.message }))
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
