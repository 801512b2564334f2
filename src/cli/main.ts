import type { Command } from "commander";
import { registerCommands } from "./commands/index.js";
import { buildProgramWith, runProgram } from "./program.js";

/**
 * Builds the `handoff` program. Each command lives in its own file under
 * commands/ and registers itself; this file only wires them (program.ts maps
 * errors to exit codes: usage errors → 2, everything else a command throws → 1).
 */
export function buildProgram(): Command {
  return buildProgramWith(registerCommands);
}

export async function main(argv: string[]): Promise<void> {
  await runProgram(buildProgram(), argv);
}
