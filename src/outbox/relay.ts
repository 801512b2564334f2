import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { closeMailers } from "../integrations/email.js";
import { SLACK_INTERVAL_MS } from "../integrations/slack.js";
import { LINEAR_DEFAULT_URL } from "../integrations/linear.js";
import { noteChannelResult, secretKeyOf, setChannelEnabled, type Channel } from "../models/channels.js";
import { claimDue, markFailed, markSent, markUndeliverable, type OutboxMessage } from "../models/outbox.js";
import type { AppConfig } from "../storage/config.js";
import type { DatabaseHandle } from "../storage/database.js";
import { deliver, type DeliveryContext } from "./deliver.js";
import { decide, defaultRetryPolicy, type RetryPolicy } from "./retry.js";

/** A claimed message whose worker died is claimed again after this long. */
export const LEASE_MS = 60_000;

export interface RelayOptions {
  database: DatabaseHandle;
  config: AppConfig;
  /** Messages claimed per round (each round delivers them concurrently). */
  batchSize?: number;
  /** Sleep between rounds when nothing was due. */
  pollMs?: number;
  leaseMs?: number;
  retry?: RetryPolicy;
  slackIntervalMs?: number;
  linearUrl?: string;
  now?: () => number;
  log?: (level: "info" | "warn" | "error", msg: string, extra?: Record<string, unknown>) => void;
}

/** Relay settings from the environment (HANDOFF_OUTBOX_*, HANDOFF_RETRY_SCALE, LINEAR_API_URL). */
export function relayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<RelayOptions> {
  const num = (v: string | undefined, d: number) => (v !== undefined && v !== "" && Number.isFinite(Number(v)) ? Number(v) : d);
  return {
    batchSize: num(env.HANDOFF_OUTBOX_BATCH, 50),
    pollMs: num(env.HANDOFF_OUTBOX_POLL_MS, 1000),
    leaseMs: num(env.HANDOFF_OUTBOX_LEASE_MS, LEASE_MS),
    slackIntervalMs: num(env.HANDOFF_SLACK_INTERVAL_MS, SLACK_INTERVAL_MS),
    linearUrl: env.LINEAR_API_URL || LINEAR_DEFAULT_URL,
    retry: defaultRetryPolicy(env),
  };
}

/**
 * The outbox relay: claims due messages, delivers them through integrations,
 * and records the outcome — sent, retry later on the schedule, or dead-letter.
 * Runs inside `handoff serve` and alone as `handoff worker`; any number of
 * workers may run against PostgreSQL.
 */
export class Relay {
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private readonly ctx: DeliveryContext;
  private readonly o: Required<Omit<RelayOptions, "log">> & Pick<RelayOptions, "log">;

  constructor(opts: RelayOptions) {
    this.o = {
      batchSize: 20,
      pollMs: 1000,
      leaseMs: LEASE_MS,
      retry: defaultRetryPolicy({}),
      slackIntervalMs: SLACK_INTERVAL_MS,
      linearUrl: LINEAR_DEFAULT_URL,
      now: Date.now,
      ...opts,
    } as Relay["o"];
    this.ctx = {
      db: opts.database.db,
      publicUrl: opts.config.publicUrl,
      smtpUrl: opts.config.smtpUrl ?? null,
      linearUrl: this.o.linearUrl,
      secretKey: secretKeyOf(opts.config),
      slackIntervalMs: this.o.slackIntervalMs,
      now: this.o.now,
    };
  }

  /** Starts the loop in the background. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the round in progress and stops; unfinished claims are re-claimed after their lease. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
    closeMailers();
  }

  /** Runs rounds until nothing is due (tests and `worker --once`). Returns messages handled. */
  async drain(maxRounds = 10_000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i++) {
      const n = await this.tick();
      if (!n) break;
      total += n;
    }
    return total;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let n = 0;
      try {
        n = await this.tick();
      } catch (err) {
        this.o.log?.("error", "outbox round failed", { err: (err as Error).message });
      }
      if (!n && this.running) await new Promise<void>((r) => ((this.wake = r), setTimeout(r, this.o.pollMs)));
    }
  }

  /** One round: claim a batch and deliver it. */
  async tick(): Promise<number> {
    const rows = await claimDue(this.ctx.db, this.o.database.engine, this.workerId, this.o.batchSize, this.o.leaseMs, this.o.now());
    if (!rows.length) return 0;
    // One read of the round's channels instead of one per message.
    const ids = [...new Set(rows.map((m) => m.channel_id).filter((id): id is string => Boolean(id)))];
    const channels = new Map<string, Channel | null>(ids.map((id) => [id, null]));
    if (ids.length) for (const c of await this.ctx.db.selectFrom("channels").selectAll().where("id", "in", ids).execute()) channels.set(c.id, c);
    const ctx = { ...this.ctx, channels };
    await Promise.all(rows.map((m) => this.handle(m, ctx)));
    return rows.length;
  }

  private async handle(m: OutboxMessage, ctx: DeliveryContext): Promise<void> {
    const db = this.ctx.db;
    let attempt;
    try {
      attempt = await deliver(ctx, m);
    } catch (err) {
      attempt = { result: { ok: false as const, error: `internal: ${(err as Error).message}`, permanent: false }, channel: null };
    }
    const { result, channel } = attempt;
    const now = this.o.now();
    if (attempt.undeliverable) {
      await markUndeliverable(db, m, this.workerId, attempt.undeliverable, now);
      return;
    }
    const d = decide(result, m.attempts + 1, this.o.retry);
    if (d.kind === "sent") {
      await markSent(db, m, this.workerId, result.ok ? (result.status ?? null) : null, now);
      if (channel && (channel.last_error || !channel.last_success_at || now - Date.parse(channel.last_success_at) > 60_000)) {
        await noteChannelResult(db, channel.id, null, now);
      }
      return;
    }
    const r = result as Extract<typeof result, { ok: false }>;
    await markFailed(db, m, this.workerId, { error: r.error, status: r.status ?? null, nextAt: d.kind === "retry" ? now + d.delayMs : null }, now);
    if (channel) {
      await noteChannelResult(db, channel.id, r.error, now);
      if (r.gone) {
        await setChannelEnabled(db, channel.id, false, `The receiver answered 410 Gone on ${new Date(now).toISOString()}: the endpoint no longer exists. Fix the URL, then enable the channel.`);
        this.o.log?.("warn", "channel disabled after 410 Gone", { channelId: channel.id });
      }
    }
    if (d.kind === "dead") this.o.log?.("warn", "message dead-lettered", { id: m.id, kind: m.kind, error: r.error });
  }
}
