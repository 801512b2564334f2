import type { FastifyInstance } from "fastify";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file whether it runs from src/ or dist/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find package.json above " + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Serves /assets/NAME from public/ (hand-written CSS, images) and dist/public/
 * (bundled browser scripts). Files are read once and cached with an ETag.
 */
export function registerAssets(app: FastifyInstance): void {
  const root = projectRoot();
  const dirs = [join(root, "public"), join(root, "dist", "public")];
  const cache = new Map<string, { body: Buffer; etag: string; type: string } | null>();
  app.get("/assets/:name", async (req, reply) => {
    const { name } = req.params as { name: string };
    if (!/^[\w.-]+$/.test(name) || name.startsWith(".")) return reply.callNotFound();
    let entry = cache.get(name);
    if (entry === undefined) {
      const file = dirs.map((d) => join(d, name)).find((f) => existsSync(f));
      const ext = name.slice(name.lastIndexOf("."));
      entry = file && TYPES[ext] ? load(file, TYPES[ext]) : null;
      if (process.env.NODE_ENV === "production") cache.set(name, entry);
    }
    if (!entry) return reply.callNotFound();
    if (req.headers["if-none-match"] === entry.etag) return reply.code(304).send();
    return reply.header("etag", entry.etag).header("cache-control", "public, max-age=300").type(entry.type).send(entry.body);
  });
}

function load(file: string, type: string) {
  const body = readFileSync(file);
  return { body, type, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
}
