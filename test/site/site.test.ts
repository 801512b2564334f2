import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../src/content/articles.js";
import { parseSite, type Office } from "../../src/content/site.js";
import { buildServer } from "../../src/http/server.js";
import { contentDir } from "../../src/http/routes/site-content.js";
import { officeOverlaps, resolveVisitorZone } from "../../src/http/routes/site-offices.js";
import { ENGINES, createTestApp, createTestDatabase, testConfig, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";

const articles = loadArticles(contentDir());

describe.each(ENGINES)("public site on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: "GET", url, headers });

  it("names the site after content/site.json and shows service, offerings, the call to action and offices", async () => {
    const res = await get("/");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<title>Clean Systems Consulting</title>");
    expect(res.body).toContain('class="brand" href="/">Clean Systems Consulting</a>');
    expect(res.body).toContain("Scale your backend");
    for (const id of ["production-experience", "domain-driven-design"]) expect(res.body).toContain(`id="${id}"`);
    expect(res.body).toContain('href="/contact"');
    expect(res.body).toMatch(/Copenhagen[\s\S]*1 Carlsberg Gate[\s\S]*Local time: <strong><time class="office-time" data-zone="Europe\/Copenhagen">\w{3} \d\d:\d\d CES?T<\/time>/);
    expect(res.body).toContain('data-zone="Asia/Jakarta"');
    expect(res.body).toContain('<script type="module" src="/assets/site-offices.js"></script>');
  });

  it("puts canonical and OpenGraph tags on every public page", async () => {
    for (const url of ["/", "/articles", `/articles/${articles[0].slug}`, "/contact"]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toMatch(/<link rel="canonical" href="http:\/\/localhost:3000\/[^"]*">/);
      expect(res.body, url).toContain('<meta property="og:title"');
      expect(res.body, url).toContain('<meta property="og:description"');
      expect(res.body, url).toContain('<meta name="description"');
    }
  });

  it("lists articles newest first, filters by tag, and 404s past the last page", async () => {
    const res = await get("/articles");
    const slugs = [...res.body.matchAll(/<h2><a href="\/articles\/([a-z0-9-]+)">/g)].map((m) => m[1]);
    expect(slugs).toEqual(articles.slice(0, 10).map((a) => a.slug));
    const tag = articles[0].tags[0];
    const tagged = await get(`/articles?tag=${tag}`);
    const taggedSlugs = [...tagged.body.matchAll(/<h2><a href="\/articles\/([a-z0-9-]+)">/g)].map((m) => m[1]);
    expect(taggedSlugs).toEqual(articles.filter((a) => a.tags.includes(tag)).map((a) => a.slug));
    expect((await get("/articles?tag=no-such-tag")).statusCode).toBe(404);
    expect((await get("/articles?page=99")).statusCode).toBe(404);
    expect((await get("/articles?page=abc")).statusCode).toBe(200);
    expect((await get("/articles?tag=%3Cscript%3E")).body).not.toContain("<script>");
  });

  it("renders an article with anchors, reading time, author and role, date and four related articles", async () => {
    const a = articles[0];
    const res = await get(`/articles/${a.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<h1>${a.title.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/"/g, "&quot;")}</h1>`);
    expect(res.body).toContain(`${a.readingMinutes} min read`);
    expect(res.body).toContain(`<time datetime="${a.date}">`);
    expect(res.body).toContain(a.author);
    const h2 = a.headings.find((h) => h.level === 2)!;
    expect(res.body).toContain(`<a class="heading-anchor" href="#${h2.id}">`);
    const related = res.body.slice(res.body.indexOf('id="related-title"'));
    const relatedSlugs = [...related.matchAll(/<h3><a href="\/articles\/([a-z0-9-]+)">/g)].map((m) => m[1]);
    expect(relatedSlugs).toHaveLength(4);
    expect(relatedSlugs).not.toContain(a.slug);
    expect(related.match(/class="read-more"/g)).toHaveLength(4);
    expect(res.body).not.toMatch(/<script>|href="javascript:/i);
  });

  it("answers 304 to a matching If-None-Match and a new tag for another person", async () => {
    const url = `/articles/${articles[1].slug}`;
    const first = await get(url);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(url, { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect((await get(url, { "if-none-match": 'W/"something-else"' })).statusCode).toBe(200);
    const staff = await signedIn(t.app, "staff@cleansystems.example");
    const signed = await staff.get(url, { "if-none-match": etag });
    expect(signed.statusCode).toBe(200);
    expect(signed.headers.etag).not.toBe(etag);
  });

  it("404s an unknown article in the site layout", async () => {
    const res = await get("/articles/no-such-article");
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('class="brand"');
    expect(res.body).toContain("Page not found");
  });

  it("serves a valid Atom feed with every article", async () => {
    const res = await get("/feed.xml");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/atom+xml");
    expect(XMLValidator.validate(res.body)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(res.body);
    const feed = doc.feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const k of ["id", "title", "updated", "author", "link"]) expect(feed[k], k).toBeDefined();
    expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const entries = Array.isArray(feed.entry) ? feed.entry : [feed.entry];
    expect(entries).toHaveLength(articles.length);
    for (const [i, e] of entries.entries()) {
      for (const k of ["id", "title", "updated", "link", "summary", "content"]) expect(e[k], `${i}.${k}`).toBeDefined();
      expect(e.link["@href"]).toBe(`http://localhost:3000/articles/${articles[i].slug}`);
      expect(e.author.name).toBe(articles[i].author);
    }
  });

  it("lists every article in the sitemap and points robots.txt at it", async () => {
    const res = await get("/sitemap.xml");
    expect(XMLValidator.validate(res.body)).toBe(true);
    const urls = new XMLParser().parse(res.body).urlset.url as { loc: string }[];
    const locs = urls.map((u) => u.loc);
    for (const a of articles) expect(locs).toContain(`http://localhost:3000/articles/${a.slug}`);
    expect(locs).toContain("http://localhost:3000/contact");
    const robots = await get("/robots.txt");
    expect(robots.body).toContain("Sitemap: http://localhost:3000/sitemap.xml");
    expect(robots.body).toContain("Disallow: /staff/");
    expect(robots.body).toContain("Disallow: /contact/report/");
  });

  it("answers the offices API with overlap for a browser zone, and UTC with a note for a bad one", async () => {
    const ok = (await get("/api/v1/site/offices?tz=Asia%2FTokyo")).json();
    expect(ok.zone).toBe("Asia/Tokyo");
    expect(ok.note).toBeNull();
    expect(ok.offices.map((o: { name: string }) => o.name)).toEqual(["Copenhagen", "Magelang"]);
    const bad = (await get("/api/v1/site/offices?tz=Mars%2FOlympus")).json();
    expect(bad.zone).toBe("UTC");
    expect(bad.note).toContain("Mars/Olympus");
    const none = await get("/api/v1/site/offices");
    expect(none.statusCode).toBe(200);
    expect(none.json().zone).toBe("UTC");
  });
});

describe("overlap with an office's next working day across DST (Copenhagen vs Tokyo)", () => {
  const cph = parseSite(JSON.parse(readFileSync(join(contentDir(), "site.json"), "utf8"))).offices.filter((o) => o.name === "Copenhagen");
  const tokyo = { zone: "Asia/Tokyo", start: "09:00", end: "18:00" };
  const at = (iso: string) => Date.parse(iso);

  it("2027-03-28: the Sunday clocks go forward, the next working day gains an hour", () => {
    const before = officeOverlaps(cph, tokyo, at("2027-03-25T12:00:00Z"))[0];
    expect(before).toMatchObject({ date: "2027-03-26", overlapHours: 1 });
    expect(before.windows).toEqual([{ office: "Fri 09:00–10:00 CET", visitor: "Fri 17:00–18:00 JST" }]);
    const after = officeOverlaps(cph, tokyo, at("2027-03-28T12:00:00Z"))[0];
    expect(after).toMatchObject({ date: "2027-03-29", overlapHours: 2 });
    expect(after.windows).toEqual([{ office: "Mon 09:00–11:00 CEST", visitor: "Mon 16:00–18:00 JST" }]);
  });

  it("2027-10-31: the Sunday clocks go back, the next working day loses it", () => {
    expect(officeOverlaps(cph, tokyo, at("2027-10-28T12:00:00Z"))[0]).toMatchObject({ date: "2027-10-29", overlapHours: 2 });
    const after = officeOverlaps(cph, tokyo, at("2027-10-31T12:00:00Z"))[0];
    expect(after).toMatchObject({ date: "2027-11-01", overlapHours: 1 });
    expect(after.windows).toEqual([{ office: "Mon 09:00–10:00 CET", visitor: "Mon 17:00–18:00 JST" }]);
  });

  it("on the DST Sundays themselves, for an office and a visitor who work weekends", () => {
    const all = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
    const office: Office[] = [{ ...cph[0], workingHours: { ...cph[0].workingHours, days: [...all] } }];
    const visitor = { ...tokyo, days: all };
    expect(officeOverlaps(office, visitor, at("2027-03-27T12:00:00Z"))[0]).toMatchObject({ date: "2027-03-28", overlapHours: 2 });
    expect(officeOverlaps(office, visitor, at("2027-10-30T12:00:00Z"))[0]).toMatchObject({ date: "2027-10-31", overlapHours: 1 });
  });

  it("falls back to UTC with a note for a zone the runtime does not know", () => {
    expect(resolveVisitorZone("Europe/Copenhagen")).toEqual({ zone: "Europe/Copenhagen", note: null });
    expect(resolveVisitorZone("Not/AZone").zone).toBe("UTC");
    expect(resolveVisitorZone("Not/AZone").note).toContain("Not/AZone");
    expect(resolveVisitorZone("").note).toContain("UTC");
  });
});

describe("content errors stop the server from building", () => {
  it("names the file and the field of a broken article", async () => {
    const dir = mkdtempSync(join(tmpdir(), "handoff-content-"));
    const db = await createTestDatabase("sqlite");
    const saved = process.env.HANDOFF_CONTENT_DIR;
    try {
      cpSync(contentDir(), dir, { recursive: true });
      const file = join(dir, "articles", `${articles[0].slug}-broken.md`);
      writeFileSync(file, "---\ntitle: Broken\nslug: broken\nauthor: A\nauthor_role: B\ndate: 2026-02-30\nsummary: S\ntags: [x]\n---\nBody\n");
      process.env.HANDOFF_CONTENT_DIR = dir;
      await expect(buildServer({ config: testConfig(), database: db.database, logger: false })).rejects.toThrow(
        new RegExp(`${articles[0].slug}-broken\\.md: date: must be a real date`),
      );
    } finally {
      if (saved === undefined) delete process.env.HANDOFF_CONTENT_DIR;
      else process.env.HANDOFF_CONTENT_DIR = saved;
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
