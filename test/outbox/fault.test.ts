/**
 * Acceptance: 1,000 events fan out to a webhook receiver, Slack, Linear and
 * SMTP — all real servers on 127.0.0.1 that answer 500, 429, 503, answer after
 * 12 s, cut connections, and go down — while `handoff worker` child processes
 * are SIGKILLed and restarted. After recovery every message has arrived, no
 * id is lost, resends carry the same id, each brief's messages arrived in
 * order, and each brief has exactly one Linear issue.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/commands/seed.js";
import { configureOutbox, countByState, listMessages } from "../../src/models/outbox.js";
import { migrate, openDatabase, type DatabaseHandle } from "../../src/storage/database.js";
import { FakeLinear, FakeSlack, FakeSmtp, FakeWebhook, randomFaults } from "./fakes.js";
import { addChannel, briefEvent, orgId, outboxConfig } from "./helpers.js";
import { ensureBuilt, kill, sleep, startWorker } from "./worker-process.js";

const BRIEFS = 100;
const STEPS = 10; // 1,000 events

describe("delivery under faults with crashing workers (SQLite)", () => {
  let dir: string;
  let database: DatabaseHandle;
  let hook: FakeWebhook, slack: FakeSlack, linear: FakeLinear, smtp: FakeSmtp;
  const workers: ReturnType<typeof startWorker>[] = [];

  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), "handoff-fault-"));
    database = await openDatabase({ databaseUrl: null, dataDir: dir });
    await migrate(database.db);
    await seedDemo(database.db);
    [hook, slack, linear, smtp] = await Promise.all([new FakeWebhook().start(), new FakeSlack().start(), new FakeLinear().start(), new FakeSmtp().start()]);
  });
  afterAll(async () => {
    for (const w of workers) await kill(w);
    await database?.close();
    await Promise.all([hook?.stop(), slack?.stop(), linear?.stop(), smtp?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("loses nothing, delivers each id once after dropping resends, one Linear issue per brief", async () => {
    const db = database.db;
    const config = outboxConfig({ smtpUrl: smtp.url });
    configureOutbox({ email: true });
    const org = await orgId(db);
    await addChannel(db, config, { orgId: org, kind: "webhook", config: { url: `${hook.url}/in` }, secret: "whsec_dGVzdC1zZWNyZXQtdGVzdC1zZWNyZXQ=" });
    await addChannel(db, config, { orgId: org, kind: "slack", secret: `${slack.url}/services/T/B/x`, events: ["brief.*"] });
    await addChannel(db, config, { orgId: org, kind: "linear", secret: linear.apiKey, config: { teamId: linear.teamId }, events: ["brief.*", "question.*"] });
    await addChannel(db, config, { orgId: org, kind: "email", config: { recipients: ["yamada@sakura-payments.example"] }, events: ["brief.ready", "brief.shipped"] });

    // Receivers misbehave: errors, throttling, cut connections; the first webhook answers come after 12 s (timeout 10 s).
    const hookFaults = randomFaults({ "500": 0.08, "429": 0.04, "503": 0.02, cut: 0.03 }, 7);
    hook.plan = (n) => (n < 3 ? "slow" : hookFaults(n));
    slack.plan = randomFaults({ "500": 0.05, "429": 0.05, cut: 0.02 }, 11);
    linear.plan = randomFaults({ "500": 0.05, cut: 0.03 }, 13);
    smtp.plan = randomFaults({ "500": 0.05 }, 17);

    const briefs = Array.from({ length: BRIEFS }, () => randomUUID());
    const record = async (from: number, to: number) => {
      for (let i = from; i < to; i++) for (const b of briefs) await briefEvent(db, org, b, i);
    };
    await record(0, STEPS / 2);

    const env = {
      DATA_DIR: dir,
      PUBLIC_URL: config.publicUrl,
      HANDOFF_SECRET_KEY: config.secretKey!,
      SMTP_URL: smtp.url,
      LINEAR_API_URL: `${linear.url}/graphql`,
      ALLOW_PRIVATE_WEBHOOKS: "1",
      HANDOFF_RETRY_SCALE: "0.0001",
      // Longer than the 10 s request timeout, so a live worker's claim is never taken over.
      HANDOFF_OUTBOX_LEASE_MS: "11000",
      HANDOFF_SLACK_INTERVAL_MS: "1",
      HANDOFF_OUTBOX_POLL_MS: "100",
    };
    workers.push(startWorker(env));
    const more = record(STEPS / 2, STEPS); // the other 500 events arrive while workers run and crash
    await sleep(2500);
    await kill(workers.at(-1)!);
    await hook.down(); // receivers go down for a while
    await smtp.down();
    workers.push(startWorker(env));
    await sleep(2000);
    await hook.up();
    await smtp.up();
    await sleep(1500);
    await kill(workers.at(-1)!);
    workers.push(startWorker(env));
    await more;

    const deadline = Date.now() + 110_000;
    let counts = await countByState(db);
    while (Date.now() < deadline && (counts.pending || counts.sending)) {
      await sleep(500);
      counts = await countByState(db);
    }
    expect(counts, workers.at(-1)!.output.slice(-2000)).toMatchObject({ pending: 0, sending: 0, dead: 0 });

    // Messages of this run (the demo seed has one delivered message without an event).
    const byKind = async (kind: "webhook" | "slack" | "linear" | "email") => (await listMessages(db, { kind, limit: 100_000 })).filter((m) => m.event_id);
    const expectAll = (arrived: string[], expected: string[]) => {
      const unique = new Set(arrived);
      expect(unique.size).toBe(expected.length); // zero lost, zero extra ids
      expect(unique).toEqual(new Set(expected));
      return arrived.length - unique.size; // resends, same id
    };
    const webhookRows = await byKind("webhook");
    expect(webhookRows).toHaveLength(BRIEFS * STEPS);
    const resent = {
      webhook: expectAll(hook.arrivals.map((a) => a.id), webhookRows.map((m) => m.id)),
      slack: expectAll(slack.arrivals.map((a) => a.id), (await byKind("slack")).map((m) => m.id)),
      email: expectAll(smtp.mails.map((m) => m.id), (await byKind("email")).map((m) => `<${m.id}@handoff.example>`)),
    };
    // Per brief, first arrivals are in event order.
    const firstSteps = new Map<string, number[]>();
    const seen = new Set<string>();
    for (const a of hook.arrivals) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const d = JSON.parse(a.body).data as { briefId: string; step: number };
      firstSteps.set(d.briefId, [...(firstSteps.get(d.briefId) ?? []), d.step]);
    }
    for (const b of briefs) expect(firstSteps.get(b)).toEqual([...Array(STEPS).keys()]);
    // Linear: exactly one issue per brief, in its final state; each comment once.
    expect(linear.creates).toBe(BRIEFS);
    expect(linear.issues.size).toBe(BRIEFS);
    expect(new Set([...linear.issues.values()].map((i) => i.stateId))).toEqual(new Set(["st-done"]));
    const commentRows = (await byKind("linear")).filter((m) => JSON.parse(m.payload).op === "comment");
    expect(linear.comments.size).toBe(commentRows.length);
    const issueRows = await db.selectFrom("linear_issues").select("brief_id").execute();
    expect(new Set(issueRows.map((r) => r.brief_id))).toEqual(new Set(briefs));
    console.info(`fault test: ${hook.requests} webhook requests, resends by id: ${JSON.stringify(resent)}, Linear comment calls ${linear.commentCalls}`);
  }, 180_000);
});
