#!/usr/bin/env node
// Wall-clock latency of one brief in a fresh, ordinary Node process: a server that has
// just started, whose first calls also pay for V8 compiling the checker (on background
// threads, unlike bench/checker.mjs's single-threaded process, which has run the checker
// over megabytes before it measures latency).
// Usage: checker-latency.mjs BRIEF_FILE WARM_UP_CALLS CALLS; prints JSON.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { check } = await import(join(root, "dist/lib/checker.js"));
const [file, warmUp, calls] = process.argv.slice(2);
const brief = readFileSync(file, "utf8");
for (let k = 0; k < Number(warmUp); k++) check(brief);
const lat = [];
for (let k = 0; k < Number(calls); k++) {
  const t0 = process.hrtime.bigint();
  check(brief);
  lat.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
lat.sort((a, b) => a - b);
const pct = (p) => Number(lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))].toFixed(3));
console.log(JSON.stringify({ median_ms: pct(50), p95_ms: pct(95) }));
