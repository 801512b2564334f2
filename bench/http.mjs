// HTTP benchmark: our endpoints against a bare route on the same server, in the
// same run, so the ratio survives a noisy shared machine. Writes
// bench/results/latest.json. Run with `npm run bench` (builds dist/ first).
import autocannon from "autocannon";
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "handoff.js");
const dataDir = mkdtempSync(join(tmpdir(), "handoff-bench-"));
const port = 3900 + Math.floor(Math.random() * 90);
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn", HOST: "127.0.0.1", NODE_ENV: "production" };
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

function articleSlug() {
  const dir = join(root, "content", "articles");
  if (!existsSync(dir)) return null;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    const m = /^slug:\s*["']?([a-z0-9-]+)/m.exec(readFileSync(join(dir, f), "utf8"));
    if (m) return m[1];
  }
  return null;
}

async function waitUp(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not start at ${url}`);
}

function measure(title, path, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: CONNECTIONS, duration: DURATION, headers }, (err, r) => {
      if (err) return reject(err);
      const non2xx = r.non2xx;
      resolve({ title, path, reqPerSec: r.requests.average, p50ms: r.latency.p50, p99ms: r.latency.p99, errors: r.errors, non2xx });
    });
  });
}

const server = spawn(process.execPath, [bin, "serve"], { env, stdio: ["ignore", "ignore", "inherit"] });
try {
  await waitUp(`http://127.0.0.1:${port}/healthz`);
  const token = execFileSync(process.execPath, [bin, "token", "create", "--email", "staff@cleansystems.example", "--name", "bench"], { env }).toString().trim();
  const targets = [
    ["bare route", "/healthz"],
    ["GET /api/v1/me", "/api/v1/me", { authorization: `Bearer ${token}` }],
    ["GET /login", "/login"],
  ];
  const slug = articleSlug();
  if (slug) targets.push(["GET /articles/:slug", `/articles/${slug}`]);
  const results = [];
  for (const [title, path, headers] of targets) {
    const r = await measure(title, path, headers);
    results.push(r);
    console.log(`${title.padEnd(22)} ${r.reqPerSec.toFixed(0).padStart(7)} req/s  p50 ${r.p50ms} ms  p99 ${r.p99ms} ms${r.non2xx ? `  non-2xx ${r.non2xx}` : ""}`);
  }
  const bare = results[0].reqPerSec;
  for (const r of results) r.ratioToBare = Number((r.reqPerSec / bare).toFixed(3));
  const out = { date: new Date().toISOString(), node: process.version, connections: CONNECTIONS, durationSeconds: DURATION, results };
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  writeFileSync(join(root, "bench", "results", "latest.json"), JSON.stringify(out, null, 2) + "\n");
  for (const r of results.slice(1)) console.log(`${r.title}: ${(r.ratioToBare * 100).toFixed(1)} % of the bare route`);
} finally {
  server.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
