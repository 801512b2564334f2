// Benchmark (not a test): messages per second that `handoff worker` processes
// deliver to a local webhook receiver on PostgreSQL, with 1 and 2 workers, in
// one run. Writes bench/results/outbox.json. Run after `npm run build`:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/outbox.mjs [messages]
import { spawn, spawnSync } from "node:child_process";
import { createCipheriv, createHash, randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";

const BASE = process.env.DATABASE_URL ?? process.env.HANDOFF_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const MESSAGES = Number(process.argv[2] ?? 5000);
const KEY = "bench-secret-key";
const root = new URL("..", import.meta.url).pathname;

const seal = (plain) => {
  const key = createHash("sha256").update(KEY).digest();
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return `v1:${Buffer.concat([iv, c.getAuthTag(), body]).toString("base64")}`;
};

// The receiver counts distinct webhook ids (a resend would not count twice).
const seen = new Set();
let arrivals = 0;
const receiver = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    arrivals++;
    seen.add(req.headers["webhook-id"]);
    res.writeHead(204).end();
  });
});
await new Promise((r) => receiver.listen(0, "127.0.0.1", r));
const port = receiver.address().port;

async function run(workers) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const url = `${BASE}${BASE.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const admin = new pg.Client({ connectionString: BASE });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const env = { ...process.env, DATABASE_URL: url, HANDOFF_SECRET_KEY: KEY, ALLOW_PRIVATE_WEBHOOKS: "1", HANDOFF_OUTBOX_POLL_MS: "50", LOG_LEVEL: "silent" };
  const m = spawnSync(process.execPath, [`${root}bin/handoff.js`, "migrate"], { env, encoding: "utf8" });
  if (m.status !== 0) throw new Error(`migrate failed: ${m.stderr}`);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const now = new Date().toISOString();
  const org = randomUUID();
  const channel = randomUUID();
  await db.query(`INSERT INTO orgs (id, slug, name, kind, created_at) VALUES ($1, 'bench', 'Bench', 'client', $2)`, [org, now]);
  await db.query(
    `INSERT INTO channels (id, org_id, kind, name, config, secret_enc, events, enabled, created_at, updated_at) VALUES ($1, $2, 'webhook', 'bench', $3, $4, '["*"]', 1, $5, $5)`,
    [channel, org, JSON.stringify({ url: `http://127.0.0.1:${port}/in` }), seal(`whsec_${randomBytes(24).toString("base64")}`), now],
  );
  for (let start = 0; start < MESSAGES; start += 1000) {
    const values = [];
    const params = [];
    for (let i = start; i < Math.min(MESSAGES, start + 1000); i++) {
      const id = randomUUID();
      const p = params.length;
      values.push(`($${p + 1}, $${p + 2}, $${p + 3}, 'webhook', $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 1}, 'pending', 0, $${p + 8}, $${p + 8}, $${p + 8})`);
      params.push(id, org, channel, `webhook:${channel}`, randomUUID().slice(0, 8) + (i % 500), `${String(Date.now()).padStart(15, "0")}.${String(i).padStart(6, "0")}`, JSON.stringify({ body: JSON.stringify({ type: "bench", data: { i } }) }), now);
    }
    await db.query(
      `INSERT INTO outbox (id, org_id, channel_id, kind, destination, brief_id, seq, payload, idempotency_key, state, attempts, next_attempt_at, created_at, updated_at) VALUES ${values.join(",")}`,
      params,
    );
  }
  seen.clear();
  arrivals = 0;
  const t0 = performance.now();
  const procs = Array.from({ length: workers }, () => spawn(process.execPath, [`${root}bin/handoff.js`, "worker"], { env, stdio: "ignore" }));
  let sent = 0;
  while (sent < MESSAGES) {
    await new Promise((r) => setTimeout(r, 100));
    sent = Number((await db.query(`SELECT count(*) AS n FROM outbox WHERE state = 'sent'`)).rows[0].n);
  }
  const seconds = (performance.now() - t0) / 1000;
  for (const p of procs) p.kill("SIGTERM");
  await db.end();
  await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
  await admin.end();
  return { workers, messages: MESSAGES, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(MESSAGES / seconds), received: seen.size, resends: arrivals - seen.size };
}

const results = [await run(1), await run(2)];
receiver.close();
const out = {
  benchmark: "outbox relay: webhook messages delivered per second by `handoff worker` on PostgreSQL (includes worker start-up)",
  date: new Date().toISOString(),
  node: process.version,
  results,
  ratio2to1: Number((results[1].perSecond / results[0].perSecond).toFixed(2)),
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/outbox.json", import.meta.url), JSON.stringify(out, null, 2) + "\n");
console.log(JSON.stringify(out, null, 2));
