import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { CLEAN_BRIEF, DRAFT_WITH_FINDINGS, caller, evidenceFor, orgId, type Caller } from "./support.js";

/**
 * The whole written loop over HTTP with bearer tokens: staff open an
 * engagement, the client writes a brief and clears the checker, a contractor
 * claims it and asks, the answer is folded into the brief, two review rounds,
 * ship, and the engagement ends with an audit of every step in order.
 */
describe.each(ENGINES)("engagement loop over the API on %s", (engine) => {
  let t: TestApp;
  let staff: Caller, client: Caller, contractor: Caller, otherContractor: Caller, otherClient: Caller;
  let sakura: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    staff = await caller(t.app, db, "staff@cleansystems.example");
    client = await caller(t.app, db, "yamada@sakura-payments.example");
    contractor = await caller(t.app, db, "sam@cleansystems.example");
    otherContractor = await caller(t.app, db, "dewi@cleansystems.example");
    otherClient = await caller(t.app, db, "freja@nordlys.example");
    sakura = await orgId(db, "sakura-payments");
  });
  afterAll(() => t.close());

  it("runs from engagement to shipped, and the audit lists every step in order", async () => {
    const created = await staff.call("POST", "/api/v1/engagements", {
      orgId: sakura,
      title: "Checkout API",
      scope: "Refunds and receipts.",
      contractorIds: [contractor.id],
      reviewerIds: [client.id],
    });
    expect(created.statusCode).toBe(201);
    const eid = created.json().id as string;
    expect(created.json().people.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([contractor.id, client.id]));

    // The client writes a brief; the checker finds what a contractor would miss.
    const b = await client.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "Partial refunds", markdown: DRAFT_WITH_FINDINGS });
    expect(b.statusCode).toBe(201);
    const bid = b.json().id as string;
    expect(b.json()).toMatchObject({ state: "draft", version: 1 });
    expect(b.json().checker.ready).toBe(false);
    const refused = await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "ready" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.id).toBe("checker_findings");
    expect(refused.json().error.findings.length).toBeGreaterThan(0);

    // Contractors do not see drafts at all.
    expect((await contractor.call("GET", `/api/v1/briefs/${bid}`)).statusCode).toBe(404);

    const fixed = await client.call("PUT", `/api/v1/briefs/${bid}`, { markdown: CLEAN_BRIEF }, { "if-match": "1" });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ version: 2, checker: { ready: true, findings: [] } });
    expect(fixed.headers.etag).toBe('"2"');
    const ready = await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "ready" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().state).toBe("ready");

    // Claimed by the assigned contractor only.
    expect((await otherContractor.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "in_progress" })).statusCode).toBe(404);
    expect((await contractor.call("GET", "/api/v1/me/inbox")).json().items.map((i: { briefId: string; kind: string }) => `${i.kind}:${i.briefId}`)).toContain(`claim:${bid}`);
    const claim = await contractor.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "in_progress" });
    expect(claim.statusCode).toBe(200);
    expect(claim.json()).toMatchObject({ state: "in_progress", claimedBy: contractor.id, claimedVersion: 2 });

    // A question, answered and folded into the brief.
    const q = await contractor.call("POST", `/api/v1/briefs/${bid}/questions`, { text: "Does a full refund use this endpoint too?", line: 3 });
    expect(q.statusCode).toBe(201);
    const inbox = (await client.call("GET", "/api/v1/me/inbox")).json().items;
    expect(inbox.find((i: { kind: string; questionId?: string }) => i.kind === "question" && i.questionId === q.json().id)).toBeTruthy();
    const amended = CLEAN_BRIEF.replace("## API\n", "## API\n\nA full refund uses this endpoint with the whole refundable balance.\n");
    const answer = await client.call("POST", `/api/v1/questions/${q.json().id}/answer`, { text: "Yes, with the whole balance.", amend: { markdown: amended, version: 2 } });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().briefVersion).toBe(3);
    const afterAnswer = (await contractor.call("GET", `/api/v1/briefs/${bid}`)).json();
    expect(afterAnswer).toMatchObject({ version: 3, changedSinceClaim: true, markdown: amended });
    expect(afterAnswer.versions[2]).toMatchObject({ n: 3, questionId: q.json().id });
    expect(afterAnswer.questions[0]).toMatchObject({ answer: "Yes, with the whole balance.", amendedVersion: 3 });

    // Round 1: evidence for every criterion is required.
    const criteria = afterAnswer.criteria as { id: string; text: string }[];
    expect(criteria.length).toBeGreaterThanOrEqual(3);
    const partial = await contractor.call("POST", `/api/v1/briefs/${bid}/deliverables`, { links: ["https://github.com/acme/pay/pull/7"], notes: "", evidence: evidenceFor(criteria).slice(1) });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.fields.evidence).toContain(criteria[0].id);
    const r1 = await contractor.call("POST", `/api/v1/briefs/${bid}/deliverables`, {
      links: ["https://github.com/acme/pay/pull/7"],
      notes: "Row lock on the payment.",
      evidence: evidenceFor(criteria),
    });
    expect(r1.statusCode).toBe(201);
    expect(r1.json()).toMatchObject({ round: 1, briefVersion: 3, brief: { state: "in_review" } });
    expect((await client.call("GET", "/api/v1/me/inbox")).json().items.some((i: { kind: string; briefId: string }) => i.kind === "review" && i.briefId === bid)).toBe(true);

    const unknown = await client.call("POST", `/api/v1/deliverables/${r1.json().id}/review`, {
      criteria: [...criteria.map((c) => ({ criterionId: c.id, verdict: "accepted" })), { criterionId: "ac-nothere", verdict: "accepted" }],
    });
    expect(unknown.statusCode).toBe(400);
    const noComment = await client.call("POST", `/api/v1/deliverables/${r1.json().id}/review`, {
      criteria: criteria.map((c, i) => ({ criterionId: c.id, verdict: i === 1 ? "changes" : "accepted" })),
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields["criteria.1.comment"]).toBeTruthy();
    const changes = await client.call("POST", `/api/v1/deliverables/${r1.json().id}/review`, {
      criteria: criteria.map((c, i) => ({ criterionId: c.id, verdict: i === 1 ? "changes" : "accepted", comment: i === 1 ? "The 422 body must name the field." : "" })),
      summary: "Close.",
    });
    expect(changes.statusCode).toBe(200);
    expect(changes.json()).toMatchObject({ outcome: "changes_requested", brief: { state: "changes_requested" } });
    expect((await contractor.call("GET", "/api/v1/me/inbox")).json().items.some((i: { kind: string; briefId: string }) => i.kind === "feedback" && i.briefId === bid)).toBe(true);

    // Round 2, accepted.
    const r2 = await contractor.call("POST", `/api/v1/briefs/${bid}/deliverables`, { links: ["https://github.com/acme/pay/pull/8"], notes: "Field named.", evidence: evidenceFor(criteria) });
    expect(r2.statusCode).toBe(201);
    expect(r2.json().round).toBe(2);
    const accept = await client.call("POST", `/api/v1/deliverables/${r2.json().id}/review`, { criteria: criteria.map((c) => ({ criterionId: c.id, verdict: "accepted" })) });
    expect(accept.statusCode).toBe(200);
    expect(accept.json().brief.state).toBe("accepted");

    // A comment with a mention.
    const comment = await contractor.call("POST", `/api/v1/briefs/${bid}/comments`, { markdown: "Thanks @yamada, shipping notes are in the PR." });
    expect(comment.statusCode).toBe(201);
    expect(comment.json().mentions).toEqual([client.id]);

    // Ship; shipping again with the same reference is a no-op.
    expect((await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "shipped" })).statusCode).toBe(400);
    const ship = await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "shipped", releaseRef: "v2.3.0" });
    expect(ship.statusCode).toBe(200);
    expect(ship.json()).toMatchObject({ state: "shipped", releaseRef: "v2.3.0" });
    expect((await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "shipped", releaseRef: "v2.3.0" })).statusCode).toBe(200);
    expect((await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "shipped", releaseRef: "v9.9.9" })).statusCode).toBe(409);

    // The engagement ended: read-only, with a summary.
    const e = (await staff.call("GET", `/api/v1/engagements/${eid}`)).json();
    expect(e.state).toBe("ended");
    expect(e.endedAt).toBeTruthy();
    expect(e.summary).toEqual({ briefsShipped: 1, briefsCancelled: 0, rounds: { [bid]: 2 }, questionsAsked: 1 });
    const late = await client.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "More", markdown: CLEAN_BRIEF });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.id).toBe("engagement_ended");

    // The audit lists every step, in order, as JSON and CSV.
    const audit = await client.call("GET", `/api/v1/engagements/${eid}/audit`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json().events.map((x: { action: string }) => x.action)).toEqual([
      "engagement.created",
      "brief.created",
      "brief.edited",
      "brief.ready",
      "brief.claimed",
      "question.asked",
      "brief.edited",
      "question.answered",
      "deliverable.submitted",
      "brief.changes_requested",
      "deliverable.submitted",
      "brief.accepted",
      "comment.created",
      "comment.mentioned",
      "brief.shipped",
      "engagement.ended",
    ]);
    const csv = await client.call("GET", `/api/v1/engagements/${eid}/audit?format=csv`);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]).toBe("seq,at,actor_id,actor,action,entity_type,entity_id,summary");
    expect(lines.length).toBe(17);
    expect(lines[15]).toContain("brief.shipped");
  });

  it("hides engagements and briefs from contractors not assigned and from other organisations (404)", async () => {
    const e = await staff.call("POST", "/api/v1/engagements", { orgId: sakura, title: "Hidden", scope: "x", contractorIds: [contractor.id], reviewerIds: [] });
    const eid = e.json().id;
    const b = await client.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "T", markdown: CLEAN_BRIEF });
    const bid = b.json().id;
    await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "ready" });
    for (const who of [otherContractor, otherClient]) {
      expect((await who.call("GET", `/api/v1/engagements/${eid}`)).statusCode).toBe(404);
      expect((await who.call("GET", `/api/v1/briefs/${bid}`)).statusCode).toBe(404);
      expect((await who.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "in_progress" })).statusCode).toBe(404);
      expect((await who.call("GET", `/api/v1/engagements/${eid}/audit`)).statusCode).toBe(404);
    }
    const list = (await otherContractor.call("GET", "/api/v1/engagements")).json().engagements.map((x: { id: string }) => x.id);
    expect(list).not.toContain(eid);
    expect((await contractor.call("GET", `/api/v1/engagements/${eid}`)).statusCode).toBe(200);
    // A draft stays the client's: its events are not in the contractor's audit either.
    const draft = (await client.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "Secret draft", markdown: CLEAN_BRIEF })).json().id;
    const seen = (await contractor.call("GET", `/api/v1/engagements/${eid}/audit`)).json().events.map((x: { entityId: string; summary: string }) => x.summary).join("\n");
    expect(seen).not.toContain("Secret draft");
    expect(seen).toContain('"T"');
    const all = (await client.call("GET", `/api/v1/engagements/${eid}/audit`)).json().events.map((x: { entityId: string }) => x.entityId);
    expect(all).toContain(draft);
  });

  it("answers illegal moves with 409 and what is allowed, large briefs with 413, stale saves with 409", async () => {
    const e = await staff.call("POST", "/api/v1/engagements", { orgId: sakura, title: "Edges", scope: "x", contractorIds: [contractor.id], reviewerIds: [] });
    const eid = e.json().id;
    const bid = (await client.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "T", markdown: CLEAN_BRIEF })).json().id;
    const illegal = await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "shipped", releaseRef: "v1" });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error).toMatchObject({ id: "illegal_transition", allowed: ["ready", "cancelled"] });
    const big = await client.call("PUT", `/api/v1/briefs/${bid}`, { markdown: "x".repeat(600 * 1024) }, { "if-match": "1" });
    expect(big.statusCode).toBe(413);
    const justOver = await client.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "Big", markdown: "é".repeat(262_200) });
    expect(justOver.statusCode).toBe(413);
    expect((await client.call("PUT", `/api/v1/briefs/${bid}`, { markdown: CLEAN_BRIEF })).statusCode).toBe(428);
    const stale = await client.call("PUT", `/api/v1/briefs/${bid}`, { markdown: "old" }, { "if-match": "7" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ id: "stale_version", current: { version: 1, markdown: CLEAN_BRIEF }, yours: "old" });
    expect((await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "cancelled" })).statusCode).toBe(400);
    const staffReady = await staff.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "Override", markdown: DRAFT_WITH_FINDINGS });
    const oid = staffReady.json().id;
    expect((await staff.call("POST", `/api/v1/briefs/${oid}/transitions`, { to: "ready" })).statusCode).toBe(409);
    const over = await staff.call("POST", `/api/v1/briefs/${oid}/transitions`, { to: "ready", reason: "Agreed on a call with the client; the criteria are in the ticket." });
    expect(over.statusCode).toBe(200);
    expect(over.json().readyOverride).toMatchObject({ reason: "Agreed on a call with the client; the criteria are in the ticket." });
    const cancel = await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "cancelled", reason: "Merged into another brief." });
    expect(cancel.json()).toMatchObject({ state: "cancelled", cancelReason: "Merged into another brief." });
    const after = await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "cancelled", reason: "again" });
    expect(after.statusCode).toBe(409);
    expect(after.json().error.allowed).toEqual([]);
  });

  it("records the brief version a deliverable was made against when the brief changed after the claim", async () => {
    const e = await staff.call("POST", "/api/v1/engagements", { orgId: sakura, title: "Moving target", scope: "x", contractorIds: [contractor.id], reviewerIds: [] });
    const bid = (await client.call("POST", `/api/v1/engagements/${e.json().id}/briefs`, { title: "T", markdown: CLEAN_BRIEF })).json().id;
    await client.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "ready" });
    const claimed = (await contractor.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "in_progress" })).json();
    const oldCriteria = claimed.criteria as { id: string; text: string }[];
    const changed = CLEAN_BRIEF.replace("exactly 5 succeed.", "exactly 5 succeed.\n- Every refund writes one audit row with the operator id.");
    expect((await client.call("PUT", `/api/v1/briefs/${bid}`, { markdown: changed }, { "if-match": "1" })).statusCode).toBe(200);
    const d = await contractor.call("POST", `/api/v1/briefs/${bid}/deliverables`, { links: [], notes: "", evidence: evidenceFor(oldCriteria) });
    expect(d.statusCode).toBe(201);
    expect(d.json()).toMatchObject({ briefVersion: 1, brief: { version: 2, state: "in_review" } });
    const bad = await contractor.call("POST", `/api/v1/briefs/${bid}/deliverables`, { links: ["javascript:alert(1)"], notes: "", evidence: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields["links.0"]).toMatch(/http/);
  });
});
