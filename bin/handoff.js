#!/usr/bin/env node
// The CLI entry point runs the esbuild output in dist/ (built by `npm ci` via the
// prepare script), so `npx handoff` starts without a TypeScript loader.
import("../dist/cli/main.js").then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`handoff: ${err && err.message ? err.message : err}\n`);
  process.exit(1);
});
