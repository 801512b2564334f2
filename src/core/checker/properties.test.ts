import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { check, type Finding } from "./index.js";
import { brief } from "./test-support.js";

/** Pieces that exercise the Markdown parser: markers, fences, tables, comments, CJK, BOM, tabs. */
const PIECES = [
  "#", "## ", "### Context", "## API", "## Edge cases", "## Acceptance criteria", "- ", "* ", "1. ", "  - ", "\t", "    ",
  "```", "~~~", "`", "``", "[", "]", "(", ")", "](http://x)", "<!--", "-->", "<b>", "<", ">", "|", "| --- |", "---", "===",
  "\n", "\r\n", "\r", "\uFEFF", "?", "？", "。", "、", "「", "」", "\"", "TBD", "fast", "PSP", "Koban", "as discussed",
  "http://10.0.0.1:80/", "localhost", "maybe", "a few", "Der", "die", "und", "nicht", "日本語の文章です", "é", "😀", ":", ".",
  "calls", "by", "is", "etc.", "Q:", "A:", " ",
];

const markdownish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((p) => p.join(""));
const anyText = fc.oneof(markdownish, fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }));

function lineLengths(input: string): number[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function positionsOk(input: string, findings: readonly Finding[]): boolean {
  const lengths = lineLengths(input);
  for (const f of findings) {
    if (f.rule === "missing-section") {
      if (f.line !== null || f.column !== null || !f.section) return false;
      continue;
    }
    if (f.line === null || f.column === null) return false;
    if (f.line < 1 || f.line > lengths.length) return false;
    const len = lengths[f.line - 1];
    if (f.column < 1 || f.column > len + 1) return false;
    if (f.endColumn !== undefined && (f.endColumn < f.column || f.endColumn > len + 1)) return false;
  }
  return true;
}

describe("check: properties", () => {
  it("never throws on random Markdown", () => {
    fc.assert(
      fc.property(anyText, (md) => {
        check(md);
      }),
      { numRuns: 400 },
    );
  });

  it("reports lines and columns inside the input", () => {
    fc.assert(fc.property(anyText, (md) => positionsOk(md, check(md).findings)), { numRuns: 400 });
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(anyText, (md) => {
        expect(check(md)).toEqual(check(md));
      }),
      { numRuns: 200 },
    );
  });
});

/** Sentences that each trigger at least one rule. */
const FLAGGED = [
  "The export must be fast and robust.",
  "Retry a few times, then give up.",
  "Large files are rejected after a timeout.",
  "Send it to the PSP as discussed.",
  "Amounts are computed by Koban, etc.",
  "Use Kenji's trick from the backfill.",
  "Should we also refund shipping?",
  "Not sure if admins need this.",
  "Der Export muss ebenfalls protokolliert werden.",
  "既存のセッションは切らずに維持してください。",
  "Keep the setup simple and clean.",
  "Results show up in near real time.",
  "Handle errors gracefully, as needed.",
];
const AC_FLAGGED = ["The page feels snappy.", "Fraud is reduced.", "Rounding is correct for all currencies.", "It works well on mobile."];

const briefWithFlags = fc
  .record({
    context: fc.array(fc.constantFrom(...FLAGGED), { minLength: 1, maxLength: 3 }),
    edge: fc.array(fc.constantFrom(...FLAGGED), { minLength: 1, maxLength: 3 }),
    ac: fc.array(fc.constantFrom(...AC_FLAGGED), { minLength: 1, maxLength: 2 }),
  })
  .map((p) =>
    brief({
      context: p.context.join("\n\n"),
      edge: p.edge.map((s) => `- ${s}`).join("\n"),
      ac: p.ac.map((s) => `- ${s}`).join("\n"),
    }),
  );

