import { describe, expect, it } from "vitest";
import { check, RULE_IDS, RULE_DESCRIPTIONS, type Finding } from "./index.js";
import { brief, rulesAt } from "./test-support.js";

describe("check: sections", () => {
  it("reports four missing sections for empty input", () => {
    const r = check("");
    expect(r.ready).toBe(false);
    expect(r.findings.map((f) => [f.rule, f.section, f.line])).toEqual([
      ["missing-section", "context", null],
      ["missing-section", "api", null],
      ["missing-section", "edge-cases", null],
      ["missing-section", "acceptance-criteria", null],
    ]);
  });

  it("is ready for a clean brief", () => {
    const r = check(brief({}));
    expect(r.findings).toEqual([]);
    expect(r.ready).toBe(true);
    expect(r.sections.api).toEqual({ line: 7 });
  });

  it("accepts any listed heading name at any level, and reports an empty one", () => {
    const md = "# T\n#### Background\nWe sell shoes.\n## Endpoints\n`GET /a` returns `200`.\n## Failure modes\n## Done when\n- `GET /a` returns `200`.\n";
    const r = check(md);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: "missing-section", section: "edge-cases", line: null, column: null });
    expect(r.findings[0].message).toContain("empty");
  });
});

describe("check: rules", () => {
  it("flags a vague word without a number, names it, and accepts it with one", () => {
    const r = check(brief({ context: "The export must be fast.\n\nThe import must be fast: p95 under 2 s." }));
    const f = r.findings.find((x) => x.rule === "vague-term")!;
    expect(f).toMatchObject({ line: 5, excerpt: "fast", section: "context" });
    expect(f.message).toMatch(/'fast' has no measurable meaning: give a number/);
    expect(r.findings.filter((x) => x.rule === "vague-term")).toHaveLength(1);
  });

  it("reports one finding per line and rule", () => {
    const r = check(brief({ context: "It must be fast, robust and scalable." }));
    expect(r.findings.filter((f) => f.rule === "vague-term")).toHaveLength(1);
  });

  it("flags missing numbers", () => {
    const md = brief({ edge: "- Upstream timeout: retry a few times.\n- Large files are rejected.\n- Files over 20 MB are rejected with `413`." });
    expect(rulesAt(md, 13)).toEqual(["unquantified"]);
    expect(rulesAt(md, 14)).toEqual(["unquantified"]);
    expect(rulesAt(md, 15)).toEqual([]);
  });

  it("flags placeholders, also inside code", () => {
    const md = brief({ api: "- Limit: TBD\n- Subject: [fill in]\n\n```yaml\nretries: 3 # TODO\n```" });
    expect(rulesAt(md, 9)).toEqual(["placeholder"]);
    expect(rulesAt(md, 10)).toEqual(["placeholder"]);
    expect(rulesAt(md, 13)).toEqual(["placeholder"]);
  });

  it("flags private links and places, not public docs", () => {
    const md = brief({
      context: "Details are in the Notion page.\n\nSee http://grafana.acme.internal/d/1 and https://stripe.com/docs/api.\n\nThe spec follows RFC 9110 (https://www.rfc-editor.org/rfc/rfc9110).",
    });
    expect(rulesAt(md, 5)).toEqual(["private-link"]);
    expect(rulesAt(md, 7)).toEqual(["private-link"]);
    expect(rulesAt(md, 9)).toEqual([]);
  });

  it("flags undefined acronyms and code names at first use only", () => {
    const md = brief({ context: "Refunds go to the PSP. The PSP replies later.\n\nAmounts are computed by Koban.\n\nKoban is old." });
    const f = check(md).findings.filter((x) => x.rule === "undefined-term");
    expect(f.map((x) => [x.line, x.excerpt])).toEqual([
      [5, "PSP"],
      [7, "Koban"],
    ]);
  });

  it("accepts terms expanded at first use, in a glossary, or configured", () => {
    const md = brief({ context: "Refunds go to the PSP (payment service provider).\n\nTotals come from Koban." });
    expect(check(md).findings.filter((f) => f.rule === "undefined-term").map((f) => f.excerpt)).toEqual(["Koban"]);
    expect(check(md, { glossary: ["Koban"] }).ready).toBe(true);
    const withGlossary = md + "\n## Glossary\n\n- **Koban**: our pricing service.\n";
    expect(check(withGlossary).ready).toBe(true);
  });

  it("reports vague words inside acceptance criteria as untestable", () => {
    const md = brief({ ac: "- The page is fast.\n- Search feels snappy.\n- `GET /a` returns `200` within 200 ms." });
    expect(rulesAt(md, 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(md, 18)).toEqual(["untestable-criterion"]);
    expect(rulesAt(md, 19)).toEqual([]);
  });

  it("flags open questions unless answered", () => {
    const md = brief({ edge: "- Should we refund shipping?\n- Q: Is `ip` masked? A: No, admins see it.\n- Not sure if admins need this." });
    expect(rulesAt(md, 13)).toEqual(["open-question"]);
    expect(rulesAt(md, 14)).toEqual([]);
    expect(rulesAt(md, 15)).toEqual(["open-question"]);
  });

  it("flags shared context and people as sources", () => {
    const md = brief({ context: "Configure it as discussed.\n\nUse Kenji's trick for this.\n\nThe old flow, described under Context above, stays." });
    expect(rulesAt(md, 5)).toEqual(["shared-context"]);
    expect(rulesAt(md, 7)).toEqual(["shared-context"]);
    expect(rulesAt(md, 9)).toEqual([]);
  });

  it("flags non-English prose but not quoted or code literals", () => {
    const md = brief({
      context: "既存ユーザーのセッションは切らずに維持してください。\n\nDer Export muss ebenfalls protokolliert werden.\n\nThe subject is 「返金が完了しました」 and the button reads `キャンセル`.",
    });
    expect(rulesAt(md, 5)).toEqual(["non-english"]);
    expect(rulesAt(md, 7)).toEqual(["non-english"]);
    expect(rulesAt(md, 9)).toEqual([]);
  });

  it("exempts code spans and blocks except for placeholder and private-link", () => {
    const md = brief({ api: "- Send `fast` and `etc` as literal values.\n\n```\nfast robust PSP as discussed? localhost:8080 TODO\n```" });
    const f = check(md).findings;
    expect(f.map((x) => [x.line, x.rule]).sort()).toEqual([
      [12, "placeholder"],
      [12, "private-link"],
    ]);
  });
});

describe("check: inline suppression and options", () => {
  it("honours handoff-disable-next-line", () => {
    const md = brief({ context: "<!-- handoff-disable-next-line vague-term -->\nIt must be fast.\n\n<!-- handoff-disable-next-line -->\nIt must be robust, TBD." });
    expect(check(md).ready).toBe(true);
    const other = brief({ context: "<!-- handoff-disable-next-line placeholder -->\nIt must be fast." });
    expect(check(other).findings.map((f) => f.rule)).toEqual(["vague-term"]);
  });

  it("turns rules off, adds quality words and private hosts", () => {
    const md = brief({ context: "Results must be crisp.\n\nSee https://wiki.acme.io/page." });
    expect(check(md).ready).toBe(true);
    const r = check(md, { qualityWords: ["crisp"], privateHosts: ["*.acme.io"] });
    expect(r.findings.map((f) => f.rule)).toEqual(["vague-term", "private-link"]);
    expect(check(md, { qualityWords: ["crisp"], disabledRules: ["vague-term"] }).ready).toBe(true);
  });
});

describe("check: awkward input", () => {
  it("handles CRLF, BOM, tabs and full-width punctuation", () => {
    const md = "\uFEFF" + brief({ context: "It must be\tfast。Should we cache？" }).replace(/\n/g, "\r\n");
    const f = check(md).findings;
    expect(f.map((x) => [x.line, x.rule])).toEqual([
      [5, "vague-term"],
      [5, "open-question"],
    ]);
  });

  it("ignores headings in fenced code when looking for sections", () => {
    const md = "# T\n```\n## Context\n## API\n## Edge cases\n## Acceptance criteria\n```\n";
    expect(check(md).findings.filter((f) => f.rule === "missing-section")).toHaveLength(4);
  });

  it("describes every rule", () => {
    for (const id of RULE_IDS) expect(RULE_DESCRIPTIONS[id].length).toBeGreaterThan(20);
  });

  it("keeps messages that say what is missing and name the text", () => {
    const md = brief({ context: "Large files are rejected. It must be robust. Details: TBD. Ask Kenji." });
    for (const f of check(md).findings as Finding[]) {
      expect(f.excerpt && f.message.includes(f.excerpt)).toBe(true);
      expect(f.message).toMatch(/:|;/);
    }
  });
});
