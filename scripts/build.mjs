// Builds dist/ for the CLI and server (Node, ESM, dependencies external) and the
// browser bundles in dist/public/ (everything inlined). esbuild only transpiles;
// `tsc --noEmit` in `npm test` does the type checking.
import { build } from "esbuild";
import { readdirSync, existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

// Node entry points: the CLI (which also starts the server) and the pure
// libraries that benchmarks import from dist/ without a TypeScript loader.
const nodeEntries = {
  "cli/main": "src/cli/main.ts",
  "cli/lint-main": "src/cli/lint-main.ts",
  "lib/checker": "src/core/checker/index.ts",
  "lib/checker-read-only": "src/core/checker/read-only.ts",
  "lib/hours": "src/core/hours/index.ts",
  "lib/readiness": "src/core/readiness/index.ts",
};

/** Bundles every src/client/*.ts (not tests) to dist/public/NAME.js, served at /assets/NAME.js. */
export async function buildBrowserBundles() {
  const clientDir = join(root, "src/client");
  const entries = existsSync(clientDir)
    ? readdirSync(clientDir)
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
        .map((f) => join("src/client", f))
    : [];
  if (!entries.length) return;
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: "dist/public",
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2020",
    minify: true,
    sourcemap: true,
    logLevel: "warning",
  });
}

/** The whole dist/: cleaned, Node entries, then browser bundles. */
export async function buildAll() {
  rmSync(join(root, "dist"), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(nodeEntries).filter(([, src]) => existsSync(join(root, src)))),
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
  await buildBrowserBundles();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildAll();
