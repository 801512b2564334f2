import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands/index.js";

/**
 * Builds the `handoff` program. Each command lives in its own file under
 * commands/ and registers itself; this file only wires them and maps errors to
 * exit codes (usage errors → 2, everything else a command throws → 1).
 */
export function buildProgram(): Command {
  const program = new Command("handoff")
    .description("Async, documentation-first backend contracting")
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
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
