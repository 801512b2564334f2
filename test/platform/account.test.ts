import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail } from "../../src/models/users.js";
import { ENGINES, createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/browser.js";

const week = (start: string, end: string) =>
  Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].flatMap((d, i) => (i < 5 ? [[`${d}_start`, start], [`${d}_end`, end]] : [[`${d}_start`, ""], [`${d}_end`, ""]])));

describe.each(ENGINES)("account page on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it("saves name, timezone and working hours, including hours across midnight", async () => {
    const b = await signedIn(t.app, "sam@cleansystems.example");
    await b.get("/account");
    const res = await b.post("/account", { name: "Sam Carter-Nakamura 中村", timezone: "America/New_York", ...week("22:00", "06:00") });
    expect(res.statusCode).toBe(303);
    const u = (await findUserByEmail(t.database.db, "sam@cleansystems.example"))!;
    expect(u.name).toBe("Sam Carter-Nakamura 中村");
    expect(JSON.parse(u.working_hours!)).toMatchObject({ mon: [["22:00", "06:00"]], fri: [["22:00", "06:00"]] });
    expect(JSON.parse(u.working_hours!).sat).toBeUndefined();
    const page = await b.get("/account");
    expect(page.body).toContain('value="Sam Carter-Nakamura 中村"');
  });

  it("re-renders bad input with every typed value and a message per field, saving nothing", async () => {
    const b = await signedIn(t.app, "aiko@sakura-payments.example");
    await b.get("/account");
    const res = await b.post("/account", { name: "", timezone: "Tokyo", ...week("9am", "18:00"), sat_start: "10:00", sat_end: "" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#f-name"');
    expect(res.body).toContain('href="#f-timezone"');
    expect(res.body).toContain('href="#f-mon_start"');
    expect(res.body).toContain('href="#f-sat_end"');
    expect(res.body).toContain('value="9am"');
    const u = (await findUserByEmail(t.database.db, "aiko@sakura-payments.example"))!;
    expect(u.name).toBe("Aiko Tanaka");
    expect(u.timezone).toBe("Asia/Tokyo");
  });
});
