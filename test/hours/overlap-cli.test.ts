/**
 * `handoff overlap` end to end through commander: options, output, exit codes
 * (usage errors throw a CommanderError with exit code 2, which main.ts turns
 * into the process exit code).
 */
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { register } from "../../src/cli/commands/overlap.js";

async function run(...args: string[]): Promise<{ out: string; err: string; exitCode: number }> {
  let out = "";
  let err = "";
  const program = new Command("handoff")
    .exitOverride()
    .configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (err += s) });
  register(program);
  try {
    await program.parseAsync(["overlap", ...args], { from: "user" });
    return { out, err, exitCode: 0 };
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    // As main.ts does: any commander failure is a usage error, exit code 2.
    return { out, err, exitCode: e.exitCode === 0 ? 0 : 2 };
  }
}

const TOKYO = "Asia/Tokyo@09:00-18:00";
const CPH = "Europe/Copenhagen@09:00-17:00";

describe("handoff overlap", () => {
  it("prints the overlap before and after the European clock change", async () => {
    expect(await run("--a", TOKYO, "--b", CPH, "--date", "2027-03-26")).toEqual({
      out: "1.0 h: 17:00-18:00 Asia/Tokyo = 09:00-10:00 Europe/Copenhagen\n",
      err: "",
      exitCode: 0,
    });
    expect((await run("--a", TOKYO, "--b", CPH, "--date", "2027-03-29")).out).toBe(
      "2.0 h: 16:00-18:00 Asia/Tokyo = 09:00-11:00 Europe/Copenhagen\n",
    );
  });

  it("prints one dated line per day with --days", async () => {
    const { out, exitCode } = await run("--a", TOKYO, "--b", CPH, "--date", "2027-03-20", "--days", "14");
    expect(exitCode).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe("2027-03-20 Sat  1.0 h: 17:00-18:00 Asia/Tokyo = 09:00-10:00 Europe/Copenhagen");
    expect(lines[8]).toBe("2027-03-28 Sun  2.0 h: 16:00-18:00 Asia/Tokyo = 09:00-11:00 Europe/Copenhagen");
    expect(lines[13]).toMatch(/^2027-04-02 Fri {2}2\.0 h: /);
  });

  it("says when there is no overlap", async () => {
    const { out } = await run("--a", "Asia/Tokyo@09:00-17:00", "--b", "America/New_York@09:00-17:00", "--date", "2027-06-07");
    expect(out).toBe("0.0 h: no overlap\n");
  });

  it("handles several ranges, half hours and midnight-crossing hours", async () => {
    const split = await run("--a", "Asia/Tokyo@09:00-12:00,13:00-18:00", "--b", "Asia/Kolkata@08:00-10:30", "--date", "2027-06-07");
    expect(split.out).toBe("1.5 h: 11:30-12:00, 13:00-14:00 Asia/Tokyo = 08:00-08:30, 09:30-10:30 Asia/Kolkata\n");
    const night = await run("--a", "America/New_York@18:00-02:00", "--b", "Europe/London@20:00-04:00", "--date", "2027-06-07");
    expect(night.out).toBe("5.0 h: 18:00-23:00 America/New_York = 23:00-04:00+1d Europe/London\n");
    // Each schedule is read on the date in its own zone: Tokyo's Monday and New York's Monday night do not meet.
    const apart = await run("--a", "Asia/Tokyo@09:00-18:00", "--b", "America/New_York@18:00-02:00", "--date", "2027-06-07");
    expect(apart.out).toBe("0.0 h: no overlap\n");
    const toMidnight = await run("--a", "UTC@20:00-24:00", "--b", "UTC@22:00-02:00", "--date", "2027-06-07");
    expect(toMidnight.out).toBe("2.0 h: 22:00-24:00 UTC = 22:00-24:00 UTC\n");
  });

  it("exits 2 naming the option and the fix for a bad zone, range, date or day count", async () => {
    const cases: [string[], RegExp][] = [
      [["--a", "Asia/Tokio@09:00-18:00", "--b", CPH, "--date", "2027-03-26"], /--a: unknown time zone "Asia\/Tokio"; use an IANA zone name/],
      [["--a", TOKYO, "--b", "Europe/Copenhagen@9-17", "--date", "2027-03-26"], /--b: "9-17" is not HH:MM-HH:MM; write hours as HH:MM-HH:MM/],
      [["--a", "Asia/Tokyo", "--b", CPH, "--date", "2027-03-26"], /--a "Asia\/Tokyo": expected ZONE@HH:MM-HH:MM/],
      [["--a", "Asia/Tokyo@09:00-12:00,11:00-13:00", "--b", CPH, "--date", "2027-03-26"], /--a: the ranges .* overlap/],
      [["--a", TOKYO, "--b", CPH, "--date", "2027-02-30"], /--date "2027-02-30" is not a date; write it as YYYY-MM-DD/],
      [["--a", TOKYO, "--b", CPH, "--date", "2027-03-26", "--days", "0"], /--days "0" must be a whole number from 1 to 366/],
      [["--a", TOKYO, "--b", CPH], /required option '--date/],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args);
      expect(r.exitCode, args.join(" ")).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe("");
    }
  });

  it("has --help", async () => {
    const r = await run("--help");
    expect(r.exitCode).toBe(0);
    expect(r.out).toMatch(/Usage: handoff overlap \[options\]/);
    expect(r.out).toMatch(/--days <n>/);
  });
});
