import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workingTimeBetween } from "../../src/core/hours/index.js";
import { personFromUser } from "../../src/models/people.js";
import { findUserByEmail } from "../../src/models/users.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";

/**
 * The demo seed gives Sakura Payments (Tokyo, reviewer 山田太郎) an engagement
 * with Dewi (Jakarta): "Partial refunds endpoint" in review with round 1, and
 * "Refund status lookup" in progress with an open question. Tests pin the
 * moments those started (rows are written with the wall clock) and move the
 * app's clock, so due times are exact.
 */
const T = (s: string) => Date.parse(s);

describe.each(ENGINES)("clocks over HTTP on %s", (engine) => {
  let t: TestApp;
  let sakuraEngagement: string;
  let reviewBrief: string;
  let questionBrief: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const org = await db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirstOrThrow();
    sakuraEngagement = (await db.selectFrom("engagements").select("id").where("org_id", "=", org.id).executeTakeFirstOrThrow()).id;
    reviewBrief = (await db.selectFrom("briefs").select("id").where("engagement_id", "=", sakuraEngagement).where("state", "=", "in_review").executeTakeFirstOrThrow()).id;
    questionBrief = (await db.selectFrom("briefs").select("id").where("engagement_id", "=", sakuraEngagement).where("state", "=", "in_progress").executeTakeFirstOrThrow()).id;
    // Round 1 submitted Mon 1 Mar 2027 09:00 JST; the question asked Mon 11:00 JST.
    await db.updateTable("deliverables").set({ created_at: "2027-03-01T00:00:00.000Z" }).where("brief_id", "=", reviewBrief).execute();
    await db.updateTable("questions").set({ created_at: "2027-03-01T02:00:00.000Z" }).where("brief_id", "=", questionBrief).execute();
    t.clock.now = T("2027-03-01T03:00:00Z"); // Mon 12:00 JST
  });
  afterAll(() => t.close());

  it("lists what waits on the reviewer soonest due first, in her zone with the contractor's beside it, with states", async () => {
    const yamada = await signedIn(t.app, "yamada@sakura-payments.example");
    const res = await yamada.api("GET", "/api/v1/me/waiting");
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { kind: string; text: string; state: string; stateLabel: string; dueAt: string; briefId: string }[];
    const sakura = items.filter((i) => i.briefId === reviewBrief || i.briefId === questionBrief);
    // A working day of 09:00–18:00 is 9 h: the answer is due Tue 11:00, the review (2 days) Tue 18:00.
    expect(sakura.map((i) => [i.kind, i.text, i.state])).toEqual([
      ["answer", "due Tue 11:00 JST · Tue 09:00 WIB for Dewi Lestari", "on_track"],
      ["review", "due Tue 18:00 JST · Tue 16:00 WIB for Dewi Lestari", "on_track"],
    ]);
    const dues = items.map((i) => i.dueAt);
    expect([...dues].sort()).toEqual(dues);

    t.clock.now = T("2027-03-01T23:00:00Z"); // Tue 08:00 JST: 2 working hours left on the answer
    const soon = (await yamada.api("GET", "/api/v1/me/waiting")).json().items.find((i: { kind: string }) => i.kind === "answer");
    expect([soon.state, soon.stateLabel]).toEqual(["due_soon", "due within 4 working hours"]);

    t.clock.now = T("2027-03-02T03:00:00Z"); // Tue 12:00 JST
    const late = (await yamada.api("GET", "/api/v1/me/waiting")).json().items.find((i: { kind: string }) => i.kind === "answer");
    expect(late.state).toBe("overdue");
    const digestPage = await yamada.get("/inbox/digest");
    expect(digestPage.statusCode).toBe(200);
    expect(digestPage.body).toContain('data-state="overdue"');
    t.clock.now = T("2027-03-01T03:00:00Z");
  });

  it("sorts the inbox by due time with states, flags overdue items, and shows due times and people on the engagement page", async () => {
    const yamada = await signedIn(t.app, "yamada@sakura-payments.example");
    t.clock.now = T("2027-03-02T05:30:00Z"); // Tue 14:30 JST: the answer is overdue, the review (Tue 18:00) due soon
    const inbox = (await yamada.api("GET", "/api/v1/me/inbox")).json().items as { kind: string; due?: { state: string; dueAt: string } }[];
    const withDue = inbox.filter((i) => i.due);
    expect(withDue.map((i) => [i.kind, i.due!.state])).toEqual([
      ["question", "overdue"],
      ["review", "due_soon"],
    ]);
    // Items with a clock come first, soonest due first; the rest (nothing due) follow.
    expect(inbox.slice(0, withDue.length)).toEqual(withDue);
    const page = await yamada.get("/inbox");
    expect(page.body).toMatch(/class="inbox-item is-overdue" data-kind="question"/);
    expect(page.body).toContain("due Tue 11:00 JST · Tue 09:00 WIB for Dewi Lestari");
    const board = await yamada.get(`/engagements/${sakuraEngagement}`);
    expect(board.statusCode).toBe(200);
    expect(board.body).toContain('class="card brief-card is-overdue"');
    expect(board.body).toContain("People and their time");
    expect(board.body).toContain("Shared working hours, next 14 days");
    t.clock.now = T("2027-03-01T03:00:00Z");
  });

  it("shows the contractor the same due time in his zone, marked for you, on the brief", async () => {
    const dewi = await signedIn(t.app, "dewi@cleansystems.example");
    const res = await dewi.api("GET", `/api/v1/briefs/${questionBrief}/clocks`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { text: string }) => i.text)).toEqual(["due Tue 11:00 JST · Tue 09:00 WIB for you"]);
    expect((await dewi.api("GET", "/api/v1/me/waiting")).json().items).toEqual([]);
  });

  it("keeps the reviewer's remaining working time when she travels, and recomputes the due time", async () => {
    const yamada = await signedIn(t.app, "yamada@sakura-payments.example");
    const before = (await yamada.api("GET", "/api/v1/me/waiting")).json().items.find((i: { kind: string }) => i.kind === "answer");
    const me = (await yamada.api("GET", "/api/v1/me/profile")).json();
    const res = await yamada.api("PUT", "/api/v1/me/profile", {
      timezone: me.timezone,
      workingHours: me.workingHours,
      holidayCountry: "JP",
      travel: [{ from: "2027-03-01", to: "2027-03-14", zone: "Europe/Copenhagen" }],
    });
    expect(res.statusCode).toBe(200);
    const after = (await yamada.api("GET", "/api/v1/me/waiting")).json().items.find((i: { kind: string }) => i.kind === "answer");
    expect(after.dueAt).not.toBe(before.dueAt);
    expect(after.ownerZone).toBe("Europe/Copenhagen");
    const user = (await findUserByEmail(t.database.db, "yamada@sakura-payments.example"))!;
    // 8 of the 9 working hours were left at Mon 12:00 JST; they still are, now counted in Copenhagen.
    expect(workingTimeBetween(personFromUser(user), t.clock.now, Date.parse(after.dueAt))).toBe(8 * 3_600_000);
    await yamada.api("PUT", "/api/v1/me/profile", { timezone: me.timezone, workingHours: me.workingHours, holidayCountry: "JP" });
  });

  it("saves and shows the profile's holiday country, time off and travel; refuses bad input naming the field", async () => {
    const aiko = await signedIn(t.app, "aiko@sakura-payments.example");
    const ok = await aiko.api("PUT", "/api/v1/me/profile", {
      timezone: "Asia/Tokyo",
      workingHours: { mon: [["22:00", "06:00"]], tue: [["10:00", "19:00"]] },
      holidayCountry: "jp",
      timeOff: [{ from: "2027-08-09", to: "2027-08-13" }],
      travel: [{ from: "2027-05-10", to: "2027-05-20", zone: "America/New_York" }],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ holidayCountry: "JP", timeOff: [{ from: "2027-08-09", to: "2027-08-13" }], travel: [{ zone: "America/New_York" }], defaultHours: false });
    const bad = async (body: object) => {
      const r = await aiko.api("PUT", "/api/v1/me/profile", { timezone: "Asia/Tokyo", ...body });
      expect(r.statusCode).toBe(400);
      return r.json().error.fields as Record<string, string>;
    };
    expect(Object.keys(await bad({ holidayCountry: "XX" }))).toEqual(["holidayCountry"]);
    expect(Object.keys(await bad({ timeOff: [{ from: "2027-08-13", to: "2027-08-09" }] }))[0]).toMatch(/^timeOff/);
    expect(Object.keys(await bad({ travel: [{ from: "2027-05-10", to: "2027-05-20", zone: "Mars/Base" }] }))[0]).toMatch(/^travel/);
    expect((await bad({ workingHours: { mon: [["09:00", "17:00"], ["16:00", "18:00"]] } })).workingHours).toMatch(/overlaps/);
    expect(Object.keys(await bad({ timezone: "Nowhere/City" }))).toEqual(["timezone"]);

    // The account page: text fields, one range per line, re-rendered with errors.
    await aiko.get("/account");
    const form = { name: "Aiko Tanaka", timezone: "Asia/Tokyo", mon_start: "10:00", mon_end: "19:00", holiday_country: "JP", time_off: "2027-08-09 to 2027-08-13\n2027-12-29", travel: "" };
    const wrong = await aiko.post("/account", { ...form, time_off: "next week", travel: "2027-05-10 to 2027-05-20" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("Line 1 (&quot;next week&quot;)");
    expect(wrong.body).toContain("write dates and a timezone");
    expect(wrong.body).toContain("next week</textarea>");
    const saved = await aiko.post("/account", form);
    expect(saved.statusCode).toBe(303);
    const page = await aiko.get("/account");
    expect(page.body).toContain("2027-08-09 to 2027-08-13\n2027-12-29</textarea>");
    expect(page.body).toContain('value="JP"');
    const p = (await aiko.api("GET", "/api/v1/me/profile")).json();
    expect(p.timeOff).toEqual([{ from: "2027-08-09", to: "2027-08-13" }, { from: "2027-12-29", to: "2027-12-29" }]);
  });

  it("a person without working hours gets Mon–Fri 09:00–17:00, and says so", async () => {
    const mads = await signedIn(t.app, "mads@nordlys.example");
    const r = await mads.api("PUT", "/api/v1/me/profile", { timezone: "Europe/Copenhagen", workingHours: null });
    expect(r.json()).toMatchObject({ defaultHours: true });
    t.clock.now = T("2027-03-01T09:00:00Z"); // Mon 10:00 CET
    expect((await mads.api("GET", "/api/v1/me/profile")).json()).toMatchObject({ workingNow: true, localTime: "Mon 10:00 CET" });
    t.clock.now = T("2027-03-01T03:00:00Z");
  });

  it("clock policy: everyone on the engagement reads it, only staff change it, bad values name the field", async () => {
    const url = `/api/v1/engagements/${sakuraEngagement}/clock-policy`;
    const yamada = await signedIn(t.app, "yamada@sakura-payments.example");
    expect((await yamada.api("GET", url)).json()).toMatchObject({ answerDays: 1, reviewDays: 2, changesDays: 2, startDays: 1, autoAcceptDays: null });
    const policy = { answerDays: 0.5, reviewDays: 3, changesDays: 2, startDays: 1, autoAcceptDays: 5 };
    expect((await yamada.api("PUT", url, policy)).statusCode).toBe(403);
    const freja = await signedIn(t.app, "freja@nordlys.example");
    expect((await freja.api("GET", url)).statusCode).toBe(404);
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const put = await staff.api("PUT", url, policy);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject(policy);
    const bad = await staff.api("PUT", url, { ...policy, answerDays: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.answerDays).toMatch(/at least/);
    // The staff page form re-renders with the error, then saves.
    await staff.get(`/engagements/${sakuraEngagement}/clock-policy`);
    const formBad = await staff.post(`/engagements/${sakuraEngagement}/clock-policy`, { answerDays: "soon", reviewDays: "2", changesDays: "2", startDays: "1", autoAcceptDays: "" });
    expect(formBad.statusCode).toBe(400);
    expect(formBad.body).toContain("as a number");
    const formOk = await staff.post(`/engagements/${sakuraEngagement}/clock-policy`, { answerDays: "1", reviewDays: "2", changesDays: "2", startDays: "1", autoAcceptDays: "" });
    expect(formOk.statusCode).toBe(303);
    expect((await yamada.api("GET", url)).json()).toMatchObject({ answerDays: 1, autoAcceptDays: null });
    expect((await yamada.get(`/engagements/${sakuraEngagement}/clock-policy`)).statusCode).toBe(403);
  });

  it("handoff notes: the next person reads the latest first; empty notes and outsiders are refused", async () => {
    const url = `/api/v1/briefs/${questionBrief}/handoff-notes`;
    const dewi = await signedIn(t.app, "dewi@cleansystems.example");
    await dewi.get("/account");
    const first = await dewi.api("POST", url, { progress: "Lookup endpoint returns 200 for known refunds.", openQuestions: "", blockers: "" });
    expect(first.statusCode).toBe(201);
    const second = await dewi.api("POST", url, { progress: "Added 404 for unknown ids.", openQuestions: "Which statuses?", blockers: "Waiting on the answer to my question." });
    expect(second.statusCode).toBe(201);
    const empty = await dewi.api("POST", url, { progress: "  ", openQuestions: "", blockers: "" });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.progress).toMatch(/next person/);
    const yamada = await signedIn(t.app, "yamada@sakura-payments.example");
    const list = await yamada.api("GET", url);
    expect(list.json().notes.map((n: { progress: string; authorName: string }) => [n.progress, n.authorName])).toEqual([
      ["Added 404 for unknown ids.", "Dewi Lestari"],
      ["Lookup endpoint returns 200 for known refunds.", "Dewi Lestari"],
    ]);
    const freja = await signedIn(t.app, "freja@nordlys.example");
    await freja.get("/account");
    expect((await freja.api("POST", url, { progress: "x" })).statusCode).toBe(404);
    // The form on the brief page posts here and comes back to the brief.
    await yamada.get("/account");
    const form = await yamada.post(`/briefs/${questionBrief}/handoff-notes`, { progress: "Answered in the brief.", openQuestions: "", blockers: "" });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe(`/briefs/${questionBrief}#handoff-notes`);
    const formEmpty = await yamada.post(`/briefs/${questionBrief}/handoff-notes`, { progress: "", openQuestions: "", blockers: "" });
    expect(formEmpty.statusCode).toBe(400);
    expect(formEmpty.body).toContain("Latest");
    expect(formEmpty.body).toContain("Answered in the brief.");
  });

  it("shows each person's local time, whether they work now, and pairwise overlap", async () => {
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const res = await staff.api("GET", `/api/v1/engagements/${sakuraEngagement}/people`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { people: { name: string; localTime: string; workingNow: boolean }[]; pairs: { a: string; b: string; hours: number }[] };
    expect(body.people.find((p) => p.name === "Dewi Lestari")).toMatchObject({ localTime: "Mon 10:00 WIB", workingNow: true });
    expect(body.pairs.length).toBe((body.people.length * (body.people.length - 1)) / 2);
    expect(body.pairs.find((p) => [p.a, p.b].includes("Dewi Lestari") && [p.a, p.b].includes("Aiko Tanaka"))).toBeTruthy();
  });
});
