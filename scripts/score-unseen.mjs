#!/usr/bin/env node
// Scores the built checker (dist/lib/checker.js; run `node scripts/build.mjs` first) on the labelled
// unseen sets, the way test/fixtures/checker-unseen/README.md reports them: per set, pooled, and
// optionally per rule, with each error listed. Keys match ../shared/tools/score-lint.mjs (rule and
// line, or rule and section for missing-section), one finding per key.
//
//   node scripts/score-unseen.mjs                       every set
//   node scripts/score-unseen.mjs --sets nw,nx,ny,nz    a round, as first-contact scores were taken
//   node scripts/score-unseen.mjs --by-rule --errors fp --rule undefined-term
//
// To score a round at the rules of another commit, build that commit in a worktree and pass its
// dist/lib/checker.js with --lib.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    sets: { type: "string" },
    lib: { type: "string", default: join(root, "dist/lib/checker.js") },
    "by-rule": { type: "boolean", default: false },
    errors: { type: "string" },
    rule: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});
if (values.errors !== undefined && values.errors !== "fp" && values.errors !== "fn") {
  console.error("score-unseen: --errors takes fp or fn");
  process.exit(2);
}
if (!existsSync(values.lib)) {
  console.error(`score-unseen: ${values.lib} is missing: run node scripts/build.mjs first, or pass --lib`);
  process.exit(2);
}
const { check } = await import(pathToFileURL(resolve(values.lib)).href);

const setsDir = join(root, "test/fixtures/checker-unseen");
const all = readdirSync(setsDir).filter((d) => d.startsWith("set-")).map((d) => d.slice(4)).sort();
const wanted = values.sets ? values.sets.split(",").map((s) => s.trim().replace(/^set-/, "")) : all;
const unknown = wanted.filter((s) => !all.includes(s));
if (unknown.length > 0) {
  console.error(`score-unseen: no such set: ${unknown.join(", ")}`);
  process.exit(2);
}

const key = (f) => (f.rule === "missing-section" ? `${f.rule}|section:${f.section}` : `${f.rule}|line:${f.line}`);
const ratio = (a, b) => (b === 0 ? 1 : a / b);
const pooled = { tp: 0, fp: 0, fn: 0 };
const byRule = new Map();
const count = (rule, field) => {
  if (!byRule.has(rule)) byRule.set(rule, { tp: 0, fp: 0, fn: 0 });
  byRule.get(rule)[field]++;
  pooled[field]++;
};

for (const set of wanted) {
  const dir = join(setsDir, `set-${set}`);
  const s = { tp: 0, fp: 0, fn: 0 };
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith(".expected.json")) continue;
    const name = entry.replace(/\.expected\.json$/, "");
    const text = readFileSync(join(dir, `${name}.md`), "utf8");
    const lines = text.split(/\r?\n/);
    const expected = new Set(JSON.parse(readFileSync(join(dir, entry), "utf8")).findings.map(key));
    const found = new Map();
    for (const f of check(text).findings) if (!found.has(key(f))) found.set(key(f), f);
    for (const [k, f] of found) {
      const hit = expected.has(k);
      count(f.rule, hit ? "tp" : "fp");
      s[hit ? "tp" : "fp"]++;
      if (!hit && values.errors === "fp" && (!values.rule || values.rule === f.rule)) {
        console.log(`FP ${name}:${f.line ?? "-"} ${f.rule} [${f.excerpt ?? f.section ?? ""}] ${(lines[(f.line ?? 0) - 1] ?? "").trim().slice(0, 160)}`);
      }
    }
    for (const k of expected) {
      if (found.has(k)) continue;
      const [rule, where] = k.split("|");
      count(rule, "fn");
      s.fn++;
      const line = where.startsWith("line:") ? Number(where.slice(5)) : 0;
      if (values.errors === "fn" && (!values.rule || values.rule === rule)) {
        console.log(`FN ${name}:${line || "-"} ${rule} ${line ? (lines[line - 1] ?? "").trim().slice(0, 160) : where}`);
      }
    }
  }
  if (!values.quiet) console.log(`${set.padEnd(4)} ${ratio(s.tp, s.tp + s.fp).toFixed(3)} / ${ratio(s.tp, s.tp + s.fn).toFixed(3)}  (${s.tp} tp, ${s.fp} fp, ${s.fn} fn)`);
}
if (values["by-rule"]) {
  for (const [rule, c] of [...byRule].sort()) {
    console.log(`${rule.padEnd(22)} ${ratio(c.tp, c.tp + c.fp).toFixed(3)} / ${ratio(c.tp, c.tp + c.fn).toFixed(3)}  (${c.tp} tp, ${c.fp} fp, ${c.fn} fn)`);
  }
}
const { tp, fp, fn } = pooled;
console.log(`pooled over ${wanted.length} sets: precision ${ratio(tp, tp + fp).toFixed(3)}, recall ${ratio(tp, tp + fn).toFixed(3)} (${tp} tp, ${fp} fp, ${fn} fn; ${tp + fn} labels)`);
