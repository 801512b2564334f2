import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isRealDate, loadArticles, parseArticle, relatedArticles, type Article } from "./articles.js";
import { ContentError } from "./errors.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A content dir with the given articles/<name> files. */
function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "handoff-articles-"));
  dirs.push(dir);
  mkdirSync(join(dir, "articles"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "articles", name), text);
  return dir;
}

const fm = (over: Record<string, string | null> = {}, body = "Some body text.\n") => {
  const fields: Record<string, string | null> = {
    title: "A title",
    slug: "a-title",
    author: "Mette Lindqvist",
    author_role: "Principal consultant, Copenhagen",
    date: "2026-03-10",
    summary: "What it is about.",
    tags: "[briefs, async]",
    ...over,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n${body}`;
};

function expectContentError(fn: () => unknown, file: string, field: string): ContentError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    const e = err as ContentError;
    expect(e.file.endsWith(file)).toBe(true);
    expect(e.field).toBe(field);
    expect(e.message).toContain(file);
    if (field) expect(e.message).toContain(field);
    return e;
  }
  throw new Error("expected a ContentError");
}

describe("loadArticles errors name the file and the field", () => {
  it("missing title", () => {
    const dir = contentDir({ "no-title.md": fm({ title: null }) });
    expectContentError(() => loadArticles(dir), "no-title.md", "title");
  });

  it("empty title", () => {
    const dir = contentDir({ "blank.md": fm({ title: '"  "' }) });
    expectContentError(() => loadArticles(dir), "blank.md", "title");
  });

  it("a date that does not exist (2026-02-30)", () => {
    const dir = contentDir({ "bad-date.md": fm({ date: "2026-02-30" }) });
    const e = expectContentError(() => loadArticles(dir), "bad-date.md", "date");
    expect(e.message).toContain("real date");
  });

  it("a date in the wrong format", () => {
    const dir = contentDir({ "us-date.md": fm({ date: "03/10/2026" }) });
    expectContentError(() => loadArticles(dir), "us-date.md", "date");
  });

  it("a duplicate slug names the second file and the first", () => {
    const dir = contentDir({ "a.md": fm({ slug: "same" }), "b.md": fm({ slug: "same", title: "Other" }) });
    const e = expectContentError(() => loadArticles(dir), "b.md", "slug");
    expect(e.message).toContain("a.md");
  });

  it("a slug with capitals or spaces", () => {
    const dir = contentDir({ "caps.md": fm({ slug: "Hello World" }) });
    expectContentError(() => loadArticles(dir), "caps.md", "slug");
  });

  it("tags that are not a list", () => {
    const dir = contentDir({ "tags.md": fm({ tags: "briefs" }) });
    expectContentError(() => loadArticles(dir), "tags.md", "tags");
  });

  it("no front matter, or front matter that is not YAML", () => {
    expectContentError(() => loadArticles(contentDir({ "plain.md": "# Just markdown\n" })), "plain.md", "");
    expectContentError(() => loadArticles(contentDir({ "yaml.md": "---\ntitle: [unclosed\n---\nbody\n" })), "yaml.md", "");
  });
});

describe("loadArticles", () => {
  it("accepts CRLF files and a BOM, and ignores non-Markdown files", () => {
    const crlf = "\uFEFF" + fm({}, "# Heading\r\n\r\nBody.\r\n").replace(/\n/g, "\r\n");
    const dir = contentDir({ "crlf.md": crlf, "notes.txt": "not an article" });
    const [a] = loadArticles(dir);
    expect(a).toMatchObject({ title: "A title", slug: "a-title", authorRole: "Principal consultant, Copenhagen", date: "2026-03-10", tags: ["briefs", "async"] });
    expect(a.headings).toEqual([{ level: 1, id: "heading", text: "Heading" }]);
  });

  it("returns articles newest first with reading time of at least a minute", () => {
    const long = "word ".repeat(660);
    const dir = contentDir({
      "old.md": fm({ slug: "old", date: "2026-01-05" }),
      "new.md": fm({ slug: "new", date: "2026-09-01" }, long),
    });
    const articles = loadArticles(dir);
    expect(articles.map((a) => a.slug)).toEqual(["new", "old"]);
    expect(articles[0].readingMinutes).toBe(3);
    expect(articles[1].readingMinutes).toBe(1);
  });

  it("keeps a date written as a quoted string", () => {
    expect(parseArticle(fm({ date: '"2026-12-31"' }), "q.md").date).toBe("2026-12-31");
  });

  it("renders the body safely", () => {
    const a = parseArticle(fm({}, "<script>alert(1)</script> [x](javascript:alert(1))\n"), "x.md");
    expect(a.html).not.toContain("<script");
    expect(a.html).not.toContain('href="javascript');
  });
});

describe("isRealDate", () => {
  it("checks the calendar", () => {
    expect(isRealDate("2028-02-29")).toBe(true);
    expect(isRealDate("2026-02-29")).toBe(false);
    expect(isRealDate("2026-13-01")).toBe(false);
    expect(isRealDate("2026-1-01")).toBe(false);
  });
});

describe("relatedArticles", () => {
  const art = (slug: string, date: string, tags: string[]): Article =>
    ({ slug, date, tags, title: slug, author: "", authorRole: "", summary: "", body: "", html: "", headings: [], readingMinutes: 1, file: slug }) as Article;
  const all = [
    art("current", "2026-05-01", ["briefs", "async", "review"]),
    art("two-old", "2026-01-01", ["briefs", "async"]),
    art("two-new", "2026-04-01", ["async", "review"]),
    art("one", "2026-12-01", ["review"]),
    art("three", "2026-02-01", ["briefs", "async", "review"]),
    art("none", "2026-11-01", ["hiring"]),
  ];

  it("ranks by shared tags, then newest, excluding the article itself", () => {
    expect(relatedArticles(all, "current").map((a) => a.slug)).toEqual(["three", "two-new", "two-old", "one"]);
  });

  it("fills up with unrelated articles last, and honours n", () => {
    expect(relatedArticles(all, "current", 10).map((a) => a.slug)).toEqual(["three", "two-new", "two-old", "one", "none"]);
    expect(relatedArticles(all, "current", 1).map((a) => a.slug)).toEqual(["three"]);
  });

  it("returns nothing for an unknown slug", () => {
    expect(relatedArticles(all, "missing")).toEqual([]);
  });
});
