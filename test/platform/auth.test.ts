import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../src/models/api-tokens.js";
import { createPasswordReset, INVITATION_TTL_MS, RESET_TTL_MS } from "../../src/models/links.js";
import { findUserByEmail } from "../../src/models/users.js";
import { DEMO_PASSWORD } from "../../src/commands/seed.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { InjectBrowser, signedIn } from "../helpers/browser.js";

describe.each(ENGINES)("accounts and sessions on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it("stores argon2id hashes only, never the password", async () => {
    const rows = await t.database.db.selectFrom("users").select(["email", "password_hash"]).execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.password_hash).toMatch(/^\$argon2id\$/);
      expect(r.password_hash).not.toContain(DEMO_PASSWORD);
    }
    const dump = JSON.stringify(await t.database.db.selectFrom("users").selectAll().execute());
    expect(dump).not.toContain(DEMO_PASSWORD);
  });

  it("signs in, answers /api/v1/me with the session, and signs out", async () => {
    const b = await signedIn(t.app, "YAMADA@sakura-payments.example");
    const me = await b.api("GET", "/api/v1/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: "yamada@sakura-payments.example", name: "山田太郎", role: "client-owner" });
    const cookie = b.cookies.get("handoff_session")!;
    await b.get("/account");
    const out = await b.post("/logout", {});
    expect(out.statusCode).toBe(303);
    // The old cookie no longer works even if someone kept it.
    const replay = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: `handoff_session=${cookie}` } });
    expect(replay.statusCode).toBe(401);
  });

  it("sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const b = new InjectBrowser(t.app);
    await b.get("/login");
    const res = await b.post("/login", { email: "freja@nordlys.example", password: DEMO_PASSWORD });
    const set = String(res.headers["set-cookie"]);
    expect(set).toMatch(/handoff_session=[^;]+;.*HttpOnly/i);
    expect(set).toMatch(/SameSite=Lax/i);
  });

  it("says the same thing for a wrong password and for an unknown account", async () => {
    const a = new InjectBrowser(t.app, "10.1.0.1");
    await a.get("/login");
    const wrong = await a.post("/login", { email: "freja@nordlys.example", password: "not-the-password" });
    const b = new InjectBrowser(t.app, "10.1.0.2");
    await b.get("/login");
    const unknown = await b.post("/login", { email: "nobody@nordlys.example", password: "not-the-password" });
    expect(wrong.statusCode).toBe(unknown.statusCode);
    const msg = (body: string) => /<p class="error"[^>]*>([^<]*)</.exec(body)?.[1];
    expect(msg(wrong.body)).toBeTruthy();
    expect(msg(wrong.body)).toBe(msg(unknown.body));
    expect(wrong.body).toContain('value="freja@nordlys.example"');
  });

  it("refuses a form post without a CSRF token with 403", async () => {
    const b = new InjectBrowser(t.app);
    await b.get("/login");
    const res = await b.post("/login", { email: "freja@nordlys.example", password: DEMO_PASSWORD }, { withCsrf: false });
    expect(res.statusCode).toBe(403);
    const signed = await signedIn(t.app, "staff@cleansystems.example");
    const api = await signed.api("POST", "/api/v1/orgs", { name: "No Token Org" }, { withCsrf: false });
    expect(api.statusCode).toBe(403);
    expect(api.json().error.id).toBe("csrf_failed");
    const ok = await signed.api("POST", "/api/v1/orgs", { name: "With Token Org" });
    expect(ok.statusCode).toBe(201);
  });

  it("answers the 11th failed sign-in within 15 minutes with 429 and Retry-After, per IP", async () => {
    const b = new InjectBrowser(t.app, "10.2.0.1");
    await b.get("/login");
    for (let i = 1; i <= 10; i++) {
      const res = await b.post("/login", { email: `nobody${i}@example.com`, password: "wrong-password" });
      expect(res.statusCode).toBe(401);
    }
    const eleventh = await b.post("/login", { email: "freja@nordlys.example", password: DEMO_PASSWORD });
    expect(eleventh.statusCode).toBe(429);
    expect(Number(eleventh.headers["retry-after"])).toBeGreaterThan(0);
    // Another IP is not affected…
    const other = new InjectBrowser(t.app, "10.2.0.2");
    expect((await other.login("freja@nordlys.example", DEMO_PASSWORD)).statusCode).toBe(303);
    // …and after the window the first IP may try again.
    t.clock.now += 15 * 60 * 1000 + 1000;
    expect((await b.post("/login", { email: "freja@nordlys.example", password: DEMO_PASSWORD })).statusCode).toBe(303);
    t.clock.now = Date.now();
  });

  it("locks one account after 10 failures from many IPs", async () => {
    for (let i = 0; i < 10; i++) {
      const b = new InjectBrowser(t.app, `10.3.0.${i + 1}`);
      await b.get("/login");
      expect((await b.post("/login", { email: "mads@nordlys.example", password: "wrong-password" })).statusCode).toBe(401);
    }
    const b = new InjectBrowser(t.app, "10.3.1.1");
    expect((await b.login("mads@nordlys.example", DEMO_PASSWORD)).statusCode).toBe(429);
    t.clock.now += 16 * 60 * 1000;
    expect((await b.login("mads@nordlys.example", DEMO_PASSWORD)).statusCode).toBe(303);
    t.clock.now = Date.now();
  });

  it("ends other sessions when the password changes, keeping the current one", async () => {
    const first = await signedIn(t.app, "aiko@sakura-payments.example");
    const second = await signedIn(t.app, "aiko@sakura-payments.example");
    await second.get("/account");
    const res = await second.post("/account/password", { current: DEMO_PASSWORD, password: "a-new-password-42" });
    expect(res.statusCode).toBe(200);
    expect((await first.api("GET", "/api/v1/me")).statusCode).toBe(401);
    expect((await second.api("GET", "/api/v1/me")).statusCode).toBe(200);
    const wrong = await second.post("/account/password", { current: "not-it-at-all", password: "another-password-1" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("That is not your current password.");
  });

  it("resets a password once through a link that expires after an hour, ending every session", async () => {
    const user = (await findUserByEmail(t.database.db, "dewi@cleansystems.example"))!;
    const session = await signedIn(t.app, "dewi@cleansystems.example");
    const token = await createPasswordReset(t.database.db, user.id, t.clock.now);
    const b = new InjectBrowser(t.app, "10.4.0.1");
    expect((await b.get(`/reset/${token}`)).statusCode).toBe(200);
    const short = await b.post(`/reset/${token}`, { password: "short" });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain("at least 10 characters");
    expect((await b.post(`/reset/${token}`, { password: "reset-password-123" })).statusCode).toBe(200);
    expect((await session.api("GET", "/api/v1/me")).statusCode).toBe(401);
    const reused = await b.get(`/reset/${token}`);
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain("already used");
    const expired = await createPasswordReset(t.database.db, user.id, t.clock.now - RESET_TTL_MS - 1000);
    const exp = await b.get(`/reset/${expired}`);
    expect(exp.statusCode).toBe(410);
    expect(exp.body).toContain("expired");
    expect((await b.login("dewi@cleansystems.example", "reset-password-123")).statusCode).toBe(303);
  });

  it("accepts an invitation once, and refuses a reused or expired link with 410", async () => {
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const orgs = (await staff.api("GET", "/api/v1/orgs")).json().orgs as { id: string; slug: string }[];
    const sakura = orgs.find((o) => o.slug === "sakura-payments")!;
    const inv = await staff.api("POST", "/api/v1/invitations", { orgId: sakura.id, email: "Kenji.Sato@Sakura-Payments.example", role: "client-member" });
    expect(inv.statusCode).toBe(201);
    const path = new URL(inv.json().url).pathname;
    const guest = new InjectBrowser(t.app, "10.5.0.1");
    expect((await guest.get(path)).statusCode).toBe(200);
    const bad = await guest.post(path, { name: "", password: "x", timezone: "Mars/Olympus" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Enter a name.");
    expect(bad.body).toContain("Choose a timezone from the list");
    const ok = await guest.post(path, { name: "佐藤健二", password: "kenji-password-1", timezone: "Asia/Tokyo" });
    expect(ok.statusCode).toBe(303);
    const me = (await guest.api("GET", "/api/v1/me")).json();
    expect(me).toMatchObject({ name: "佐藤健二", role: "client-member", orgId: sakura.id, timezone: "Asia/Tokyo" });
    const again = await new InjectBrowser(t.app, "10.5.0.2").get(path);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain("already used");
    // Case-insensitive uniqueness: the same address in other case cannot be invited again.
    const dup = await staff.api("POST", "/api/v1/invitations", { orgId: sakura.id, email: "kenji.sato@sakura-payments.EXAMPLE", role: "client-member" });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields.email).toBeTruthy();
    // Expiry after 7 days.
    const late = await staff.api("POST", "/api/v1/invitations", { orgId: sakura.id, email: "late@sakura-payments.example", role: "client-member" });
    t.clock.now += INVITATION_TTL_MS + 1000;
    const expired = await new InjectBrowser(t.app, "10.5.0.3").get(new URL(late.json().url).pathname);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain("expired");
    t.clock.now = Date.now();
  });

  it("authenticates API calls by bearer token without CSRF", async () => {
    const user = (await findUserByEmail(t.database.db, "staff@cleansystems.example"))!;
    const token = await createApiToken(t.database.db, user.id, "test");
    const stored = await t.database.db.selectFrom("api_tokens").select("token_hash").execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
    const res = await t.app.inject({ method: "POST", url: "/api/v1/orgs", headers: { authorization: `Bearer ${token}` }, payload: { name: "Token Org" } });
    expect(res.statusCode).toBe(201);
    const bad = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: "Bearer hof_wrong" } });
    expect(bad.statusCode).toBe(401);
  });

  it("redirects anonymous page visits to /login and answers the API with 401", async () => {
    const page = await t.app.inject({ method: "GET", url: "/account" });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe("/login?next=%2Faccount");
    const api = await t.app.inject({ method: "GET", url: "/api/v1/me" });
    expect(api.statusCode).toBe(401);
    expect(api.json().error.id).toBe("unauthenticated");
  });
});
