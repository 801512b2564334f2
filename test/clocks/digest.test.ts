import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeHandoffNote } from "../../src/commands/handoff-notes.js";
import { runDigests } from "../../src/commands/digests.js";
import { findBrief } from "../../src/models/briefs.js";
import { digestsOf } from "../../src/models/digests.js";
import { findUserByEmail, toActor } from "../../src/models/users.js";
import { saveClockPolicy } from "../../src/models/clocks.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";

/**
 * The digest on a simulated clock, for 山田太郎 in Tokyo (Mon–Fri 09:00–18:00,
 * Japanese holidays): 08:30 JST on working days only, skipped when nothing
 * changed, and skipped on Shōwa Day (Thu 29 April 2027).
 */
const JST = (local: string) => Date.parse(`${local}+09:00`);
const YAMADA = "yamada@sakura-payments.example";

describe.each(ENGINES)("daily digest on %s", (engine) => {
  let t: TestApp;
  let briefId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const org = await db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirstOrThrow();
    const e = await db.selectFrom("engagements").select(["id", "org_id"]).where("org_id", "=", org.id).executeTakeFirstOrThrow();
    briefId = (await db.selectFrom("briefs").select("id").where("engagement_id", "=", e.id).where("state", "=", "in_progress").executeTakeFirstOrThrow()).id;
    // Long clocks, so due states stay "on track" over the week and only events change the digest.
    const staff = (await findUserByEmail(db, "staff@cleansystems.example"))!;
    await saveClockPolicy(db, e, { answerDays: 10, reviewDays: 10, changesDays: 10, startDays: 10, autoAcceptDays: null }, staff.id);
    // What waits on her started on Monday morning, before the first digest.
    await db.updateTable("questions").set({ created_at: "2027-04-25T22:00:00.000Z" }).where("org_id", "=", org.id).execute();
    await db.updateTable("deliverables").set({ created_at: "2027-04-25T22:00:00.000Z" }).where("org_id", "=", org.id).execute();
  });
  afterAll(() => t.close());

  const run = async (at: number) => {
    t.clock.now = at;
    const r = await runDigests(t.database.db, at, { email: true });
    return r.sent.includes(YAMADA) ? "sent" : r.unchanged.includes(YAMADA) ? "unchanged" : "not due";
  };
  const dewiNote = async (text: string) => {
    const db = t.database.db;
    const dewi = toActor((await findUserByEmail(db, "dewi@cleansystems.example"))!);
    await writeHandoffNote(db, dewi, (await findBrief(db, briefId))!, { progress: text, openQuestions: "", blockers: "" });
  };

  it("sends at 08:30 local on working days, once, only when something changed, and not on a Japanese holiday", async () => {
    expect(await run(JST("2027-04-26T08:29:00"))).toBe("not due"); // Fri's 08:30 is long past, Mon's not yet
    expect(await run(JST("2027-04-26T08:30:00"))).toBe("sent");
    expect(await run(JST("2027-04-26T12:00:00"))).toBe("not due"); // already sent for this morning
    expect(await run(JST("2027-04-27T08:30:00"))).toBe("unchanged"); // Tuesday: nothing moved

    await dewiNote("Lookup returns 200 for known refunds.");
    expect(await run(JST("2027-04-28T08:30:00"))).toBe("sent"); // Wednesday: Dewi's note moved

    await dewiNote("Added 404 for unknown ids.");
    expect(await run(JST("2027-04-29T08:30:00"))).toBe("not due"); // Shōwa Day
    expect(await run(JST("2027-04-29T12:00:00"))).toBe("not due");
    expect(await run(JST("2027-04-30T08:30:00"))).toBe("sent"); // Friday: the note from Thursday
    expect(await run(JST("2027-05-01T08:30:00"))).toBe("not due"); // Saturday

    const yamada = (await findUserByEmail(t.database.db, YAMADA))!;
    const sent = await digestsOf(t.database.db, yamada.id);
    expect(sent.map((d) => d.slot_at)).toEqual(["2027-04-29T23:30:00.000Z", "2027-04-27T23:30:00.000Z", "2027-04-25T23:30:00.000Z"]);
    const friday = JSON.parse(sent[0].body) as { waiting: { kind: string; due: string }[]; moved: { summary: string }[] };
    expect(friday.moved.map((m) => m.summary)).toEqual([expect.stringContaining("Added 404 for unknown ids.")]);
    expect(friday.waiting.map((w) => w.kind).sort()).toEqual(["answer", "review"]);
    expect(friday.waiting[0].due).toMatch(/^due \w{3} \d+ \w{3} \d\d:\d\d JST · .* WIB for Dewi Lestari \(on track\)$/);

    // Through the outbox's e-mail channel: one digest e-mail per digest sent.
    const mails = await t.database.db.selectFrom("outbox").select(["destination", "payload"]).where("destination", "=", `email:${YAMADA}`).execute();
    expect(mails.filter((m) => JSON.parse(m.payload).template === "digest")).toHaveLength(3);

    // And on /inbox/digest.
    const b = await signedIn(t.app, YAMADA);
    const page = await b.get("/inbox/digest");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Added 404 for unknown ids.");
    expect(page.body).toContain("Fri 30 Apr 08:30 JST");
  });
});
