/**
 * Articles: Markdown files with YAML front matter in content/articles/.
 * Loading validates every file and throws a ContentError naming the file and
 * the field, so a bad article fails `npm test` instead of a page at runtime.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ContentError, fieldPath } from "./errors.js";
import { renderMarkdown, type Heading } from "./markdown.js";

/** Words per minute used for reading time. */
export const WORDS_PER_MINUTE = 220;

/** True for YYYY-MM-DD strings that name a real calendar day (no 2026-02-30). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Front matter of one article. */
export const frontMatterSchema = z.object({
  /** Headline. */
  title: z.string({ error: "required" }).trim().min(1, "required"),
  /** URL segment, unique across articles. */
  slug: z.string({ error: "required" }).regex(/^[a-z0-9-]+$/, "use lowercase letters, digits and hyphens only"),
  /** Who wrote it. */
  author: z.string({ error: "required" }).trim().min(1, "required"),
  /** The author's role and office, e.g. "Delivery lead, Magelang". */
  author_role: z.string({ error: "required" }).trim().min(1, "required"),
  /** Publication date, YYYY-MM-DD, a real calendar day. */
  date: z.string({ error: "required, as YYYY-MM-DD" }).refine(isRealDate, "must be a real date written YYYY-MM-DD"),
  /** One or two sentences for lists and meta descriptions. */
  summary: z.string({ error: "required" }).trim().min(1, "required"),
  /** Topic tags; articles sharing tags are shown as related. */
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, "tags use lowercase letters, digits and hyphens"), { error: "must be a list" }),
});

/** A loaded article. */
export interface Article {
  slug: string;
  title: string;
  author: string;
  authorRole: string;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
  tags: string[];
  /** Markdown body without the front matter. */
  body: string;
  /** Rendered, safe HTML of the body. */
  html: string;
  /** Headings of the body, for a table of contents. */
  headings: Heading[];
  /** Minutes to read at WORDS_PER_MINUTE, at least 1. */
  readingMinutes: number;
  /** File it came from, for error messages. */
  file: string;
}

/** Split `---` fenced front matter from the body; CRLF and a BOM are accepted. */
export function splitFrontMatter(text: string, file: string): { yaml: string; body: string } {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(normalized);
  if (!m) throw new ContentError(file, "", "must start with front matter between '---' lines");
  return { yaml: m[1], body: m[2] };
}

/** Count words for reading time. */
export const countWords = (markdown: string): number => (markdown.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

/** Parse and validate one article's text; `file` labels errors. */
export function parseArticle(text: string, file: string): Article {
  const { yaml, body } = splitFrontMatter(text, file);
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (err) {
    throw new ContentError(file, "", `front matter is not valid YAML: ${(err as Error).message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ContentError(file, "", "front matter must be a mapping of fields");
  }
  const fm = { ...(data as Record<string, unknown>) };
  // YAML 1.1 parsers turn bare dates into Date objects; keep the written day.
  if (fm.date instanceof Date && !Number.isNaN(fm.date.getTime())) fm.date = fm.date.toISOString().slice(0, 10);
  const result = frontMatterSchema.safeParse(fm);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContentError(file, fieldPath(issue.path), issue.message);
  }
  const f = result.data;
  const { html, headings } = renderMarkdown(body);
  return {
    slug: f.slug,
    title: f.title,
    author: f.author,
    authorRole: f.author_role,
    date: f.date,
    summary: f.summary,
    tags: f.tags,
    body,
    html,
    headings,
    readingMinutes: Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE)),
    file,
  };
}

/** Newest first; same-day articles by title so the order is stable. */
const byRecency = (a: Article, b: Article) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title);

/**
 * Load every `*.md` in `<dir>/articles` (dir is the content directory),
 * validate them, reject duplicate slugs, and return them newest first.
 */
export function loadArticles(dir: string): Article[] {
  const articlesDir = join(dir, "articles");
  let names: string[];
  try {
    names = readdirSync(articlesDir).filter((n) => n.endsWith(".md")).sort();
  } catch (err) {
    throw new ContentError(articlesDir, "", `cannot read directory: ${(err as Error).message}`);
  }
  const bySlug = new Map<string, string>();
  const articles: Article[] = [];
  for (const name of names) {
    const file = join(articlesDir, name);
    const article = parseArticle(readFileSync(file, "utf8"), file);
    const other = bySlug.get(article.slug);
    if (other) throw new ContentError(file, "slug", `"${article.slug}" is already used by ${other}`);
    bySlug.set(article.slug, file);
    articles.push(article);
  }
  return articles.sort(byRecency);
}

/**
 * Up to `n` other articles, most shared tags first, then newest. Articles
 * sharing no tag come last, so the list is filled when few share tags.
 */
export function relatedArticles(all: readonly Article[], slug: string, n = 4): Article[] {
  const current = all.find((a) => a.slug === slug);
  if (!current) return [];
  const tags = new Set(current.tags);
  return all
    .filter((a) => a.slug !== slug)
    .map((a) => ({ a, shared: a.tags.filter((t) => tags.has(t)).length }))
    .sort((x, y) => y.shared - x.shared || byRecency(x.a, y.a))
    .slice(0, n)
    .map((x) => x.a);
}
