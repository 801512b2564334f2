/**
 * Acceptance: two `handoff worker` processes deliver 10,000 messages with none
 * lost and none delivered twice. On PostgreSQL (HANDOFF_TEST_PG) they claim
 * with FOR UPDATE SKIP LOCKED; without it the same runs on one SQLite file.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/commands/seed.js";
import { countByState, enqueue } from "../../src/models/outbox.js";
import { createTestDatabase, type TestDatabase } from "../helpers/app.js";
import { FakeWebhook } from "./fakes.js";
import { addChannel, orgId, outboxConfig } from "./helpers.js";
import { ensureBuilt, kill, sleep, startWorker } from "./worker-process.js";

const MESSAGES = 10_000;
const engine = process.env.HANDOFF_TEST_PG ? "postgres" : "sqlite";

describe(`two workers on ${engine}`, () => {
  let t: TestDatabase;
  let hook: FakeWebhook;
  const workers: ReturnType<typeof startWorker>[] = [];

  beforeAll(async () => {
    ensureBuilt();
    t = await createTestDatabase(engine);
    await seedDemo(t.database.db);
    hook = await new FakeWebhook().start();
  });
  afterAll(async () => {
    for (const w of workers) await kill(w);
    await t?.close();
    await hook?.stop();
  });

  it("deliver 10,000 messages: zero lost, zero delivered twice, both did work", async () => {
    const db = t.database.db;
    const config = outboxConfig();
    const org = await orgId(db);
    const ch = await addChannel(db, config, { orgId: org, kind: "webhook", config: { url: `${hook.url}/in` }, secret: "whsec_dGVzdC1zZWNyZXQtdGVzdC1zZWNyZXQ=" });
    const seeded = (await countByState(db)).sent; // the demo seed's delivered message
    const briefs = Array.from({ length: 1000 }, () => randomUUID());
    for (let start = 0; start < MESSAGES; start += 500) {
      await db.transaction().execute((tx) =>
        enqueue(
          tx,
          Array.from({ length: 500 }, (_, k) => {
            const i = start + k;
            return { orgId: org, eventId: null, channelId: ch.id, kind: "webhook" as const, destination: `webhook:${ch.id}`, briefId: briefs[i % briefs.length], payload: { body: JSON.stringify({ type: "load", data: { i } }) } };
          }),
        ),
      );
    }
    const env: Record<string, string> = {
      PUBLIC_URL: config.publicUrl,
      HANDOFF_SECRET_KEY: config.secretKey!,
      ALLOW_PRIVATE_WEBHOOKS: "1",
      HANDOFF_RETRY_SCALE: "0.0001",
      HANDOFF_OUTBOX_POLL_MS: "100",
      HANDOFF_OUTBOX_BATCH: "50",
    };
    if (engine === "postgres") {
      const schema = (await (await import("kysely")).sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s;
      env.DATABASE_URL = `${process.env.HANDOFF_TEST_PG}${process.env.HANDOFF_TEST_PG!.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    } else {
      env.DATA_DIR = (t.database.sqlite!.name as string).replace(/\/handoff\.db$/, "");
    }
    workers.push(startWorker(env), startWorker(env));
    const deadline = Date.now() + 150_000;
    let counts = await countByState(db);
    while (Date.now() < deadline && counts.sent < MESSAGES + seeded && !workers.some((w) => w.exitCode !== null)) {
      await sleep(500);
      counts = await countByState(db);
    }
    expect(counts, workers.map((w) => w.output.slice(-1000)).join("\n")).toEqual({ pending: 0, sending: 0, sent: MESSAGES + seeded, dead: 0 });
    const ids = hook.arrivals.map((a) => a.id);
    expect(new Set(ids).size).toBe(MESSAGES);
    expect(ids.length).toBe(MESSAGES); // not one resend: no faults, no crashes
    const by = await db.selectFrom("outbox").where("locked_by", "is not", null).select(["locked_by", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("locked_by").execute();
    expect(by).toHaveLength(2);
    console.info(`two workers on ${engine}: ${by.map((r) => Number(r.n)).join(" + ")} messages`);
  }, 180_000);
});
