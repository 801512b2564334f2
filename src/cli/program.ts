import { Command, CommanderError } from "commander";

/**
 * The `handoff` program with the given commands registered, and the one way it
 * runs: usage errors exit 2, `--help` and `--version` exit 0, anything else a
 * command throws propagates. Shared by the full CLI (main.ts) and the lint-only
 * entry (lint-main.ts), which must not load the server to check a brief.
 */
export function buildProgramWith(register: (program: Command) => void): Command {
  const program = new Command("handoff")
    .description("Async, documentation-first backend contracting")
    .showHelpAfterError()
    .exitOverride();
  register(program);
  return program;
}

export async function runProgram(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    throw err;
  }
}