/** Wraps [from, to) of one line in a code span whose fence is longer than any backtick run on the line. */
function wrap(md: string, line: number, from: number, to: number): { text: string; start: number; end: number } {
  const lines = md.split("\n");
  const l = lines[line - 1];
  let longest = 0;
  for (const run of l.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const inner = l.slice(from, to);
  const padded = inner.startsWith("`") || inner.endsWith("`") ? ` ${inner} ` : inner;
  lines[line - 1] = l.slice(0, from) + fence + padded + fence + l.slice(to);
  return { text: lines.join("\n"), start: from, end: from + fence.length * 2 + padded.length };
}

describe("check: code spans", () => {
  it("wrapping a flagged phrase in a code span removes its findings, except placeholder and private-link", () => {
    fc.assert(
      fc.property(briefWithFlags, (md) => {
        const findings = check(md).findings.filter(
          (f) => f.line !== null && !["placeholder", "private-link", "missing-section"].includes(f.rule),
        );
        expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) {
          const w = wrap(md, f.line!, f.column! - 1, (f.endColumn ?? f.column! + 1) - 1);
          const again = check(w.text).findings.filter((g) => g.rule === f.rule && g.line === f.line);
          for (const g of again) {
            const gs = g.column! - 1;
            const ge = (g.endColumn ?? g.column! + 1) - 1;
            expect(ge <= w.start || gs >= w.end, `${f.rule} at ${f.line}:${f.column} still reported in\n${w.text}`).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("keeps placeholder and private-link findings inside code spans", () => {
    const md = brief({ context: "Limit: TBD, see http://localhost:8080/x" });
    const before = check(md).findings.map((f) => f.rule).sort();
    const wrapped = brief({ context: "Limit: `TBD`, see `http://localhost:8080/x`" });
    expect(check(wrapped).findings.map((f) => f.rule).sort()).toEqual(before);
    expect(before).toEqual(["placeholder", "private-link"]);
  });
});

/** A word of letters only, different for every i: its base-26 digits as "a" to "z". */
const letters = (i: number): string => i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));

describe("check: pathological input", () => {
  // Completes at all (the suite's timeout bounds it); speed itself is measured in bench/.
  it("handles long runs, deep nesting and long lines", () => {
    const inputs = [
      "a".repeat(100_000),
      "`".repeat(100_000),
      "?".repeat(100_000),
      "[".repeat(100_000),
      "<b".repeat(50_000),
      "\"“".repeat(50_000),
      Array.from({ length: 2_000 }, (_, i) => " ".repeat(i % 200) + "- item fast").join("\n"),
      "fast ".repeat(20_000),
      "last year ".repeat(10_000),
      ("- " + "x".repeat(50) + "\n").repeat(5_000),
      // One line of thousands of capitalised words: each reads the title, list or name it stands in.
      "- " + "Zorblat ".repeat(15_000),
      "- " + "ABC, Alpha Beta Charlie, ".repeat(4_000),
      // Lines of thousands of URLs, asks, hedges and names, each once read back to its line's or sentence's start.
      "- " + "https://x.slack.com/a ".repeat(5_000),
      "- " + "Hermes Ask Bob. ".repeat(6_000),
      "- " + "50 by after ask Bob ".repeat(5_000),
      "- " + "I think every few ABC, ".repeat(4_000),
      "- " + "[fill in] Jens ".repeat(6_000),
      "- " + "`x` <b> not ".repeat(8_000),
      // A block quote of thousands of lines in another language, each line reading back to the quote's introduction.
      Array.from({ length: 5_000 }, () => "> 50 then (UTC+7) ご確認ください").join("\n"),
      // One long line of thousands of acronyms, each looked for an expansion on its line.
      "- " + "we use ABC; ".repeat(10_000),
      // Thousands of differently named limits, each looked up across the brief at its end.
      Array.from({ length: 5_000 }, (_, i) => `- keep the ${letters(i)} retention period and add ${letters(i + 1)} late fee.`).join("\n"),
    ];
    for (const md of inputs) expect(positionsOk(md, check(md).findings)).toBe(true);
  });
});
