import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BRIEF_STATES, TRANSITIONS, type BriefState } from "../../src/core/workflow/index.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { CLEAN_BRIEF, caller, evidenceFor, orgId, type Caller } from "./support.js";

const WHO = ["staff", "owner", "member", "assigned", "unassigned", "other-org"] as const;
type Who = (typeof WHO)[number];

type Action = { who: Who; kind: "transition"; to: BriefState } | { who: Who; kind: "submit" } | { who: Who; kind: "review"; verdicts: boolean[] };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ who: fc.constantFrom(...WHO), kind: fc.constant("transition" as const), to: fc.constantFrom(...BRIEF_STATES) }),
  fc.record({ who: fc.constantFrom(...WHO), kind: fc.constant("submit" as const) }),
  fc.record({ who: fc.constantFrom(...WHO), kind: fc.constant("review" as const), verdicts: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }) }),
);

const legal = (from: BriefState, to: BriefState) => from === to || TRANSITIONS.some((t) => t.from === from && t.to === to);

/**
 * Random sequences of moves by random people over HTTP: the brief never
 * reaches a state outside the table, every refusal is a 409 or a 404 (never a
 * 400 for well-formed input, never a 500), and a 2xx move lands where it said.
 */
describe.each(ENGINES)("workflow property over HTTP on %s", (engine) => {
  let t: TestApp;
  let people: Record<Who, Caller>;
  let sakura: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    people = {
      staff: await caller(t.app, db, "staff@cleansystems.example"),
      owner: await caller(t.app, db, "yamada@sakura-payments.example"),
      member: await caller(t.app, db, "aiko@sakura-payments.example"),
      assigned: await caller(t.app, db, "sam@cleansystems.example"),
      unassigned: await caller(t.app, db, "dewi@cleansystems.example"),
      "other-org": await caller(t.app, db, "freja@nordlys.example"),
    };
    sakura = await orgId(db, "sakura-payments");
  });
  afterAll(() => t.close());

  it("never leaves the table and refuses with 409 or 404 only", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        const e = await people.staff.call("POST", "/api/v1/engagements", {
          orgId: sakura, title: "Property", scope: "x", contractorIds: [people.assigned.id], reviewerIds: [people.owner.id],
        });
        const bid = (await people.owner.call("POST", `/api/v1/engagements/${e.json().id}/briefs`, { title: "P", markdown: CLEAN_BRIEF })).json().id as string;
        let state: BriefState = "draft";
        for (const a of actions) {
          const view = (await people.staff.call("GET", `/api/v1/briefs/${bid}`)).json();
          const who = people[a.who];
          let res;
          if (a.kind === "transition") {
            res = await who.call("POST", `/api/v1/briefs/${bid}/transitions`, { to: a.to, reason: "A written reason.", releaseRef: "v1.0.0" });
          } else if (a.kind === "submit") {
            res = await who.call("POST", `/api/v1/briefs/${bid}/deliverables`, { links: ["https://example.com/pr/1"], notes: "n", evidence: evidenceFor(view.criteria) });
          } else {
            const d = view.deliverables.at(-1);
            if (!d) continue;
            res = await who.call("POST", `/api/v1/deliverables/${d.id}/review`, {
              criteria: view.criteria.map((c: { id: string }, i: number) => ({ criterionId: c.id, verdict: a.verdicts[i % 3] ? "accepted" : "changes", comment: "Written feedback." })),
            });
          }
          expect([200, 201, 404, 409], `${a.who} ${a.kind} ${"to" in a ? a.to : ""} from ${state}: ${res.body}`).toContain(res.statusCode);
          const next = (await people.staff.call("GET", `/api/v1/briefs/${bid}`)).json().state as BriefState;
          expect(BRIEF_STATES).toContain(next);
          expect(legal(state, next), `${state} → ${next}`).toBe(true);
          if (res.statusCode >= 400) expect(next).toBe(state);
          if (a.kind === "transition" && res.statusCode === 200) expect(next).toBe(a.to);
          if (res.statusCode === 409) expect(["illegal_transition", "engagement_ended", "already_reviewed"]).toContain(res.json().error.id);
          state = next;
        }
      }),
      { numRuns: 15 },
    );
  });
});
