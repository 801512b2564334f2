import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../src/models/api-tokens.js";
import { findUserByEmail } from "../../src/models/users.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";

describe.each(ENGINES)("JSON API basics on %s", (engine) => {
  let t: TestApp;
  let staff: string;
  let owner: string;
  const call = (token: string, method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: method as "GET", url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });

  beforeAll(async () => {
    t = await createTestApp(engine);
    staff = await createApiToken(t.database.db, (await findUserByEmail(t.database.db, "staff@cleansystems.example"))!.id, "t");
    owner = await createApiToken(t.database.db, (await findUserByEmail(t.database.db, "yamada@sakura-payments.example"))!.id, "t");
  });
  afterAll(() => t.close());

  it("lists organisations for staff only; others get 404 as if the route were not there", async () => {
    const res = await call(staff, "GET", "/api/v1/orgs");
    expect(res.statusCode).toBe(200);
    expect(res.json().orgs.map((o: { slug: string }) => o.slug).sort()).toEqual(["clean-systems", "nordlys-health", "sakura-payments"]);
    expect((await call(owner, "GET", "/api/v1/orgs")).statusCode).toBe(404);
  });

  it("answers a bad body with 400 validation_error naming each field", async () => {
    const res = await call(staff, "POST", "/api/v1/invitations", { orgId: "", email: "not-an-address", role: "boss" });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.id).toBe("validation_error");
    expect(Object.keys(err.fields).sort()).toEqual(["email", "orgId", "role"]);
    expect(err.fields.email).toMatch(/e-mail address/);
  });

  it("answers malformed JSON with 400 invalid_json, never 500", async () => {
    const res = await call(staff, "POST", "/api/v1/orgs", '{"name": ', { "content-type": "application/json" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe("invalid_json");
  });

  it("answers a body over 1 MB with 413", async () => {
    const res = await call(staff, "POST", "/api/v1/orgs", { name: "x".repeat(1024 * 1024 + 10) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.id).toBe("payload_too_large");
  });

  it("creates an organisation with a unique slug and lets its owner see members", async () => {
    const a = await call(staff, "POST", "/api/v1/orgs", { name: "Sakura Payments K.K." });
    expect(a.statusCode).toBe(201);
    expect(a.json().slug).toBe("sakura-payments-k-k");
    const dup = await call(staff, "POST", "/api/v1/orgs", { name: "Other", slug: "sakura-payments" });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields.slug).toMatch(/taken/);
    const jp = await call(staff, "POST", "/api/v1/orgs", { name: "株式会社さくら" });
    expect(jp.statusCode).toBe(201);
    expect(jp.json().name).toBe("株式会社さくら");
    const me = (await call(owner, "GET", "/api/v1/me")).json();
    const members = await call(owner, "GET", `/api/v1/orgs/${me.orgId}/members`);
    expect(members.statusCode).toBe(200);
    expect(members.json().members.map((m: { name: string }) => m.name)).toContain("山田太郎");
  });

  it("lets a client owner invite members of their own organisation only", async () => {
    const me = (await call(owner, "GET", "/api/v1/me")).json();
    const ok = await call(owner, "POST", "/api/v1/invitations", { orgId: me.orgId, email: "new@sakura-payments.example", role: "client-member" });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().url).toMatch(/\/invite\/[\w-]{40,}$/);
    const staffRole = await call(owner, "POST", "/api/v1/invitations", { orgId: me.orgId, email: "x@sakura-payments.example", role: "staff" });
    expect(staffRole.statusCode).toBe(400);
    const orgs = (await call(staff, "GET", "/api/v1/orgs")).json().orgs as { id: string; slug: string }[];
    const nordlys = orgs.find((o) => o.slug === "nordlys-health")!;
    expect((await call(owner, "POST", "/api/v1/invitations", { orgId: nordlys.id, email: "y@nordlys.example", role: "client-member" })).statusCode).toBe(404);
  });

  it("serves an OpenAPI 3.1 document generated from the route schemas", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    for (const [path, method] of [["/api/v1/me", "get"], ["/api/v1/orgs", "post"], ["/api/v1/orgs/{id}/members", "get"], ["/api/v1/invitations", "post"]]) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeTruthy();
    }
    const body = doc.paths["/api/v1/invitations"].post.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(expect.arrayContaining(["orgId", "email", "role"]));
    expect(body.properties.role.enum).toEqual(["staff", "client-owner", "client-member", "contractor"]);
  });

  it("sends security headers and never a stack trace", async () => {
    const res = await t.app.inject({ method: "GET", url: "/login" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers["strict-transport-security"]).toBeUndefined();
    expect(res.headers["x-request-id"]).toBeTruthy();
    const missing = await t.app.inject({ method: "GET", url: "/no/such/page" });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain("Page not found");
    expect(missing.body).not.toMatch(/at .*\.ts:\d+|Error:/);
  });
});

describe("over https", () => {
  it("uses __Host- cookies and HSTS", async () => {
    const t = await createTestApp("sqlite", { config: { secureCookies: true, publicUrl: "https://handoff.example" } });
    try {
      const res = await t.app.inject({ method: "GET", url: "/login" });
      expect(String(res.headers["strict-transport-security"])).toContain("max-age=31536000");
      expect(String(res.headers["set-cookie"])).toMatch(/__Host-handoff_csrf=.*Secure/);
    } finally {
      await t.close();
    }
  });
});
