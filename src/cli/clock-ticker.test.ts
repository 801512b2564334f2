import { describe, expect, it } from "vitest";
import { digestsOf } from "../models/digests.js";
import { findUserByEmail } from "../models/users.js";
import { createTestApp, testConfig } from "../../test/helpers/app.js";
import { startClockTicker } from "./clock-ticker.js";

describe("clock ticker (runs inside handoff serve)", () => {
  it("sends the 08:30 digest when a pass runs at that time, and stops cleanly", async () => {
    const t = await createTestApp("sqlite");
    try {
      const yamada = (await findUserByEmail(t.database.db, "yamada@sakura-payments.example"))!;
      const errors: string[] = [];
      const ticker = startClockTicker(t.database, testConfig(), (level, msg) => level === "error" && errors.push(msg), {
        everyMs: 20,
        now: () => Date.parse("2027-04-26T08:30:00+09:00"), // a Monday in Tokyo
      });
      await expect.poll(async () => (await digestsOf(t.database.db, yamada.id)).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await ticker.stop();
      const after = (await digestsOf(t.database.db, yamada.id)).length;
      await new Promise((r) => setTimeout(r, 100));
      expect((await digestsOf(t.database.db, yamada.id)).length).toBe(after);
      expect(after).toBe(1); // the same morning is never sent twice
      expect(errors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
