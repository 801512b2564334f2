import { describe, expect, it } from "vitest";
import { documentText, parseBlocks, splitLines } from "./markdown.js";
import { scanInline, MASK_CODE, MASK_URL } from "./inline.js";
import { unmaskedText } from "./markdown.js";
import { mapSections, normaliseHeading } from "./sections.js";

const kinds = (md: string): string[] => parseBlocks(md).map((l) => l.kind);

describe("splitLines", () => {
  it("splits LF, CRLF and lone CR and drops a BOM", () => {
    expect(splitLines("\uFEFFa\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
  });

  it("gives each line its offset in the document text", () => {
    for (const md of ["\uFEFFa\r\nbb\rc\n\nd", "x\ny\n", "---\nt: 1\n---\n# H\r\ntext"]) {
      const text = documentText(md);
      for (const line of parseBlocks(md)) expect(text.slice(line.start, line.start + line.raw.length)).toBe(line.raw);
    }
  });
});

describe("parseBlocks", () => {
  it("skips YAML front matter but keeps file line numbers", () => {
    const lines = parseBlocks("---\ntitle: x\n---\n# Context\ntext");
    expect(lines.map((l) => l.kind)).toEqual(["front", "front", "front", "heading", "text"]);
    expect(lines[3].n).toBe(4);
  });

  it("does not treat a lone --- on line 1 as front matter when it never closes", () => {
    expect(kinds("---\n# Context")[1]).toBe("heading");
  });

  it("does not count headings inside fenced code", () => {
    const lines = parseBlocks("```md\n# Context\n```\n~~~\n## API\n~~~");
    expect(lines.filter((l) => l.kind === "heading")).toHaveLength(0);
    expect(lines[1].kind).toBe("code");
  });

  it("reads setext headings", () => {
    const lines = parseBlocks("Context\n=======\n\nAPI\n---\n");
    expect(lines[0]).toMatchObject({ kind: "heading", level: 1, heading: "Context" });
    expect(lines[3]).toMatchObject({ kind: "heading", level: 2, heading: "API" });
  });

  it("treats --- after a blank line as a thematic break, not a heading", () => {
    expect(kinds("text\n\n---")).toEqual(["text", "blank", "rule"]);
  });

  it("marks list items, nested items and table rows", () => {
    const lines = parseBlocks("- a\n  - b\n\t* c\n1. d\n\n| h | i |\n| --- | --- |\n| x | y |");
    expect(lines.slice(0, 4).map((l) => l.item)).toEqual([true, true, true, true]);
    expect(lines[1].itemIndent).toBe(2);
    expect(lines[2].itemIndent).toBe(4);
    expect(lines[5].table && lines[7].table).toBe(true);
    expect(lines[6].kind).toBe("rule");
  });

  it("treats a whole-line HTML comment as a comment, across lines", () => {
    expect(kinds("<!-- a\nb -->\ntext")).toEqual(["comment", "comment", "text"]);
  });

  it("keeps indented code out of prose, but not list continuations", () => {
    expect(kinds("para\n\n    code here")).toEqual(["text", "blank", "code"]);
    expect(kinds("- item\n\n    more of the item")).toEqual(["text", "blank", "text"]);
  });
});

describe("scanInline", () => {
  it("masks code spans and URLs by column, leaving link text as prose", () => {
    const line = "Call `GET /x` at https://example.com/a, then [docs](https://d.example) now";
    const r = scanInline(line, 0, false);
    expect(r.code.map((c) => c.text)).toEqual(["GET /x"]);
    expect(r.urls.map((u) => u.text)).toEqual(["https://example.com/a", "https://d.example"]);
    const kinds = r.masks.filter((_, i) => i % 3 === 2);
    expect(kinds).toContain(MASK_CODE);
    expect(kinds).toContain(MASK_URL);
    const prose = unmaskedText(line, 0, r.masks);
    expect(prose).toHaveLength(line.length);
    expect(prose).toContain("docs");
    expect(prose).not.toContain("GET");
    expect(prose).not.toContain("example");
  });

  it("leaves plain lines alone", () => {
    expect(scanInline("Just words, nothing else.", 0, false).masks).toEqual([]);
  });

  it("matches code spans by backtick run length", () => {
    const r = scanInline("a ``x ` y`` b `", 0, false);
    expect(r.code.map((c) => c.text)).toEqual(["x ` y"]);
  });

  it("stays linear on pathological lines", () => {
    const r = scanInline("`".repeat(100_001) + "<b".repeat(50_000) + "](<".repeat(30_000), 0, false);
    expect(r.code).toEqual([]);
  });
});

describe("sections", () => {
  it("normalises heading text", () => {
    expect(normaliseHeading("2. Edge Cases!")).toBe("edge cases");
    expect(normaliseHeading("Definition of Done")).toBe("definition of done");
    expect(normaliseHeading("Request & Response")).toBe("request response");
  });

  it("finds empty sections and owns subsections", () => {
    const map = mapSections(parseBlocks("# T\n## Context\n### Detail\ntext\n## API\n## Edge cases\n- x\n"));
    expect(map.sections.context).toEqual({ line: 2 });
    expect(map.missing).toEqual([
      { id: "api", empty: true },
      { id: "acceptance-criteria", empty: false },
    ]);
    expect(map.of[3]).toBe("context");
  });

  it("marks the lines under an 'Out of scope' or 'Non-goals' heading, down to the next heading of its level", () => {
    const map = mapSections(parseBlocks("# T\n## Context\ntext\n## Out of scope\n- a\n### Detail\n- b\n## API\n- c\n## Non-goals\n- d\n"));
    // One entry per line, the empty line after the last item included.
    expect(map.outOfScope).toEqual([false, false, false, false, true, true, true, false, false, false, true, true]);
  });
});
