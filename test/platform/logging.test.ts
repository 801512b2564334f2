import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { buildServer, redactUrl } from "../../src/http/server.js";
import { createTestDatabase, testConfig } from "../helpers/app.js";

describe("structured logs", () => {
  it("cut secret-bearing path segments", () => {
    expect(redactUrl("/invite/abcDEF123")).toBe("/invite/[redacted]");
    expect(redactUrl("/reset/xyz?x=1")).toBe("/reset/[redacted]?x=1");
    expect(redactUrl("/contact/report/tok")).toBe("/contact/report/[redacted]");
    expect(redactUrl("/articles/slug")).toBe("/articles/slug");
  });

  it("carry request ids and no tokens, cookies or passwords", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const tdb = await createTestDatabase("sqlite");
    const app = await buildServer({ config: testConfig({ logLevel: "info" }), database: tdb.database, logger: { stream } });
    try {
      await app.inject({ method: "GET", url: "/invite/SECRET-INVITE-TOKEN" });
      await app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: "Bearer hof_SECRET_BEARER", cookie: "handoff_session=SECRET_COOKIE" } });
      await app.inject({ method: "POST", url: "/login", payload: "email=a%40b.example&password=SECRET_PASSWORD", headers: { "content-type": "application/x-www-form-urlencoded" } });
      const all = lines.join("");
      expect(lines.length).toBeGreaterThan(3);
      for (const secret of ["SECRET-INVITE-TOKEN", "SECRET_BEARER", "SECRET_COOKIE", "SECRET_PASSWORD"]) expect(all).not.toContain(secret);
      const parsed = lines.map((l) => JSON.parse(l));
      expect(parsed.filter((l) => l.reqId).length).toBeGreaterThan(0);
    } finally {
      await app.close();
      await tdb.close();
    }
  });
});
