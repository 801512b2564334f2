import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";

/**
 * The Sakura engagement on a simulated Monday, 1 March 2027 (Tokyo reviewer
 * 山田太郎 09:00–18:00, Aiko Tanaka 10:00–19:00, contractor Dewi Lestari in
 * Jakarta 08:00–16:00). Rows are pinned so the order by creation differs from
 * the order by due time:
 * - round 1 of "Partial refunds endpoint" submitted Mon 08:00 JST: the review
 *   (2 of her working days) is due Tue 18:00 JST;
 * - the question on "Refund status lookup" asked Mon 09:00 JST: the answer
 *   (1 working day) is due Mon 18:00 JST;
 * - Dewi claimed "Refund webhooks" (created before the lookup brief) Mon
 *   10:00 WIB: starting it (1 of her working days) is due Tue 10:00 WIB.
 */
const JST = (local: string) => Date.parse(`${local}+09:00`);
const isoJST = (local: string) => new Date(JST(local)).toISOString();

/** The part of `body` from `start` to the next `end`. */
const between = (body: string, start: string, end: string): string => {
  const i = body.indexOf(start);
  expect(i).toBeGreaterThanOrEqual(0);
  return body.slice(i, body.indexOf(end, i));
};

describe.each(ENGINES)("people panel, due-time order and default hours on %s", (engine) => {
  let t: TestApp;
  let engagementId: string;
  const brief: Record<"review" | "lookup" | "webhooks", string> = { review: "", lookup: "", webhooks: "" };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const org = await db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirstOrThrow();
    engagementId = (await db.selectFrom("engagements").select("id").where("org_id", "=", org.id).executeTakeFirstOrThrow()).id;
    const byTitle = async (title: string) => (await db.selectFrom("briefs").select("id").where("engagement_id", "=", engagementId).where("title", "=", title).executeTakeFirstOrThrow()).id;
    brief.review = await byTitle("Partial refunds endpoint");
    brief.lookup = await byTitle("Refund status lookup");
    brief.webhooks = await byTitle("Refund webhooks");
    const dewi = await db.selectFrom("users").select("id").where("email_key", "=", "dewi@cleansystems.example").executeTakeFirstOrThrow();
    await db.updateTable("deliverables").set({ created_at: isoJST("2027-03-01T08:00:00") }).where("brief_id", "=", brief.review).execute();
    await db.updateTable("briefs").set({ state_changed_at: isoJST("2027-03-01T08:00:00") }).where("id", "=", brief.review).execute();
    await db.updateTable("questions").set({ created_at: isoJST("2027-03-01T09:00:00") }).where("brief_id", "=", brief.lookup).execute();
    await db.updateTable("briefs").set({ created_at: "2027-02-01T00:00:00.000Z" }).where("id", "=", brief.webhooks).execute();
    await db.updateTable("briefs").set({ created_at: "2027-02-02T00:00:00.000Z" }).where("id", "=", brief.lookup).execute();
    await db
      .updateTable("briefs")
      .set({ state: "in_progress", claimed_by: dewi.id, claimed_version: 1, claimed_at: "2027-03-01T03:00:00.000Z", state_changed_at: "2027-03-01T03:00:00.000Z" })
      .where("id", "=", brief.webhooks)
      .execute();
  });
  afterAll(() => t.close());

  it("sorts the inbox (page and API) by due time, soonest first, and flags the overdue item", async () => {
    t.clock.now = JST("2027-03-01T18:30:00"); // the answer is 30 min overdue; the review has 9 working hours left
    const yamada = await signedIn(t.app, "yamada@sakura-payments.example");
    const items = (await yamada.api("GET", "/api/v1/me/inbox")).json().items as { kind: string; briefId: string; since: string; due?: { state: string; dueAt: string } }[];
    // Waiting since: the review first; due: the answer first.
    expect(items.find((i) => i.kind === "review")!.since < items.find((i) => i.kind === "question")!.since).toBe(true);
    expect(items.slice(0, 2).map((i) => [i.kind, i.due?.state, i.due?.dueAt])).toEqual([
      ["question", "overdue", isoJST("2027-03-01T18:00:00")],
      ["review", "on_track", isoJST("2027-03-02T18:00:00")],
    ]);
    expect(items.slice(2).every((i) => !i.due)).toBe(true);

    const page = (await yamada.get("/inbox")).body;
    const kinds = [...page.matchAll(/<li class="inbox-item( is-overdue)?" data-kind="(\w+)"/g)].map((m) => [m[2], Boolean(m[1])]);
    expect(kinds.slice(0, 2)).toEqual([
      ["question", true],
      ["review", false],
    ]);
    expect(page).toContain("⚑ overdue");
    expect(page).toContain("due Mon 18:00 JST · Mon 16:00 WIB for Dewi Lestari");
  });

  it("sorts a board column by due time and flags overdue cards", async () => {
    t.clock.now = JST("2027-03-01T18:30:00");
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const board = (await staff.get(`/engagements/${engagementId}`)).body;
    const column = between(board, 'aria-labelledby="col-in_progress"', "</section>");
    const cards = [...column.matchAll(/<li class="card brief-card( is-overdue)?"><a href="\/briefs\/([\w-]+)"/g)].map((m) => [m[2], Boolean(m[1])]);
    // Created: webhooks before lookup. Due: lookup (Mon 18:00 JST, overdue) before webhooks (Tue 10:00 WIB).
    expect(cards).toEqual([
      [brief.lookup, true],
      [brief.webhooks, false],
    ]);
    // Dewi claimed at 10:00 WIB: 6 h of her day went by, 2 h of Tuesday remain (within 4 working hours).
    expect(between(column, brief.webhooks, "</li>")).toContain('data-state="due_soon"');
  });

  it("shows each person's local time now, whether they work now, and 14-day pairwise overlap, on the page and the API", async () => {
    t.clock.now = JST("2027-03-01T12:00:00"); // 03:00 UTC, 10:00 WIB
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const api = (await staff.api("GET", `/api/v1/engagements/${engagementId}/people`)).json() as {
      people: { name: string; localTime: string; workingNow: boolean; zone: string; defaultHours: boolean }[];
      pairs: { a: string; b: string; hours: number; days: number }[];
    };
    expect(api.people.map((p) => [p.name, p.localTime, p.workingNow])).toEqual([
      ["Aiko Tanaka", "Mon 12:00 JST", true],
      ["Dewi Lestari", "Mon 10:00 WIB", true],
      ["山田太郎", "Mon 12:00 JST", true],
    ]);
    // Aiko 10–19 and 山田 09–18 share 10:00–18:00 JST on working days: from Mon 12:00 to Mon 15 March 12:00,
    // 6 h + 9 × 8 h + 2 h; Dewi 08–16 WIB (10–18 JST) shares the same 8 h a day with each, except on
    // her public holidays: Nyepi (Mon 8 March) and Idul Fitri (9–10 March) take 24 h and 3 dates off.
    expect(api.pairs).toEqual([
      { a: "Aiko Tanaka", b: "Dewi Lestari", hours: 56, days: 8 },
      { a: "Aiko Tanaka", b: "山田太郎", hours: 80, days: 11 },
      { a: "Dewi Lestari", b: "山田太郎", hours: 56, days: 8 },
    ]);

    // Evening in Tokyo, late afternoon in Jakarta.
    t.clock.now = JST("2027-03-01T18:30:00");
    const page = (await staff.get(`/engagements/${engagementId}`)).body;
    const panel = between(page, '<section class="people-panel"', "</section>");
    const rows = [...panel.matchAll(/<tr data-person="[\w-]+"><td>([^<]+)<\/td><td>[^<]*<\/td><td>([^<]+) <span class="hint">([^<]+)<\/span><\/td>\s*<td><span class="([\w-]+)">/g)].map((m) => [
      m[1],
      m[2],
      m[3],
      m[4],
    ]);
    expect(rows).toEqual([
      ["Aiko Tanaka", "Mon 18:30 JST", "Asia/Tokyo", "working-now"],
      ["Dewi Lestari", "Mon 16:30 WIB", "Asia/Jakarta", "not-working"],
      ["山田太郎", "Mon 18:30 JST", "Asia/Tokyo", "not-working"],
    ]);
    expect(panel).toContain("Shared working hours, next 14 days");
    expect(panel).toContain("<td>Aiko Tanaka · 山田太郎</td><td>");
  });

  it("finds overlap across dates (a Los Angeles afternoon is the next Tokyo morning) and says when there is none", async () => {
    t.clock.now = JST("2027-03-01T12:00:00");
    const dewi = await signedIn(t.app, "dewi@cleansystems.example");
    const weekdays = Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]]]));
    const moved = await dewi.api("PUT", "/api/v1/me/profile", { timezone: "America/Los_Angeles", workingHours: weekdays, holidayCountry: "US" });
    expect(moved.statusCode).toBe(200);
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const api = (await staff.api("GET", `/api/v1/engagements/${engagementId}/people`)).json() as { pairs: { a: string; b: string; hours: number; days: number }[] };
    // LA 09–17 PST = 17:00–01:00 UTC; 山田 09–18 JST = 00:00–09:00 UTC: Tokyo Tue–Fri 09:00–10:00, two weeks
    // (US clocks go forward on 14 March, ending the overlap). Aiko starts at 10:00 JST: none.
    expect(api.pairs.find((p) => p.a === "Dewi Lestari" && p.b === "山田太郎")).toEqual({ a: "Dewi Lestari", b: "山田太郎", hours: 8, days: 8 });
    expect(api.pairs.find((p) => p.a === "Aiko Tanaka" && p.b === "Dewi Lestari")).toMatchObject({ hours: 0, days: 0 });
    const panel = between((await staff.get(`/engagements/${engagementId}`)).body, '<section class="people-panel"', "</section>");
    expect(panel).toContain("<td>Dewi Lestari · 山田太郎</td><td>8 h</td><td>8</td>");
    expect(panel).toContain('<tr class="no-overlap"><td>Aiko Tanaka · Dewi Lestari</td><td>none: work in writing</td>');
  });

  it("assumes Mon–Fri 09:00–17:00 in their zone for a person without hours, with a note on the account page and the panel", async () => {
    const aiko = await signedIn(t.app, "aiko@sakura-payments.example");
    const cleared = await aiko.api("PUT", "/api/v1/me/profile", { timezone: "Asia/Tokyo", workingHours: null, holidayCountry: "JP" });
    expect(cleared.json()).toMatchObject({ defaultHours: true });
    expect((await aiko.get("/account")).body).toContain("Until you set them, Monday to Friday 09:00–17:00 is assumed.");

    // 17:30 in Tokyo: inside 山田's 09:00–18:00, outside the assumed 09:00–17:00.
    t.clock.now = JST("2027-03-01T17:30:00");
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const api = (await staff.api("GET", `/api/v1/engagements/${engagementId}/people`)).json() as { people: { name: string; workingNow: boolean; defaultHours: boolean }[] };
    expect(api.people.map((p) => [p.name, p.workingNow, p.defaultHours])).toEqual([
      ["Aiko Tanaka", false, true],
      ["Dewi Lestari", false, false],
      ["山田太郎", true, false],
    ]);
    const panel = between((await staff.get(`/engagements/${engagementId}`)).body, '<section class="people-panel"', "</section>");
    const aikoRow = between(panel, "<td>Aiko Tanaka</td>", "</tr>");
    expect(aikoRow).toContain("(no hours set: Mon–Fri 09:00–17:00 assumed)");
    expect(between(panel, "<td>山田太郎</td>", "</tr>")).not.toContain("assumed");
    t.clock.now = JST("2027-03-01T16:30:00");
    const again = (await staff.api("GET", `/api/v1/engagements/${engagementId}/people`)).json() as { people: { name: string; workingNow: boolean }[] };
    expect(again.people.find((p) => p.name === "Aiko Tanaka")!.workingNow).toBe(true);
  });
});
