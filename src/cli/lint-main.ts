import { register } from "./commands/lint.js";
import { buildProgramWith, runProgram } from "./program.js";

/**
 * `handoff lint` on its own: the command editors, pre-commit hooks and CI run on
 * every brief. bin/handoff.js starts here for `lint` so that checking a brief
 * loads the checker and commander only, not the server, database drivers and
 * mailer the other commands need (about 1.5 s of CPU on every start).
 */
export async function main(argv: string[]): Promise<void> {
  await runProgram(buildProgramWith(register), argv);
}
