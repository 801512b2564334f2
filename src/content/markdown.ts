/**
 * Markdown to safe HTML for articles (and anything else written in Markdown).
 * Raw HTML is escaped, only http(s), mailto, relative and fragment links
 * render as links, headings get unique ids, and links to other hosts carry
 * rel="noopener noreferrer".
 */
import MarkdownIt from "markdown-it";

/** A heading found in the document, for a table of contents. */
export interface Heading {
  /** 1–6. */
  level: number;
  /** The id attribute it was given (unique within the document). */
  id: string;
  /** Plain text of the heading. */
  text: string;
}

/** Options for `renderMarkdown`. */
export interface RenderOptions {
  /** Host of our own site (e.g. "cleansystems.consulting"); absolute links to it are not treated as external. */
  siteHost?: string;
}

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * True for links we render: http(s), mailto, and scheme-less (relative,
 * fragment, query) URLs. markdown-it hands us the percent-encoded URL, and
 * browsers ignore tabs, newlines and other control characters inside a
 * scheme ("java\tscript:"), so we decode and strip those before reading the
 * scheme: stricter than a browser, never looser.
 */
export function isSafeLink(url: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // Malformed escapes: check the raw text.
  }
  const squeezed = decoded.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  return !scheme || ALLOWED_SCHEMES.has(scheme[1]);
}

/** Heading text to an id: lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
  const slug = text
    .replace(/[øØ]/g, "o")
    .replace(/[æÆ]/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  md.validateLink = isSafeLink;

  // Give each heading a unique id; collected headings ride on env.
  md.core.ruler.push("heading_ids", (state) => {
    const env = state.env as { headings: Heading[]; used: Set<string> };
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      if (open.type !== "heading_open") continue;
      const inline = tokens[i + 1];
      const text = (inline?.children ?? [])
        .filter((t) => t.type === "text" || t.type === "code_inline")
        .map((t) => t.content)
        .join("")
        .trim();
      const base = slugify(text);
      let id = base;
      for (let n = 2; env.used.has(id); n++) id = `${base}-${n}`;
      env.used.add(id);
      open.attrSet("id", id);
      env.headings.push({ level: Number(open.tag.slice(1)), id, text });
    }
  });

  // Links to other hosts: never leak the opener or the referrer.
  const defaultLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx].attrGet("href") ?? "";
    if (isExternal(href, (env as { siteHost?: string }).siteHost)) tokens[idx].attrSet("rel", "noopener noreferrer");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

function isExternal(href: string, siteHost: string | undefined): boolean {
  if (!/^https?:\/\//i.test(href) && !href.startsWith("//")) return false;
  try {
    const host = new URL(href, "https://relative.invalid").hostname.toLowerCase();
    return !siteHost || host !== siteHost.toLowerCase();
  } catch {
    return true;
  }
}

let renderer: MarkdownIt | null = null;

/** Render Markdown to safe HTML and list its headings in document order. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): { html: string; headings: Heading[] } {
  renderer ??= createRenderer();
  const env = { headings: [] as Heading[], used: new Set<string>(), siteHost: options.siteHost };
  const html = renderer.render(markdown, env);
  return { html, headings: env.headings };
}
