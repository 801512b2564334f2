import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, createTestDatabase, type TestDatabase } from "../helpers/app.js";
import { migrate } from "../../src/storage/database.js";
import { insertOrg } from "../../src/models/orgs.js";
import { findUserByEmail, insertUser } from "../../src/models/users.js";

describe("SQLite settings", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
  });
  afterAll(() => t.close());

  it("opens with WAL, foreign keys, a 5 s busy timeout and synchronous=FULL", () => {
    const s = t.database.sqlite!;
    expect(s.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(s.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(s.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(s.pragma("synchronous", { simple: true })).toBe(2); // FULL
  });
});

describe.each(ENGINES)("storage on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.close());

  it("migrates idempotently", async () => {
    expect(await migrate(t.database.db)).toEqual([]);
  });

  it("keeps e-mail unique case-insensitively and stores non-ASCII names as typed", async () => {
    const org = await insertOrg(t.database.db, { slug: "x", name: "株式会社エックス", kind: "client" });
    await insertUser(t.database.db, { orgId: org.id, email: "Taro@Example.JP", name: "山田太郎", role: "client-owner", passwordHash: null });
    await expect(insertUser(t.database.db, { orgId: org.id, email: "taro@example.jp", name: "Other", role: "client-member", passwordHash: null })).rejects.toThrow();
    const u = await findUserByEmail(t.database.db, "TARO@example.jp");
    expect(u?.name).toBe("山田太郎");
    expect(u?.email).toBe("Taro@Example.JP");
  });

  it("enforces foreign keys", async () => {
    await expect(insertUser(t.database.db, { orgId: "no-such-org", email: "a@b.example", name: "A", role: "client-member", passwordHash: null })).rejects.toThrow();
  });
});
