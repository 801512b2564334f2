import { z } from "zod";
import { newPassword, personName, timeZone } from "./common.js";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The account page: name, zone and one working range per weekday (empty = not working). */
export const profileForm = z
  .object({
    /** Display name. */
    name: personName,
    /** IANA zone. */
    timezone: timeZone,
    ...Object.fromEntries(
      WEEKDAYS.flatMap((d) => [
        [`${d}_start`, z.string().trim().max(5).default("")],
        [`${d}_end`, z.string().trim().max(5).default("")],
      ]),
    ),
  })
  .superRefine((v: Record<string, string>, ctx) => {
    for (const d of WEEKDAYS) {
      const s = v[`${d}_start`], e = v[`${d}_end`];
      if (!s && !e) continue;
      if (!hhmm.test(s)) ctx.addIssue({ code: "custom", path: [`${d}_start`], message: "Enter a start time as HH:MM (e.g. 09:00), or leave both empty for a day off." });
      if (!hhmm.test(e)) ctx.addIssue({ code: "custom", path: [`${d}_end`], message: "Enter an end time as HH:MM (e.g. 17:00), or leave both empty for a day off." });
      if (hhmm.test(s) && hhmm.test(e) && s === e) ctx.addIssue({ code: "custom", path: [`${d}_end`], message: "The end time must differ from the start time." });
    }
  });

/** Changing the password while signed in. */
export const passwordForm = z.object({
  /** The password in use now. */
  current: z.string().max(200).default(""),
  /** The new password. */
  password: newPassword,
});
