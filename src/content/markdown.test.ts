import { describe, expect, it } from "vitest";
import { isSafeLink, renderMarkdown, slugify } from "./markdown.js";

describe("renderMarkdown", () => {
  it("escapes raw HTML: a <script> is text, not an element", () => {
    const { html } = renderMarkdown('Hello <script>alert("x")</script>\n\n<img src=x onerror=alert(1)>\n');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("never renders javascript: (or data:, vbscript:, obfuscated) links", () => {
    const cases = [
      "[x](javascript:alert(1))",
      "[x](JavaScript:alert(1))",
      "[x](java&#9;script:alert(1))",
      "[x](&#106;avascript:alert(1))",
      "[x]( javascript:alert(1) )",
      "[x](vbscript:msgbox(1))",
      "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "![x](javascript:alert(1))",
      "<javascript:alert(1)>",
      "[x][ref]\n\n[ref]: javascript:alert(1)",
    ];
    for (const md of cases) {
      const { html } = renderMarkdown(md);
      expect(html, md).not.toMatch(/href="[^"]*script:/i);
      expect(html, md).not.toMatch(/src="[^"]*script:/i);
      expect(html, md).not.toMatch(/(href|src)="data:/i);
    }
  });

  it("renders http(s), mailto, relative and fragment links", () => {
    const { html } = renderMarkdown("[a](https://example.com/x) [b](mailto:hi@example.com) [c](/articles/y) [d](#top) [e](../z)");
    expect(html).toContain('href="https://example.com/x"');
    expect(html).toContain('href="mailto:hi@example.com"');
    expect(html).toContain('href="/articles/y"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="../z"');
  });

  it("marks links to other hosts noopener noreferrer, not links to our own", () => {
    const { html } = renderMarkdown("[a](https://example.com) [b](https://cleansystems.consulting/contact) [c](/contact)", {
      siteHost: "cleansystems.consulting",
    });
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="https://cleansystems.consulting/contact">b</a>');
    expect(html).toContain('<a href="/contact">c</a>');
  });

  it("linkifies bare URLs, and they count as external", () => {
    const { html } = renderMarkdown("See https://example.org/docs for details.");
    expect(html).toContain('<a href="https://example.org/docs" rel="noopener noreferrer">https://example.org/docs</a>');
  });

  it("gives headings unique slug ids and lists them", () => {
    const { html, headings } = renderMarkdown("# Intro\n\n## Done when\n\n## Done when\n\n### Café `api` notes\n\n## !!!\n");
    expect(headings).toEqual([
      { level: 1, id: "intro", text: "Intro" },
      { level: 2, id: "done-when", text: "Done when" },
      { level: 2, id: "done-when-2", text: "Done when" },
      { level: 3, id: "cafe-api-notes", text: "Café api notes" },
      { level: 2, id: "section", text: "!!!" },
    ]);
    expect(html).toContain('<h2 id="done-when-2">Done when</h2>');
  });

  it("starts every document with fresh ids", () => {
    renderMarkdown("## Same");
    expect(renderMarkdown("## Same").headings[0].id).toBe("same");
  });
});

describe("isSafeLink and slugify", () => {
  it("allows only http, https, mailto and scheme-less links", () => {
    for (const ok of ["https://a.b", "http://a.b", "mailto:x@y.z", "/a", "a/b", "#f", "?q=1", ""]) expect(isSafeLink(ok), ok).toBe(true);
    for (const bad of ["javascript:x", "JAVASCRIPT:x", "java\nscript:x", "\u0001javascript:x", "data:x", "file:///etc/passwd", "ftp://x"]) {
      expect(isSafeLink(bad), bad).toBe(false);
    }
  });

  it("slugifies to lowercase ASCII words", () => {
    expect(slugify("  What to have in place — before hiring?  ")).toBe("what-to-have-in-place-before-hiring");
    expect(slugify("København")).toBe("kobenhavn");
  });
});
