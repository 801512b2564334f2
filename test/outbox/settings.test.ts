/**
 * Delivery settings and the deliveries page through the real route chain, on
 * every engine: who may see them, refusals as field errors, secrets sealed and
 * never shown again, "send test" through the outbox, filters and replay.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listChannels, openSecret, secretKeyOf } from "../../src/models/channels.js";
import { listMessages } from "../../src/models/outbox.js";
import { createTestApp, ENGINES, testConfig, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";
import { orgId } from "./helpers.js";

describe.each(ENGINES)("delivery settings on %s", (engine) => {
  let t: TestApp;
  let sakura: string;
  beforeAll(async () => {
    delete process.env.ALLOW_PRIVATE_WEBHOOKS;
    t = await createTestApp(engine);
    sakura = await orgId(t.database.db);
  });
  afterAll(() => t.close());

  it("lets staff and the client owner in, and keeps members and other organisations out", async () => {
    for (const who of ["staff@cleansystems.example", "yamada@sakura-payments.example"]) {
      const res = await (await signedIn(t.app, who)).get(`/orgs/${sakura}/channels`);
      expect(res.statusCode, who).toBe(200);
      expect(res.body).toContain("Sakura CI hook (demo)");
    }
    expect((await (await signedIn(t.app, "aiko@sakura-payments.example")).get(`/orgs/${sakura}/channels`)).statusCode).toBe(403);
    expect((await (await signedIn(t.app, "freja@nordlys.example")).get(`/orgs/${sakura}/channels`)).statusCode).toBe(404);
    expect((await (await signedIn(t.app, "yamada@sakura-payments.example")).get("/staff/deliveries")).statusCode).toBe(404);
  });

  it("refuses private webhook URLs and missing fields with messages on the fields", async () => {
    const b = await signedIn(t.app, "yamada@sakura-payments.example");
    await b.get(`/orgs/${sakura}/channels`);
    for (const url of ["http://127.0.0.1/hook", "http://10.0.0.1/hook", "http://169.254.169.254/latest", "http://localhost:9000/x"]) {
      const res = await b.post(`/orgs/${sakura}/channels`, { kind: "webhook", name: "CI", url });
      expect(res.statusCode, url).toBe(400);
      expect(res.body).toContain("private or local network address");
    }
    const res = await b.post(`/orgs/${sakura}/channels`, { kind: "linear", name: "Linear", apiKey: "", teamId: "" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Paste a Linear API key");
    expect(res.body).toContain("Enter the id of the Linear team");
    const bad = await b.post(`/orgs/${sakura}/channels`, { kind: "pigeon", name: "x" });
    expect(bad.statusCode).toBe(400);
  });

  it("seals secrets, shows a webhook's signing secret once, and never shows a Slack URL or Linear key again", async () => {
    const b = await signedIn(t.app, "staff@cleansystems.example");
    await b.get(`/orgs/${sakura}/channels`);
    const made = await b.post(`/orgs/${sakura}/channels`, { kind: "webhook", name: "Public hook", url: "https://hooks.example.com/handoff", events: "brief.ready, brief.shipped" });
    expect(made.statusCode).toBe(200);
    const secret = /value="(whsec_[^"]+)"/.exec(made.body)?.[1];
    expect(secret).toBeTruthy();
    const slackUrl = "https://hooks.slack.com/services/T000/B000/abcdefghijklmnopqrstuvwx";
    await b.post(`/orgs/${sakura}/channels`, { kind: "slack", name: "#payments", slackUrl });
    await b.post(`/orgs/${sakura}/channels`, { kind: "linear", name: "Linear", apiKey: "lin_api_0123456789abcdef", teamId: "team-1" });
    const page = await b.get(`/orgs/${sakura}/channels`);
    expect(page.body).not.toContain(secret!);
    expect(page.body).not.toContain(slackUrl);
    expect(page.body).not.toContain("lin_api_0123456789abcdef");
    expect(page.body).toContain("…uvwx");
    const rows = await listChannels(t.database.db, sakura);
    const hook = rows.find((c) => c.name === "Public hook")!;
    expect(hook.secret_enc).toMatch(/^v1:/);
    expect(openSecret(secretKeyOf(testConfig()), hook.secret_enc!)).toBe(secret);
    expect(JSON.parse(hook.events)).toEqual(["brief.ready", "brief.shipped"]);
    expect(rows.find((c) => c.kind === "slack")!.secret_enc).not.toContain("hooks.slack.com");
  });

  it("sends a test through the outbox and lists, filters and replays messages for staff", async () => {
    const b = await signedIn(t.app, "staff@cleansystems.example");
    await b.get(`/orgs/${sakura}/channels`);
    const hook = (await listChannels(t.database.db, sakura)).find((c) => c.name === "Public hook")!;
    const res = await b.post(`/channels/${hook.id}/test`, {});
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("test message to Public hook is queued");
    const [msg] = await listMessages(t.database.db, { channelId: hook.id });
    expect(msg).toMatchObject({ state: "pending", kind: "webhook" });
    expect(JSON.parse(JSON.parse(msg.payload).body)).toMatchObject({ type: "channel.test", data: { test: true } });

    await t.database.db.updateTable("outbox").set({ state: "dead", attempts: 10, last_status: 500, last_error: "HTTP 500: receiver exploded" }).where("id", "=", msg.id).execute();
    const list = await b.get(`/staff/deliveries?state=dead&channel=${hook.id}`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("receiver exploded");
    expect(list.body).toContain("Replay every dead-lettered message of Public hook");
    expect((await b.get("/staff/deliveries?state=nonsense&kind=fax&page=-3")).statusCode).toBe(200);
    const replay = await b.post(`/staff/deliveries/${msg.id}/replay`, {});
    expect(replay.statusCode).toBe(200);
    expect(replay.body).toContain("queued again");
    expect((await listMessages(t.database.db, { channelId: hook.id }))[0]).toMatchObject({ state: "pending", attempts: 0 });

    const off = await b.post(`/channels/${hook.id}/disable`, {});
    expect(off.body).toContain("Public hook is off");
    expect((await b.get("/staff/deliveries")).body).toContain("Turned off by Lars Holm");
    await b.post(`/channels/${hook.id}/enable`, {});
    await b.post(`/channels/${hook.id}/delete`, {});
    expect((await listChannels(t.database.db, sakura)).some((c) => c.id === hook.id)).toBe(false);
  });
});
