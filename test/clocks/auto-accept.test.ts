import { afterEach, describe, expect, it } from "vitest";
import { tickClocks } from "../../src/commands/clocks.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";

/**
 * Auto-accept on a simulated clock. The demo seed's Sakura engagement has
 * "Partial refunds endpoint" in review (round 1 by Dewi); its reviewer is
 * 山田太郎 in Tokyo, Mon–Fri 09:00–18:00 with Japanese holidays, so one of
 * her working days is 9 h and "2 working days" is 18 h of her working time:
 * 50 % = 9 h, 90 % = 16 h 12 min, 100 % = 18 h.
 */
const JST = (local: string) => Date.parse(`${local}+09:00`);
const MIN = 60_000;
const REMINDER = "deliverable.auto_accept_reminder";

interface World {
  t: TestApp;
  engagementId: string;
  briefId: string;
  deliverableId: string;
}

describe.each(ENGINES)("auto-accept on %s", (engine) => {
  let w: World | undefined;
  afterEach(async () => {
    await w?.t.close();
    w = undefined;
  });

  /** A fresh demo world with round 1 submitted at `submitted` (JST) and, unless null, auto-accept after `days`. */
  async function world(submitted: string, days: number | null): Promise<World> {
    const t = await createTestApp(engine);
    const db = t.database.db;
    const org = await db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirstOrThrow();
    const e = await db.selectFrom("engagements").select("id").where("org_id", "=", org.id).executeTakeFirstOrThrow();
    const brief = await db.selectFrom("briefs").select("id").where("engagement_id", "=", e.id).where("state", "=", "in_review").executeTakeFirstOrThrow();
    const d = await db.selectFrom("deliverables").select("id").where("brief_id", "=", brief.id).where("state", "=", "in_review").executeTakeFirstOrThrow();
    await db.updateTable("deliverables").set({ created_at: new Date(JST(submitted)).toISOString() }).where("id", "=", d.id).execute();
    t.clock.now = JST(submitted);
    if (days !== null) {
      const staff = await signedIn(t.app, "staff@cleansystems.example");
      const put = await staff.api("PUT", `/api/v1/engagements/${e.id}/clock-policy`, { answerDays: 1, reviewDays: 2, changesDays: 2, startDays: 1, autoAcceptDays: days });
      expect(put.statusCode).toBe(200);
    }
    return { t, engagementId: e.id, briefId: brief.id, deliverableId: d.id };
  }

  const tick = async (at: number) => {
    w!.t.clock.now = at;
    return tickClocks(w!.t.database.db, at);
  };
  /** The reminder events of the round, oldest first, as [percent, accept-at]. */
  const reminders = async () =>
    (await w!.t.database.db.selectFrom("events").select(["data", "seq"]).where("action", "=", REMINDER).where("entity_id", "=", w!.deliverableId).orderBy("seq").execute()).map((r) => {
      const data = JSON.parse(r.data) as { percent: number; dueAt: string };
      return [data.percent, data.dueAt];
    });
  const state = async () => (await w!.t.database.db.selectFrom("briefs").select("state").where("id", "=", w!.briefId).executeTakeFirstOrThrow()).state;
  const reviews = async () => w!.t.database.db.selectFrom("reviews").selectAll().where("deliverable_id", "=", w!.deliverableId).execute();

  it("reminds at exactly 50 % and 90 % of the reviewer's working time, once each, and accepts at 100 % with the reason", async () => {
    w = await world("2027-03-01T09:00:00", 2); // Mon 1 March 2027, 09:00 JST
    const acceptAt = new Date(JST("2027-03-02T18:00:00")).toISOString(); // Tue 18:00 JST
    expect(await tick(JST("2027-03-01T17:59:00"))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await reminders()).toEqual([]);

    expect(await tick(JST("2027-03-01T18:00:00"))).toEqual({ reminders: 1, autoAccepted: 0 }); // 9 h: 50 %
    expect(await tick(JST("2027-03-01T18:01:00"))).toEqual({ reminders: 0, autoAccepted: 0 }); // evening: her clock stands
    expect(await tick(JST("2027-03-02T12:00:00"))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await reminders()).toEqual([[50, acceptAt]]);

    expect(await tick(JST("2027-03-02T16:12:00") - MIN)).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await tick(JST("2027-03-02T16:12:00"))).toEqual({ reminders: 1, autoAccepted: 0 }); // 16 h 12 min: 90 %
    expect(await tick(JST("2027-03-02T17:00:00"))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await reminders()).toEqual([
      [50, acceptAt],
      [90, acceptAt],
    ]);

    expect(await tick(JST("2027-03-02T18:00:00") - MIN)).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await state()).toBe("in_review");
    expect(await tick(JST("2027-03-02T18:00:00"))).toEqual({ reminders: 0, autoAccepted: 1 });
    expect(await tick(JST("2027-03-03T10:00:00"))).toEqual({ reminders: 0, autoAccepted: 0 }); // once

    expect(await state()).toBe("accepted");
    const [review] = await reviews();
    expect(review.outcome).toBe("accepted");
    expect(review.summary).toBe("Accepted automatically: no review within 2 working day(s) of the reviewer.");
    const verdicts = JSON.parse(review.verdicts) as { verdict: string }[];
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v.verdict === "accepted")).toBe(true);
    const db = w.t.database.db;
    const d = await db.selectFrom("deliverables").select("state").where("id", "=", w.deliverableId).executeTakeFirstOrThrow();
    expect(d.state).toBe("accepted");
    const clock = await db.selectFrom("clocks").selectAll().where("kind", "=", "review").where("subject_id", "=", w.deliverableId).executeTakeFirstOrThrow();
    expect(clock.stopped_at).toBe(acceptAt);
    const accepted = await db.selectFrom("events").select(["summary", "data"]).where("action", "=", "brief.accepted").where("entity_id", "=", w.deliverableId).execute();
    expect(accepted).toHaveLength(1);
    expect(JSON.parse(accepted[0].data)).toMatchObject({ auto: true, outcome: "accepted", reviewId: review.id, briefId: w.briefId, engagementId: w.engagementId });

    // The reader sees it: the brief is accepted and the review carries the reason.
    const yamada = await signedIn(w.t.app, "yamada@sakura-payments.example");
    const brief = (await yamada.api("GET", `/api/v1/briefs/${w.briefId}`)).json();
    expect(brief.state).toBe("accepted");
    expect(JSON.stringify(brief.deliverables)).toContain("Accepted automatically: no review within 2 working day(s) of the reviewer.");
    const page = await yamada.get(`/briefs/${w.briefId}`);
    expect(page.body).toContain("Accepted automatically");
  });

  it("pauses over the Tokyo reviewer's Golden Week", async () => {
    // Wed 28 April 15:00 JST. Her 18 h: Wed 3 h, (Thu 29 Shōwa Day), Fri 30 9 h, (weekend, 3–5 May holidays), Thu 6 May 6 h.
    w = await world("2027-04-28T15:00:00", 2);
    const acceptAt = new Date(JST("2027-05-06T15:00:00")).toISOString();
    expect(await tick(JST("2027-04-29T17:00:00"))).toEqual({ reminders: 0, autoAccepted: 0 }); // Shōwa Day: still 3 h
    expect(await tick(JST("2027-04-30T14:59:00"))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await tick(JST("2027-04-30T15:00:00"))).toEqual({ reminders: 1, autoAccepted: 0 }); // 9 h
    // Three calendar days later the clock has not moved: Constitution, Greenery and Children's Day.
    for (const at of ["2027-05-03T12:00:00", "2027-05-04T12:00:00", "2027-05-05T17:59:00"]) expect(await tick(JST(at))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await state()).toBe("in_review");
    expect(await tick(JST("2027-05-06T13:12:00"))).toEqual({ reminders: 1, autoAccepted: 0 }); // 16 h 12 min
    expect(await tick(JST("2027-05-06T14:59:00"))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await tick(JST("2027-05-06T15:00:00"))).toEqual({ reminders: 0, autoAccepted: 1 });
    expect(await reminders()).toEqual([
      [50, acceptAt],
      [90, acceptAt],
    ]);
    expect(await state()).toBe("accepted");
  });

  it("does nothing while auto-accept is off, which is the default", async () => {
    w = await world("2027-03-01T09:00:00", null);
    const yamada = await signedIn(w.t.app, "yamada@sakura-payments.example");
    expect((await yamada.api("GET", `/api/v1/engagements/${w.engagementId}/clock-policy`)).json()).toMatchObject({ autoAcceptDays: null });
    for (const at of ["2027-03-01T18:00:00", "2027-03-02T18:00:00", "2027-03-31T12:00:00"]) expect(await tick(JST(at))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await reminders()).toEqual([]);
    expect(await reviews()).toEqual([]);
    expect(await state()).toBe("in_review");
  });

  /** Staff set the engagement's policy at the simulated `at`. */
  const setPolicy = async (at: number, policy: { reviewDays?: number; autoAcceptDays: number | null }) => {
    w!.t.clock.now = at;
    const staff = await signedIn(w!.t.app, "staff@cleansystems.example");
    const res = await staff.api("PUT", `/api/v1/engagements/${w!.engagementId}/clock-policy`, { answerDays: 1, reviewDays: 2, changesDays: 2, startDays: 1, ...policy });
    expect(res.statusCode).toBe(200);
  };

  it("counts from the moment auto-accept is turned on, so a round that already waited longer is not accepted unwarned", async () => {
    w = await world("2027-03-01T09:00:00", null);
    expect(await tick(JST("2027-03-03T12:00:00"))).toEqual({ reminders: 0, autoAccepted: 0 });
    await setPolicy(JST("2027-03-04T09:00:00"), { autoAcceptDays: 2 }); // Thu 09:00 JST: 2 days = Fri 18:00
    const acceptAt = new Date(JST("2027-03-05T18:00:00")).toISOString();
    expect(await tick(JST("2027-03-04T09:00:00"))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await tick(JST("2027-03-04T17:59:00"))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await tick(JST("2027-03-04T18:00:00"))).toEqual({ reminders: 1, autoAccepted: 0 });
    // Changing another allowance leaves the countdown where it is.
    await setPolicy(JST("2027-03-05T10:00:00"), { reviewDays: 3, autoAcceptDays: 2 });
    expect(await tick(JST("2027-03-05T16:12:00"))).toEqual({ reminders: 1, autoAccepted: 0 });
    expect(await tick(JST("2027-03-05T18:00:00"))).toEqual({ reminders: 0, autoAccepted: 1 });
    expect(await reminders()).toEqual([
      [50, acceptAt],
      [90, acceptAt],
    ]);
  });

  it("a new N restarts the countdown; turning auto-accept off stops it", async () => {
    w = await world("2027-03-01T09:00:00", 2);
    expect(await tick(JST("2027-03-01T18:00:00"))).toEqual({ reminders: 1, autoAccepted: 0 });
    await setPolicy(JST("2027-03-02T09:00:00"), { autoAcceptDays: 1 }); // 1 day from Tue 09:00 = Tue 18:00
    expect(await tick(JST("2027-03-02T13:30:00"))).toEqual({ reminders: 0, autoAccepted: 0 }); // 50 % of the new N: already reminded at that level
    expect(await tick(JST("2027-03-02T17:06:00"))).toEqual({ reminders: 1, autoAccepted: 0 }); // 90 %
    await setPolicy(JST("2027-03-02T17:30:00"), { autoAcceptDays: null });
    for (const at of ["2027-03-02T18:00:00", "2027-03-10T12:00:00"]) expect(await tick(JST(at))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await state()).toBe("in_review");
    expect(await reviews()).toEqual([]);
  });

  it("after the ticker was down past both thresholds it sends the 90 % reminder only, then accepts on time", async () => {
    w = await world("2027-03-01T09:00:00", 2);
    expect(await tick(JST("2027-03-02T17:00:00"))).toEqual({ reminders: 1, autoAccepted: 0 });
    expect((await reminders()).map(([p]) => p)).toEqual([90]);
    expect(await tick(JST("2027-03-02T18:00:00"))).toEqual({ reminders: 0, autoAccepted: 1 });
  });

  it("stops when the reviewer reviews before N: no further reminder, no acceptance", async () => {
    w = await world("2027-03-01T09:00:00", 2);
    expect(await tick(JST("2027-03-01T18:00:00"))).toEqual({ reminders: 1, autoAccepted: 0 });
    w.t.clock.now = JST("2027-03-02T10:00:00");
    const yamada = await signedIn(w.t.app, "yamada@sakura-payments.example");
    const brief = (await yamada.api("GET", `/api/v1/briefs/${w.briefId}`)).json() as { criteria: { id: string }[] };
    const verdicts = brief.criteria.map((c, i) => ({ criterionId: c.id, verdict: i === 0 ? "changes" : "accepted", comment: i === 0 ? "Refund amounts above the charge must be refused." : "" }));
    const res = await yamada.api("POST", `/api/v1/deliverables/${w.deliverableId}/review`, { criteria: verdicts, summary: "One change." });
    expect(res.statusCode).toBe(200);

    for (const at of ["2027-03-02T16:12:00", "2027-03-02T18:00:00", "2027-03-10T12:00:00"]) expect(await tick(JST(at))).toEqual({ reminders: 0, autoAccepted: 0 });
    expect(await reminders()).toHaveLength(1);
    expect(await state()).toBe("changes_requested");
    expect((await reviews()).map((r) => [r.outcome, r.summary])).toEqual([["changes_requested", "One change."]]);
    const clock = await w.t.database.db.selectFrom("clocks").select("stopped_at").where("kind", "=", "review").where("subject_id", "=", w.deliverableId).executeTakeFirstOrThrow();
    expect(clock.stopped_at).not.toBeNull();
  });
});
