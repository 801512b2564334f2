// Builds dist/ for the CLI and server (Node, ESM, dependencies external) and the
// browser bundles in dist/public/ (everything inlined). esbuild only transpiles;
// `tsc --noEmit` in `npm test` does the type checking.
import { build } from "esbuild";
import { readdirSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
rmSync(join(root, "dist"), { recursive: true, force: true });

// Node entry points: the CLI (which also starts the server) and the pure
// libraries that benchmarks import from dist/ without a TypeScript loader.
const nodeEntries = {
  "cli/main": "src/cli/main.ts",
  "lib/checker": "src/core/checker/index.ts",
  "lib/hours": "src/core/hours/index.ts",
  "lib/readiness": "src/core/readiness/index.ts",
};
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

// Browser scripts: one bundle per file in src/client/ that is not a test.
const clientDir = join(root, "src/client");
const clientEntries = existsSync(clientDir)
  ? readdirSync(clientDir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => join("src/client", f))
  : [];
if (clientEntries.length) {
  await build({
    absWorkingDir: root,
    entryPoints: clientEntries,
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
