/**
 * Linear state names per channel, on every engine: the settings form offers
 * Linear's defaults and stores the team's own names; the relay moves issues
 * in the local Linear GraphQL stub to the states the channel names, and
 * "send test" says which mapped names the team lacks.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChannel, listChannels, type Channel } from "../../src/models/channels.js";
import { enqueueTest, listMessages } from "../../src/models/outbox.js";
import { Relay } from "../../src/outbox/relay.js";
import { createTestApp, ENGINES, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";
import { FakeLinear } from "./fakes.js";
import { addChannel, briefEvent, orgId, outboxConfig } from "./helpers.js";

describe.each(ENGINES)("Linear state names on %s", (engine) => {
  let t: TestApp;
  let linear: FakeLinear;
  let relay: Relay;
  let sakura: string;

  beforeAll(async () => {
    linear = await new FakeLinear().start();
    // A team that renamed its workflow: only "Done" is a Linear default.
    linear.states = [
      { id: "st-backlog", name: "Backlog" },
      { id: "st-ready", name: "Ready for dev" },
      { id: "st-building", name: "Building" },
      { id: "st-review", name: "Code review" },
      { id: "st-done", name: "Done" },
      { id: "st-wontdo", name: "Won't do" },
    ];
    t = await createTestApp(engine);
    sakura = await orgId(t.database.db);
    relay = new Relay({ database: t.database, config: outboxConfig(), retry: { scale: 0, jitter: 0, random: Math.random }, slackIntervalMs: 1, leaseMs: 60_000, linearUrl: `${linear.url}/graphql` });
  });
  afterAll(async () => {
    await relay.stop();
    await t.close();
    await linear.stop();
  });

  it("offers Linear's defaults on the form, stores the team's names, and renames them on the channel's card", async () => {
    const b = await signedIn(t.app, "yamada@sakura-payments.example");
    const page = await b.get(`/orgs/${sakura}/channels`);
    expect(page.body).toContain('id="new-state_ready" name="state_ready" value="Todo"');
    expect(page.body).toContain('id="new-state_cancelled" name="state_cancelled" value="Canceled"');
    const made = await b.post(`/orgs/${sakura}/channels`, { kind: "linear", name: "Team Linear", apiKey: "lin_api_0123456789abcdef", teamId: "team-1", state_ready: "Ready for dev", state_in_progress: " Building ", state_in_review: "" });
    expect(made.statusCode).toBe(200);
    const c = (await listChannels(t.database.db, sakura)).find((x) => x.name === "Team Linear")!;
    expect(JSON.parse(c.config).stateNames).toEqual({
      ready: "Ready for dev", in_progress: "Building", in_review: "In Review", changes_requested: "In Progress", accepted: "Done", shipped: "Done", cancelled: "Canceled",
    });
    // The card shows the current names and saves new ones.
    expect(made.body).toContain(`id="c-${c.id}-state_in_progress" name="state_in_progress" value="Building"`);
    const saved = await b.post(`/channels/${c.id}/linear-states`, { state_ready: "Ready for dev", state_in_progress: "Building", state_in_review: "Code review", state_changes_requested: "Building", state_cancelled: "Won't do" });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain("The Linear state names of Team Linear are saved");
    const names = JSON.parse((await findChannel(t.database.db, c.id))!.config).stateNames;
    expect(names).toMatchObject({ in_review: "Code review", changes_requested: "Building", cancelled: "Won't do", accepted: "Done" });
    expect(JSON.parse((await findChannel(t.database.db, c.id))!.config).teamId).toBe("team-1");

    const tooLong = await b.post(`/channels/${c.id}/linear-states`, { state_ready: "x".repeat(101) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain("Use at most 100 characters for a Linear state name.");
    const hook = (await listChannels(t.database.db, sakura)).find((x) => x.kind === "webhook")!;
    const notLinear = await b.post(`/channels/${hook.id}/linear-states`, { state_ready: "Todo" });
    expect(notLinear.statusCode).toBe(400);
    expect(notLinear.body).toContain("Only Linear channels have workflow state names.");
    // Another organisation's owner cannot reach the channel at all.
    const freja = await signedIn(t.app, "freja@nordlys.example");
    await freja.get("/inbox");
    expect((await freja.post(`/channels/${c.id}/linear-states`, { state_ready: "Todo" })).statusCode).toBe(404);
  });

  it("moves the brief's issue to the team's states the channel names", async () => {
    const db = t.database.db;
    const channel = await addChannel(db, outboxConfig(), {
      orgId: sakura,
      kind: "linear",
      secret: linear.apiKey,
      config: { teamId: linear.teamId, stateNames: { ready: "ready for dev", in_progress: "Building", in_review: "Code review", changes_requested: "Building", cancelled: "Won't do" } },
      events: ["brief.*", "deliverable.*", "question.*"],
    });
    const brief = randomUUID();
    const stateAfter = async (step: number) => {
      await briefEvent(db, sakura, brief, step);
      await relay.drain();
      const issue = [...linear.issues.values()].find((i) => i.title.startsWith(`Brief ${brief.slice(0, 8)}`));
      return issue?.stateId;
    };
    expect(await stateAfter(0)).toBe("st-ready"); // ready, matched case-insensitively
    expect(await stateAfter(1)).toBe("st-building"); // claimed
    expect(await stateAfter(4)).toBe("st-review"); // deliverable submitted → in review
    expect(await stateAfter(5)).toBe("st-building"); // changes requested
    expect(await stateAfter(7)).toBe("st-done"); // accepted: Linear's default name
    const mine = (await listMessages(db, { channelId: channel.id, limit: 100 })).filter((m) => m.brief_id === brief);
    expect(mine.every((m) => m.state === "sent")).toBe(true);
  });

  it("says on 'send test' which mapped names the team lacks, and passes once they match", async () => {
    const db = t.database.db;
    const test = async (c: Channel) => {
      const [m] = await db.transaction().execute((tx) => enqueueTest(tx, c, "Lars Holm"));
      await relay.drain();
      return (await listMessages(db, { channelId: c.id, limit: 100 })).find((x) => x.id === m.id)!;
    };
    // Linear's defaults: this team has no "Todo", "In Progress", "In Review" or "Canceled".
    const defaults = await addChannel(db, outboxConfig(), { orgId: sakura, kind: "linear", secret: linear.apiKey, config: { teamId: linear.teamId } });
    const failed = await test(defaults);
    expect(failed.state).toBe("dead");
    expect(failed.last_error).toContain('has no workflow state named "Todo", "In Progress", "In Review", "Canceled"');
    expect(failed.last_error).toContain('"Ready for dev"');
    const mapped = await addChannel(db, outboxConfig(), {
      orgId: sakura,
      kind: "linear",
      secret: linear.apiKey,
      config: { teamId: linear.teamId, stateNames: { ready: "Ready for dev", in_progress: "Building", in_review: "Code review", changes_requested: "Building", cancelled: "Won't do" } },
    });
    expect((await test(mapped)).state).toBe("sent");
  });
});
