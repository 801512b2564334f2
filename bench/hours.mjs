// Benchmark (not a test): due times for 10,000 open items across varied zones
// and schedules, against a loop that only reads the same items, in one run.
// Writes bench/results/hours.json. Run after `npm run build`:
//   node bench/hours.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { addWorkingTime, dueState, workingTimeBetween } from "../dist/lib/hours.js";

const ITEMS = 10_000;
const H = 3_600_000;
const ROUNDS = 7;

// Deterministic pseudo-random numbers (mulberry32) so every run measures the same work.
let seed = 0x5eed;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];

const ZONES = ["Asia/Tokyo", "Europe/Copenhagen", "America/New_York", "Asia/Jakarta", "America/Los_Angeles", "Europe/London", "Asia/Kolkata", "Australia/Sydney"];
const COUNTRY = { "Asia/Tokyo": "JP", "Europe/Copenhagen": "DK", "America/New_York": "US", "Asia/Jakarta": "ID", "America/Los_Angeles": "US" };
const WEEK = ["mon", "tue", "wed", "thu", "fri"];
const SCHEDULES = [
  undefined, // default Mon–Fri 09:00–17:00
  Object.fromEntries(WEEK.map((d) => [d, ["08:00-12:00", "13:00-17:30"]])),
  Object.fromEntries(WEEK.map((d) => [d, ["22:00-06:00"]])),
  { mon: ["10:00-18:00"], tue: ["10:00-18:00"], wed: ["10:00-14:00"], thu: ["10:00-18:00"], sat: ["09:00-13:00"] },
];

// ~200 distinct people, as in a real deployment; items point at them.
const people = Array.from({ length: 200 }, () => {
  const zone = pick(ZONES);
  const p = { zone, hours: pick(SCHEDULES), holidayCountry: COUNTRY[zone] ?? null };
  if (rand() < 0.2) p.timeOff = [{ from: "2027-05-10", to: "2027-05-21" }];
  if (rand() < 0.1) p.travel = [{ from: "2027-06-01", to: "2027-06-14", zone: pick(ZONES) }];
  return p;
});
const start2027 = Date.UTC(2027, 0, 1);
const items = Array.from({ length: ITEMS }, (_, i) => ({
  id: i,
  owner: pick(people),
  openedAt: start2027 + Math.floor(rand() * 360 * 24) * H + Math.floor(rand() * 60) * 60_000,
  slaMs: pick([4, 8, 24, 40, 72]) * H,
}));

function readOnly() {
  let sum = 0;
  for (const it of items) sum += it.openedAt + it.slaMs + it.owner.zone.length;
  return sum;
}

function computeDue() {
  let sum = 0;
  for (const it of items) sum += addWorkingTime(it.owner, it.openedAt, it.slaMs);
  return sum;
}

function time(fn) {
  const t0 = performance.now();
  const r = fn();
  return { ms: performance.now() - t0, r };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// First pass is cold: Intl formatters, holiday years and shift boundaries get cached.
const cold = time(computeDue);
const warm = [];
const read = [];
for (let i = 0; i < ROUNDS; i++) {
  warm.push(time(computeDue).ms);
  // The read-only loop is too quick to time once; repeat it and divide.
  const reps = 1000;
  const t = time(() => {
    let s = 0;
    for (let k = 0; k < reps; k++) s += readOnly();
    return s;
  });
  read.push(t.ms / reps);
}

// Sanity: every due time round-trips (not timed).
for (const it of items.slice(0, 500)) {
  const due = addWorkingTime(it.owner, it.openedAt, it.slaMs);
  if (workingTimeBetween(it.owner, it.openedAt, due) !== it.slaMs) throw new Error(`round trip failed for item ${it.id}`);
  dueState(it.owner, due, it.openedAt);
}

const result = {
  benchmark: "hours: addWorkingTime for open items vs a loop that only reads them",
  items: ITEMS,
  distinctPeople: people.length,
  rounds: ROUNDS,
  coldMs: +cold.ms.toFixed(2),
  warmMsMedian: +median(warm).toFixed(2),
  readOnlyMsMedian: +median(read).toFixed(4),
  ratioWarmToReadOnly: +(median(warm) / median(read)).toFixed(0),
  ratioColdToReadOnly: +(cold.ms / median(read)).toFixed(0),
  microsecondsPerItemWarm: +((median(warm) * 1000) / ITEMS).toFixed(2),
  node: process.version,
  at: new Date().toISOString(),
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/hours.json", import.meta.url), JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result, null, 2));
