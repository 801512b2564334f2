import type { Command } from "commander";
import { register as backup } from "./backup.js";
import { register as digest } from "./digest.js";
import { register as lint } from "./lint.js";
import { register as migrate } from "./migrate.js";
import { register as overlap } from "./overlap.js";
import { register as seed } from "./seed.js";
import { register as serve } from "./serve.js";
import { register as token } from "./token.js";
import { register as user } from "./user.js";
import { register as worker } from "./worker.js";

/** Every CLI command registers itself here, one line each. */
export function registerCommands(program: Command): void {
  serve(program);
  migrate(program);
  seed(program);
  user(program);
  token(program);
  backup(program);
  overlap(program);
  worker(program);
  lint(program);
  digest(program);
}
