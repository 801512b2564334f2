import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";

const BRIEF = `# Export refunds

## Context
Support staff need a list of refunds.

## API
GET /refunds.csv returns the refunds as CSV.

## Edge cases
- The export should be fast.

## Acceptance criteria
- GET /refunds.csv?from=2027-01-01 returns one row per refund since that date.
`;

describe("POST /api/v1/check", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("sqlite", { seed: false });
  });
  afterAll(() => t.close());

  const post = (payload: unknown, ip = "10.9.0.1") => t.app.inject({ method: "POST", url: "/api/v1/check", payload: payload as object, remoteAddress: ip });

  it("checks a brief without sign-in or CSRF token and returns the checker's result", async () => {
    const res = await post({ markdown: BRIEF });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ready).toBe(false);
    expect(body.findings.some((f: { rule: string; line: number }) => f.rule === "vague-term" && f.line === 10)).toBe(true);
    expect(body.sections.context).toEqual({ line: 3 });
    expect(body.criteria).toHaveLength(1);
    expect(body.criteria[0].id).toEqual(expect.any(String));
  });

  it("reports four missing sections for an empty brief", async () => {
    const res = await post({ markdown: "" });
    expect(res.statusCode).toBe(200);
    expect(res.json().findings.filter((f: { rule: string }) => f.rule === "missing-section")).toHaveLength(4);
  });

  it("answers a missing field with 400 naming it, and a body over 256 KB with 413", async () => {
    const bad = await post({ text: "x" }, "10.9.0.2");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.markdown).toBeTruthy();
    const big = await post({ markdown: "a".repeat(257 * 1024) }, "10.9.0.3");
    expect(big.statusCode).toBe(413);
  });

  it("allows 60 requests a minute per IP, then 429 with Retry-After", async () => {
    for (let i = 0; i < 60; i++) expect((await post({ markdown: "# x" }, "10.9.1.1")).statusCode).toBe(200);
    const over = await post({ markdown: "# x" }, "10.9.1.1");
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers["retry-after"])).toBeGreaterThan(0);
    expect((await post({ markdown: "# x" }, "10.9.1.2")).statusCode).toBe(200);
  });
});
