/** Every labelled corpus of briefs: the development corpus, the held-out set, the extra briefs and the unseen sets. */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = process.cwd();
export const UNSEEN = join(ROOT, "test", "fixtures", "checker-unseen");
export const CORPORA = [
  resolve(ROOT, "..", "shared", "spec-corpus"),
  join(ROOT, "test", "fixtures", "checker-holdout"),
  join(ROOT, "test", "fixtures", "checker", "extra"),
  ...readdirSync(UNSEEN)
    .filter((d) => d.startsWith("set-"))
    .map((d) => join(UNSEEN, d)),
].filter((d) => existsSync(d));
