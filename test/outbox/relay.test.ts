/**
 * The outbox on every engine: rows written in the event's transaction (and
 * gone with it on rollback), delivered by the relay to real local receivers,
 * retried, dead-lettered, ordered per brief, one Linear issue per brief.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/commands/seed.js";
import { findChannel } from "../../src/models/channels.js";
import { recordEvent } from "../../src/models/events.js";
import { configureOutbox, countByState, listMessages, replayDead } from "../../src/models/outbox.js";
import { Relay } from "../../src/outbox/relay.js";
import { createTestDatabase, ENGINES, type TestDatabase } from "../helpers/app.js";
import { FakeLinear, FakeSlack, FakeSmtp, FakeWebhook } from "./fakes.js";
import { addChannel, briefEvent, orgId, outboxConfig } from "./helpers.js";

process.env.ALLOW_PRIVATE_WEBHOOKS = "1";

describe.each(ENGINES)("outbox relay on %s", (engine) => {
  let t: TestDatabase;
  let hook: FakeWebhook, slack: FakeSlack, linear: FakeLinear, smtp: FakeSmtp;
  let relay: Relay;
  let org: string;
  const config = () => outboxConfig({ smtpUrl: smtp.url });

  beforeAll(async () => {
    [hook, slack, linear, smtp] = await Promise.all([new FakeWebhook().start(), new FakeSlack().start(), new FakeLinear().start(), new FakeSmtp().start()]);
    t = await createTestDatabase(engine);
    await seedDemo(t.database.db);
    configureOutbox({ email: true });
    org = await orgId(t.database.db);
    const db = t.database.db;
    await addChannel(db, config(), { orgId: org, kind: "webhook", config: { url: `${hook.url}/hook` }, secret: "whsec_dGVzdC1zZWNyZXQtdGVzdC1zZWNyZXQ=" });
    await addChannel(db, config(), { orgId: org, kind: "slack", secret: `${slack.url}/services/T/B/x`, events: ["brief.*"] });
    await addChannel(db, config(), { orgId: org, kind: "linear", secret: linear.apiKey, config: { teamId: linear.teamId }, events: ["brief.*", "question.*"] });
    await addChannel(db, config(), { orgId: org, kind: "email", config: { recipients: ["yamada@sakura-payments.example"] }, events: ["brief.ready"] });
    relay = new Relay({ database: t.database, config: config(), retry: { scale: 0, jitter: 0, random: Math.random }, slackIntervalMs: 1, leaseMs: 60_000, linearUrl: `${linear.url}/graphql` });
  });
  afterAll(async () => {
    await relay.stop();
    await t.close();
    await Promise.all([hook.stop(), slack.stop(), linear.stop(), smtp.stop()]);
  });

  it("writes outbox rows in the event's transaction and none when it rolls back", async () => {
    const db = t.database.db;
    const before = (await listMessages(db, { limit: 1000 })).length;
    await db
      .transaction()
      .execute(async (tx) => {
        await recordEvent(tx, { orgId: org, actorId: null, action: "brief.ready", entityType: "brief", entityId: randomUUID(), summary: "x", data: { briefId: randomUUID(), briefTitle: "T", state: "ready" } });
        expect((await tx.selectFrom("outbox").select("id").execute()).length).toBe(before + 4);
        throw new Error("roll back");
      })
      .catch(() => {});
    expect((await listMessages(db, { limit: 1000 })).length).toBe(before);
  });

  it("delivers every channel, mirrors a brief into one Linear issue and keeps each brief's order", async () => {
    const db = t.database.db;
    const briefs: string[] = [randomUUID(), randomUUID()];
    // The first webhook attempt fails: the brief's later messages wait, the other brief's do not.
    hook.plan = (n) => (n === 0 ? "500" : "ok");
    for (let i = 0; i < 10; i++) for (const b of briefs) await briefEvent(db, org, b, i);
    await relay.drain();
    expect(await countByState(db)).toMatchObject({ pending: 0, sending: 0, dead: 0 });
    const webhookIds = (await listMessages(db, { kind: "webhook", limit: 1000 })).filter((m) => m.brief_id && briefs.includes(m.brief_id));
    expect(new Set(hook.arrivals.map((a) => a.id))).toEqual(new Set(webhookIds.map((m) => m.id)));
    for (const b of briefs) {
      const steps = hook.arrivals.filter((a) => JSON.parse(a.body).data.briefId === b).map((a) => JSON.parse(a.body).data.step);
      expect([...new Set(steps)]).toEqual([...Array(10).keys()]);
    }
    // Slack: brief.* events only, Block Kit with the title and a link back.
    const slackMsgs = slack.arrivals.map((a) => JSON.parse(a.body));
    expect(slackMsgs.length).toBe(2 * 5);
    expect(slackMsgs[0].blocks[0].text.text).toMatch(/^Brief /);
    expect(JSON.stringify(slackMsgs[0])).toContain("https://handoff.example/briefs/");
    // Linear: one issue per brief, in the state of the last event; questions and verdicts as comments.
    expect(linear.creates).toBe(2);
    expect([...linear.issues.values()].map((i) => i.stateId)).toEqual(["st-done", "st-done"]);
    expect([...linear.comments.values()].filter((c) => /question asked/.test(c.body))).toHaveLength(2);
    // E-mail: Message-ID derived from the message id; text and HTML parts.
    expect(smtp.mails).toHaveLength(2);
    const mail = smtp.mails[0];
    const rows = await listMessages(db, { kind: "email", limit: 10 });
    expect(rows.map((r) => `<${r.id}@handoff.example>`)).toContain(mail.id);
    expect(mail.raw).toMatch(/text\/plain/);
    expect(mail.raw).toMatch(/text\/html/);
  });

  it("dead-letters on 400 with the body, disables a webhook on 410, and replays", async () => {
    const db = t.database.db;
    hook.plan = () => "400";
    await briefEvent(db, org, randomUUID(), 0);
    await relay.drain();
    const dead = await listMessages(db, { state: "dead" });
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ last_status: 400, attempts: 1 });
    expect(dead[0].last_error).toContain("fault 400");
    hook.plan = () => "ok";
    expect(await replayDead(db, { channelId: dead[0].channel_id! })).toBe(1);
    await relay.drain();
    expect(await countByState(db)).toMatchObject({ dead: 0, pending: 0 });

    hook.plan = () => "410";
    await briefEvent(db, org, randomUUID(), 0);
    await relay.drain();
    const ch = await findChannel(db, dead[0].channel_id!);
    expect(ch).toMatchObject({ enabled: 0 });
    expect(ch?.disabled_reason).toMatch(/410 Gone/);
    expect(ch?.last_error).toMatch(/gone/);
    // A disabled channel gets no new rows.
    const n = (await listMessages(db, { kind: "webhook", limit: 1000 })).length;
    await briefEvent(db, org, randomUUID(), 0);
    expect((await listMessages(db, { kind: "webhook", limit: 1000 })).length).toBe(n);
  });

  it("invitations and reset links get an e-mail with the link, which stays out of the event log", async () => {
    const db = t.database.db;
    await relay.drain();
    const before = smtp.mails.length;
    await recordEvent(db, {
      orgId: org,
      actorId: null,
      action: "invitation.created",
      entityType: "invitation",
      entityId: randomUUID(),
      summary: "Lars Holm invited new@sakura-payments.example as client-member",
      data: { email: "new@sakura-payments.example", role: "client-member" },
      secret: { linkPath: "/invite/SECRET-TOKEN" },
    });
    await relay.drain();
    expect(smtp.mails.length).toBe(before + 1);
    expect(smtp.mails.at(-1)!.to).toEqual(["new@sakura-payments.example"]);
    expect(smtp.mails.at(-1)!.raw).toContain("https://handoff.example/invite/SECRET-TOKEN");
    const ev = await db.selectFrom("events").select("data").where("action", "=", "invitation.created").executeTakeFirstOrThrow();
    expect(ev.data).not.toContain("SECRET-TOKEN");
  });
});
