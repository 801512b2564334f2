/**
 * @mentions in comments through the real route chain, on every engine: the
 * people mentioned get an inbox item (until they open the brief or dismiss it)
 * and a comment.mentioned event with its outbox row; a name of someone not on
 * the engagement stays plain text; the page highlights mentions inside
 * sanitised HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMessages } from "../../src/models/outbox.js";
import { outboxConfig, addChannel } from "../outbox/helpers.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn, type InjectBrowser } from "../helpers/browser.js";
import { orgId } from "./support.js";

const XSS = `<script>alert(1)</script><img src=x onerror=alert(2)>`;

describe.each(ENGINES)("mentions on %s", (engine) => {
  let t: TestApp;
  let yamada: InjectBrowser, dewi: InjectBrowser, aiko: InjectBrowser;
  let ids: Record<string, string>;
  let briefId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const sakura = await orgId(db, "sakura-payments");
    ids = Object.fromEntries((await db.selectFrom("users").select(["id", "email"]).execute()).map((u) => [u.email.split("@")[0], u.id]));
    briefId = (await db.selectFrom("briefs").select("id").where("org_id", "=", sakura).where("title", "=", "Refund webhooks").executeTakeFirstOrThrow()).id;
    await addChannel(db, outboxConfig(), { orgId: sakura, kind: "webhook", config: { url: "https://hooks.example.com/m" }, secret: "whsec_x", events: ["comment.mentioned"] });
    yamada = await signedIn(t.app, "yamada@sakura-payments.example");
    dewi = await signedIn(t.app, "dewi@cleansystems.example");
    aiko = await signedIn(t.app, "aiko@sakura-payments.example");
  });
  afterAll(() => t.close());

  const inbox = async (b: InjectBrowser) => (await b.api("GET", "/api/v1/me/inbox")).json().items as { kind: string; briefId: string; mentionId?: string; by?: string; text?: string; url: string }[];

  it("puts a mention in the inbox of each person on the engagement it names, with an event for channels", async () => {
    await yamada.get(`/briefs/${briefId}`);
    const text = `@Dewi Lestari can you check the retries? cc @aiko and @freja, mail freja@nordlys.example ${XSS}`;
    const res = await yamada.post(`/briefs/${briefId}/comments`, { markdown: text });
    expect(res.statusCode).toBe(303);
    const comment = await t.database.db.selectFrom("comments").selectAll().where("brief_id", "=", briefId).orderBy("created_at", "desc").executeTakeFirstOrThrow();
    // Freja (another organisation) is not on the engagement: no mention, no inbox item.
    expect(JSON.parse(comment.mentions).sort()).toEqual([ids.dewi, ids.aiko].sort());

    const forDewi = (await inbox(dewi)).filter((i) => i.kind === "mention" && i.briefId === briefId);
    expect(forDewi).toHaveLength(1);
    expect(forDewi[0]).toMatchObject({ by: "山田太郎", url: `/briefs/${briefId}#comment-${comment.id}` });
    expect(forDewi[0].text).toContain("can you check the retries?");
    expect((await inbox(aiko)).some((i) => i.kind === "mention" && i.briefId === briefId)).toBe(true);
    const freja = await signedIn(t.app, "freja@nordlys.example");
    expect((await inbox(freja)).some((i) => i.kind === "mention")).toBe(false);
    // The author is not told about their own comment.
    expect((await inbox(yamada)).some((i) => i.kind === "mention" && i.briefId === briefId)).toBe(false);

    const events = await t.database.db.selectFrom("events").selectAll().where("action", "=", "comment.mentioned").where("entity_id", "=", comment.id).execute();
    expect(events.map((e) => JSON.parse(e.data).mentionedId).sort()).toEqual([ids.dewi, ids.aiko].sort());
    expect(events.find((e) => JSON.parse(e.data).mentionedId === ids.dewi)!.summary).toBe(`山田太郎 mentioned Dewi Lestari on "Refund webhooks"`);
    const rows = (await listMessages(t.database.db, {})).filter((m) => events.some((e) => e.id === m.event_id));
    expect(rows).toHaveLength(2);
    expect(JSON.parse(JSON.parse(rows[0].payload).body)).toMatchObject({ type: "comment.mentioned", data: { briefId, commentId: comment.id } });

    const page = await dewi.get("/inbox");
    expect(page.body).toContain("山田太郎 mentioned you on");
    expect(page.body).toContain(`action="/mentions/${forDewi[0].mentionId}/dismiss"`);
  });

  it("highlights the names it matched in sanitised HTML and leaves the rest as plain text", async () => {
    const page = await aiko.get(`/briefs/${briefId}`);
    expect(page.body).toContain(`<span class="mention" data-user="${ids.dewi}">@Dewi Lestari</span>`);
    expect(page.body).toContain(`<span class="mention" data-user="${ids.aiko}">@aiko</span>`);
    expect(page.body).not.toMatch(/class="mention"[^>]*>@freja/);
    expect(page.body).toContain("@freja");
    expect(page.body).not.toMatch(/<script>alert|<img src=x/);
  });

  it("clears a mention when its person opens the brief, and lets only them dismiss one", async () => {
    // Aiko opened the brief in the previous test.
    expect((await inbox(aiko)).some((i) => i.kind === "mention" && i.briefId === briefId)).toBe(false);

    await dewi.get("/inbox"); // a CSRF token (opening the brief would clear the first mention)
    await yamada.get(`/briefs/${briefId}`);
    const c = await yamada.api("POST", `/api/v1/briefs/${briefId}/comments`, { markdown: "@山田太郎 note to self; @dewiさん? no: @dewi thanks" });
    expect(c.statusCode).toBe(201);
    expect(c.json().mentions.sort()).toEqual([ids.yamada, ids.dewi].sort());
    const open = (await inbox(dewi)).filter((i) => i.kind === "mention" && i.briefId === briefId);
    expect(open).toHaveLength(2);
    // Someone else's mention is not theirs to see.
    expect((await yamada.api("POST", `/api/v1/mentions/${open[0].mentionId}/dismiss`, {})).statusCode).toBe(404);
    expect((await dewi.api("POST", `/api/v1/mentions/${open[0].mentionId}/dismiss`, {})).json()).toEqual({ dismissed: true });
    expect((await dewi.api("POST", `/api/v1/mentions/${open[0].mentionId}/dismiss`, {})).json()).toEqual({ dismissed: false });
    await dewi.get("/inbox");
    const form = await dewi.post(`/mentions/${open[1].mentionId}/dismiss`, {});
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe("/inbox");
    expect((await inbox(dewi)).filter((i) => i.kind === "mention" && i.briefId === briefId)).toHaveLength(0);

    // A Japanese name mentioned inside a sentence, and opening the brief clears it.
    await dewi.api("POST", `/api/v1/briefs/${briefId}/comments`, { markdown: "確認しました、@山田太郎さん。" });
    expect((await inbox(yamada)).filter((i) => i.kind === "mention" && i.briefId === briefId)).toHaveLength(1);
    await yamada.get(`/briefs/${briefId}`);
    expect((await inbox(yamada)).filter((i) => i.kind === "mention" && i.briefId === briefId)).toHaveLength(0);
  });
});
