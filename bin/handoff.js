#!/usr/bin/env node
// The CLI entry point runs the esbuild output in dist/ (built by `npm ci` via the
// prepare script), so `npx handoff` starts without a TypeScript loader.
// `handoff lint` starts from its own entry: checking a brief must not load the server's dependencies.
const entry = process.argv[2] === "lint" ? "../dist/cli/lint-main.js" : "../dist/cli/main.js";
import(entry).then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`handoff: ${err && err.message ? err.message : err}\n`);
  process.exit(1);
});
