#!/usr/bin/env node
// Prints a second labeller's labels (a folder of NAME.expected.json) as the findings array that
// ../shared/tools/score-lint.mjs reads, so one labeller can be scored against another:
//   node scripts/labels-as-findings.mjs test/fixtures/checker-relabel/set-cq > /tmp/b.json
//   node ../shared/tools/score-lint.mjs test/fixtures/checker-unseen/set-cq /tmp/b.json
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: labels-as-findings.mjs FOLDER");
  process.exit(2);
}
const findings = [];
for (const entry of readdirSync(dir).sort()) {
  if (!entry.endsWith(".expected.json")) continue;
  const file = entry.replace(/\.expected\.json$/, ".md");
  for (const f of JSON.parse(readFileSync(join(dir, entry), "utf8")).findings) findings.push({ file, ...f });
}
console.log(JSON.stringify(findings));
