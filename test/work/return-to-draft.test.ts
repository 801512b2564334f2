/**
 * A ready brief nobody has claimed goes back to draft when an edit brings
 * checker findings back (unless staff overrode the gate), on every engine:
 * the event says how many problems the checker found and the brief page
 * shows it; nobody can ask for that move themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBrief } from "../../src/commands/briefs.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";
import { CLEAN_BRIEF, DRAFT_WITH_FINDINGS, caller, orgId, type Caller } from "./support.js";

describe.each(ENGINES)("ready → draft on %s", (engine) => {
  let t: TestApp;
  let staff: Caller, owner: Caller, contractor: Caller;
  let eid: string;
  const findings = checkBrief(DRAFT_WITH_FINDINGS).findings.length;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    staff = await caller(t.app, db, "staff@cleansystems.example");
    owner = await caller(t.app, db, "yamada@sakura-payments.example");
    contractor = await caller(t.app, db, "sam@cleansystems.example");
    const e = await staff.call("POST", "/api/v1/engagements", { orgId: await orgId(db, "sakura-payments"), title: "Drafts", scope: "x", contractorIds: [contractor.id], reviewerIds: [owner.id] });
    eid = e.json().id;
  });
  afterAll(() => t.close());

  async function readyBrief(title: string): Promise<string> {
    const bid = (await owner.call("POST", `/api/v1/engagements/${eid}/briefs`, { title, markdown: CLEAN_BRIEF })).json().id as string;
    expect((await owner.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "ready" })).json().state).toBe("ready");
    return bid;
  }
  const events = async (bid: string) =>
    (await t.database.db.selectFrom("events").selectAll().where("entity_id", "=", bid).where("action", "=", "brief.returned_to_draft").execute());

  it("moves an unclaimed ready brief back to draft when an edit brings findings, with an event and a notice", async () => {
    expect(findings).toBeGreaterThan(1);
    const bid = await readyBrief("Goes back");
    const saved = await owner.call("PUT", `/api/v1/briefs/${bid}`, { markdown: DRAFT_WITH_FINDINGS }, { "if-match": "1" });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ state: "draft", version: 2 });
    const [ev] = await events(bid);
    expect(ev.actor_id).toBeNull();
    expect(ev.summary).toBe(`"Goes back" returned to draft: the checker found ${findings} problems in version 2, saved by 山田太郎`);
    expect(JSON.parse(ev.data)).toMatchObject({ from: "ready", to: "draft", version: 2, findings });

    const page = await (await signedIn(t.app, "yamada@sakura-payments.example")).get(`/briefs/${bid}`);
    expect(page.body).toContain('id="returned-to-draft"');
    expect(page.body).toContain(`returned to draft: the checker found ${findings} problems`);
    // The gate holds again; a clean edit leaves it a draft until someone marks it ready.
    expect((await owner.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "ready" })).statusCode).toBe(409);
    expect((await owner.call("PUT", `/api/v1/briefs/${bid}`, { markdown: CLEAN_BRIEF }, { "if-match": "2" })).json().state).toBe("draft");
    expect((await owner.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "ready" })).json().state).toBe("ready");
    expect((await (await signedIn(t.app, "yamada@sakura-payments.example")).get(`/briefs/${bid}`)).body).not.toContain('id="returned-to-draft"');
  });

  it("keeps a brief ready on a clean edit, after a claim, and when staff overrode the gate", async () => {
    const clean = await readyBrief("Clean edit");
    expect((await owner.call("PUT", `/api/v1/briefs/${clean}`, { markdown: `${CLEAN_BRIEF}\n` }, { "if-match": "1" })).json().state).toBe("ready");

    const claimed = await readyBrief("Claimed");
    expect((await contractor.call("POST", `/api/v1/briefs/${claimed}/transitions`, { to: "in_progress" })).statusCode).toBe(200);
    expect((await owner.call("PUT", `/api/v1/briefs/${claimed}`, { markdown: DRAFT_WITH_FINDINGS }, { "if-match": "1" })).json().state).toBe("in_progress");

    const overridden = (await owner.call("POST", `/api/v1/engagements/${eid}/briefs`, { title: "Overridden", markdown: DRAFT_WITH_FINDINGS })).json().id as string;
    expect((await staff.call("POST", `/api/v1/briefs/${overridden}/transitions`, { to: "ready", reason: "The client explained the context on a call; notes follow." })).json().state).toBe("ready");
    expect((await owner.call("PUT", `/api/v1/briefs/${overridden}`, { markdown: `${DRAFT_WITH_FINDINGS}\nMore TBD.\n` }, { "if-match": "1" })).json().state).toBe("ready");
    for (const b of [clean, claimed, overridden]) expect(await events(b)).toEqual([]);
  });

  it("goes back to draft when an answer folded into a ready brief brings findings", async () => {
    const bid = await readyBrief("Folded");
    const q = await contractor.call("POST", `/api/v1/briefs/${bid}/questions`, { text: "Which currency?" });
    expect(q.statusCode).toBe(201);
    const a = await owner.call("POST", `/api/v1/questions/${q.json().id}/answer`, { text: "Yen.", amend: { markdown: DRAFT_WITH_FINDINGS, version: 1 } });
    expect(a.statusCode).toBe(200);
    expect((await owner.call("GET", `/api/v1/briefs/${bid}`)).json().state).toBe("draft");
    expect(await events(bid)).toHaveLength(1);
  });

  it("refuses a request to move a ready brief to draft, whoever asks", async () => {
    const bid = await readyBrief("Not on request");
    for (const who of [staff, owner, contractor]) {
      const res = await who.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: "draft" });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.id).toBe("illegal_transition");
    }
  });
});
