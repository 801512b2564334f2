#!/usr/bin/env node
// Import-boundary lint: each layer under src/ may import only the layers the
// table below allows (docs/architecture.md). Runs in `npm test`; prints one
// line per forbidden import and exits 1. Usage: check-boundaries.mjs [SRC_DIR]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** layer → layers it may import (besides itself). */
export const ALLOWED = {
  core: [],
  content: ["core"],
  storage: ["core"],
  models: ["core", "storage"],
  policies: ["core", "models"],
  commands: ["core", "storage", "models", "policies"],
  integrations: ["core"],
  outbox: ["core", "storage", "models", "integrations"],
  http: ["core", "content", "storage", "models", "policies", "commands"],
  client: ["core"],
  cli: ["core", "content", "storage", "models", "policies", "commands", "integrations", "outbox", "http"],
};

/** Packages that do I/O may not be imported by pure layers. */
const NODE_ONLY_FOR_PURE = /^(node:|fs$|path$|crypto$|http$|https$|net$|os$|child_process$|better-sqlite3|pg$|kysely|fastify|nodemailer)/;
const PURE = new Set(["core", "client"]);

const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|[\s;(])import\s*\(\s*["']([^"']+)["']\s*\)|(?:^|[\s;])import\s*["']([^"']+)["']/g;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield p;
  }
}

/** Returns forbidden imports under srcDir as "file: imports layer/x (layer may import …)". */
export function checkBoundaries(srcDir) {
  const problems = [];
  for (const file of walk(srcDir)) {
    const rel = relative(srcDir, file);
    const layer = rel.split(sep)[0];
    if (!(layer in ALLOWED)) {
      if (rel.includes(sep)) problems.push(`${rel}: "${layer}" is not a known layer (add it to scripts/check-boundaries.mjs)`);
      continue;
    }
    const isTest = /\.test\.[mc]?[jt]sx?$/.test(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(IMPORT_RE)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith(".")) {
        const target = relative(srcDir, resolve(dirname(file), spec));
        if (target.startsWith("..")) continue; // outside src/ (tests importing helpers)
        const targetLayer = target.split(sep)[0];
        if (targetLayer !== layer && !ALLOWED[layer].includes(targetLayer)) {
          problems.push(`${rel}: imports ${target} — "${layer}" may import only ${ALLOWED[layer].join(", ") || "nothing of ours"}`);
        }
      } else if (PURE.has(layer) && !isTest && NODE_ONLY_FOR_PURE.test(spec)) {
        problems.push(`${rel}: imports "${spec}" — "${layer}" must stay pure (no Node APIs or I/O packages)`);
      }
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "src"));
  const problems = checkBoundaries(srcDir);
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`${problems.length} forbidden import(s)`);
    process.exit(1);
  }
  console.log("import boundaries ok");
}
