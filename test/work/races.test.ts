import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { CLEAN_BRIEF, caller, orgId, type Caller } from "./support.js";

/** Concurrency on both engines: conditional UPDATEs decide, so exactly one of simultaneous writers wins. */
describe.each(ENGINES)("races on %s", (engine) => {
  let t: TestApp;
  let staff: Caller, client: Caller, sam: Caller, dewi: Caller;
  let engagementId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    staff = await caller(t.app, db, "staff@cleansystems.example");
    client = await caller(t.app, db, "aiko@sakura-payments.example");
    sam = await caller(t.app, db, "sam@cleansystems.example");
    dewi = await caller(t.app, db, "dewi@cleansystems.example");
    const e = await staff.call("POST", "/api/v1/engagements", { orgId: await orgId(db, "sakura-payments"), title: "Races", scope: "x", contractorIds: [sam.id, dewi.id], reviewerIds: [] });
    engagementId = e.json().id;
  });
  afterAll(() => t.close());

  it("lets exactly one of 20 concurrent claims win; the others get 409", async () => {
    const bid = (await client.call("POST", `/api/v1/engagements/${engagementId}/briefs`, { title: "Claim me", markdown: CLEAN_BRIEF })).json().id;
    expect((await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "ready" })).statusCode).toBe(200);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? sam : dewi).call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "in_progress" })));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    for (const r of results.filter((r) => r.statusCode === 409)) expect(r.json().error.id).toBe("illegal_transition");
    const winner = results.find((r) => r.statusCode === 200)!.json().claimedBy;
    const brief = (await client.call("GET", `/api/v1/briefs/${bid}`)).json();
    expect(brief).toMatchObject({ state: "in_progress", claimedBy: winner });
    const claims = (await client.call("GET", `/api/v1/engagements/${engagementId}/audit`)).json().events.filter((e: { action: string }) => e.action === "brief.claimed");
    expect(claims).toHaveLength(1);
  });

  it("keeps both texts when two saves start from the same version: one 200, one 409 with the current text", async () => {
    const bid = (await client.call("POST", `/api/v1/engagements/${engagementId}/briefs`, { title: "Edit me", markdown: CLEAN_BRIEF })).json().id;
    const mine = CLEAN_BRIEF.replace("## Out of scope", "## Out of scope\n\n- Mine.");
    const theirs = CLEAN_BRIEF.replace("## Out of scope", "## Out of scope\n\n- Theirs.");
    const [a, b] = await Promise.all([
      client.call("PUT", `/api/v1/briefs/${bid}`, { markdown: mine }, { "if-match": "1" }),
      staff.call("PUT", `/api/v1/briefs/${bid}`, { markdown: theirs }, { "if-match": "1" }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [won, lost] = a.statusCode === 200 ? [a, b] : [b, a];
    const wonText = won === a ? mine : theirs;
    const lostText = won === a ? theirs : mine;
    expect(lost.json().error).toMatchObject({ id: "stale_version", current: { version: 2, markdown: wonText }, yours: lostText });
    const brief = (await client.call("GET", `/api/v1/briefs/${bid}`)).json();
    expect(brief).toMatchObject({ version: 2, markdown: wonText });
    expect(brief.versions.map((v: { n: number }) => v.n)).toEqual([1, 2]);
  });
});
