import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** `npm run build` when dist/ is missing or older than src/, so the child runs this code. */
export function ensureBuilt(): void {
  const main = join(root, "dist/cli/main.js");
  if (existsSync(main) && statSync(main).mtimeMs >= newestSource(join(root, "src"))) return;
  const r = spawnSync(process.execPath, [join(root, "scripts/build.mjs")], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("build failed");
}

/** Starts `node bin/handoff.js worker` with the given environment. */
export function startWorker(env: Record<string, string>): ChildProcess & { output: string } {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  const child = spawn(process.execPath, [join(root, "bin/handoff.js"), "worker"], { cwd: root, env: { ...base, ...env }, stdio: ["ignore", "pipe", "pipe"] }) as ChildProcess & { output: string };
  child.output = "";
  child.stdout?.on("data", (c) => (child.output += c));
  child.stderr?.on("data", (c) => (child.output = (child.output + c).slice(-20_000)));
  return child;
}

/** SIGKILL, as a crash would: no cleanup, claims left behind. */
export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await done;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
