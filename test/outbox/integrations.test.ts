/**
 * Adapters and the one outgoing-HTTP helper, against real local servers:
 * private-address refusal, Standard Webhooks signatures checked by the
 * `standardwebhooks` package, HTTP answers mapped to retry decisions.
 */
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { request, send } from "../../src/integrations/http.js";
import { isPrivateAddress, refusalFor } from "../../src/integrations/private-address.js";
import { deliverWebhook, newWebhookSecret, webhookHeaders } from "../../src/integrations/webhook.js";
import { decide, MAX_ATTEMPTS, RETRY_SCHEDULE_MS } from "../../src/outbox/retry.js";
import { FakeWebhook } from "./fakes.js";

const NO_ENV = {} as NodeJS.ProcessEnv;

describe("private addresses", () => {
  it.each([
    "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "::1", "fc00::1", "fd12:3456::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:7f00:1",
  ])("%s is private", (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(["93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946", "172.32.0.1", "100.128.0.1"])("%s is public", (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );

  it.each(["http://127.0.0.1/hook", "http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data", "http://localhost:8080/x", "http://[::1]/x"])(
    "%s is refused when saving without ALLOW_PRIVATE_WEBHOOKS",
    async (url) => expect(await refusalFor(url, NO_ENV)).toMatch(/private or local network address/),
  );

  it("allows them with ALLOW_PRIVATE_WEBHOOKS=1, and refuses non-http schemes either way", async () => {
    expect(await refusalFor("http://127.0.0.1/hook", { ALLOW_PRIVATE_WEBHOOKS: "1" })).toBeNull();
    expect(await refusalFor("file:///etc/passwd", { ALLOW_PRIVATE_WEBHOOKS: "1" })).toMatch(/http/);
    expect(await refusalFor("not a url", NO_ENV)).toMatch(/full URL/);
  });

  describe("at send time", () => {
    let receiver: FakeWebhook;
    const saved = process.env.ALLOW_PRIVATE_WEBHOOKS;
    beforeAll(async () => {
      receiver = await new FakeWebhook().start();
    });
    afterEach(() => {
      if (saved === undefined) delete process.env.ALLOW_PRIVATE_WEBHOOKS;
      else process.env.ALLOW_PRIVATE_WEBHOOKS = saved;
    });
    afterAll(() => receiver.stop());

    it("refuses 127.0.0.1, 10.0.0.1, 169.254.169.254 and localhost as permanent failures without connecting", async () => {
      delete process.env.ALLOW_PRIVATE_WEBHOOKS;
      for (const url of [`http://127.0.0.1:${receiver.port}/`, "http://10.0.0.1/", "http://169.254.169.254/", `http://localhost:${receiver.port}/`]) {
        const r = await send(url, { method: "POST", body: "{}", userUrl: true, timeoutMs: 2000 });
        expect(r).toMatchObject({ ok: false, permanent: true });
        expect((r as { error: string }).error).toMatch(/private|refused/);
      }
      expect(receiver.arrivals).toHaveLength(0);
    });

    it("reaches the same local receiver when ALLOW_PRIVATE_WEBHOOKS=1", async () => {
      process.env.ALLOW_PRIVATE_WEBHOOKS = "1";
      const r = await send(`http://localhost:${receiver.port}/`, { method: "POST", body: "{}", headers: { "webhook-id": "x" }, userUrl: true });
      expect(r).toEqual({ ok: true, status: 204 });
    });
  });
});

describe("Standard Webhooks signatures", () => {
  let receiver: FakeWebhook;
  beforeAll(async () => {
    process.env.ALLOW_PRIVATE_WEBHOOKS = "1";
    receiver = await new FakeWebhook().start();
  });
  afterAll(() => receiver.stop());

  it("verify with the standardwebhooks package; a tampered body or a timestamp older than 5 minutes fails", async () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: "brief.ready", data: { briefId: "b1", title: "Ship 日本語 receipts" } });
    expect(await deliverWebhook(receiver.url, secret, "msg_1", body)).toMatchObject({ ok: true });
    const got = receiver.arrivals[0];
    const headers = { "webhook-id": String(got.headers["webhook-id"]), "webhook-timestamp": String(got.headers["webhook-timestamp"]), "webhook-signature": String(got.headers["webhook-signature"]) };
    const wh = new Webhook(secret);
    expect(wh.verify(got.body, headers)).toEqual(JSON.parse(body));
    expect(() => wh.verify(got.body.replace("b1", "b2"), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(got.body, headers)).toThrow();
    const old = webhookHeaders(secret, "msg_1", body, Date.now() - 6 * 60_000);
    expect(() => wh.verify(body, old)).toThrow(/timestamp/i);
    const fresh = webhookHeaders(secret, "msg_1", body, Date.now() - 4 * 60_000);
    expect(wh.verify(body, fresh)).toEqual(JSON.parse(body));
  });
});

describe("answers and retries", () => {
  let receiver: FakeWebhook;
  beforeAll(async () => {
    process.env.ALLOW_PRIVATE_WEBHOOKS = "1";
    receiver = await new FakeWebhook().start();
    receiver.slowMs = 1500;
  });
  afterAll(() => receiver.stop());
  const post = (timeoutMs = 10_000) => send(receiver.url, { method: "POST", body: "{}", userUrl: true, timeoutMs });
  const policy = { scale: 1, jitter: 0.2, random: () => 1 };

  it("maps 500, 429 with Retry-After, 410 and 400 to retry, wait, disable and dead-letter", async () => {
    receiver.plan = () => "500";
    const r500 = await post();
    expect(r500).toMatchObject({ ok: false, status: 500, permanent: false });
    expect(decide(r500, 1, policy)).toEqual({ kind: "retry", delayMs: 6000 });
    receiver.plan = () => "429";
    const r429 = await post();
    expect(r429).toMatchObject({ ok: false, status: 429, permanent: false, retryAfterMs: 1000 });
    expect(decide(r429, 3, policy)).toEqual({ kind: "retry", delayMs: 1000 });
    receiver.plan = () => "410";
    const r410 = await post();
    expect(r410).toMatchObject({ ok: false, permanent: true, gone: true });
    expect((r410 as { error: string }).error).toContain("this endpoint is gone");
    receiver.plan = () => "400";
    expect(decide(await post(), 1, policy)).toEqual({ kind: "dead" });
  });

  it("treats a cut connection and a late answer as retryable failures", async () => {
    receiver.plan = () => "cut";
    expect(await post()).toMatchObject({ ok: false, permanent: false, error: expect.stringMatching(/closed|aborted|socket hang up/) });
    receiver.plan = () => "slow";
    expect(await post(300)).toMatchObject({ ok: false, permanent: false, error: expect.stringMatching(/no complete answer/) });
    await expect(request("http://127.0.0.1:1/", { userUrl: true })).rejects.toThrow(/refused|down/);
  });

  it("follows the schedule with ±20 % jitter and dead-letters after the last attempt", () => {
    const fail = { ok: false as const, error: "x", permanent: false };
    expect(RETRY_SCHEDULE_MS.reduce((a, b) => a + b, 0) / 86_400_000).toBeCloseTo(3.15, 1);
    for (let n = 1; n < MAX_ATTEMPTS; n++) {
      const low = decide(fail, n, { scale: 1, jitter: 0.2, random: () => 0 });
      const high = decide(fail, n, { scale: 1, jitter: 0.2, random: () => 1 });
      expect(low).toEqual({ kind: "retry", delayMs: Math.round(RETRY_SCHEDULE_MS[n] * 0.8) });
      expect(high).toEqual({ kind: "retry", delayMs: Math.round(RETRY_SCHEDULE_MS[n] * 1.2) });
    }
    expect(decide(fail, MAX_ATTEMPTS, policy)).toEqual({ kind: "dead" });
    expect(decide(fail, 2, { scale: 0.001, jitter: 0, random: () => 0.5 })).toEqual({ kind: "retry", delayMs: 300 });
  });
});
