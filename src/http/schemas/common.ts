import { z } from "zod";
import { isValidTimeZone } from "../../core/timezones.js";

/** An id in a URL: our ids are UUIDs; anything else cannot exist, so it is a 404 later. */
export const idParam = z.object({
  /** Record id (UUID). */
  id: z.string().min(1).max(64),
});

/** An e-mail address, trimmed; non-ASCII local parts and domains are allowed. */
export const email = z
  .string({ error: "Enter an e-mail address." })
  .trim()
  .min(3, "Enter an e-mail address.")
  .max(320, "Use an e-mail address of at most 320 characters.")
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u, "Enter an e-mail address like name@example.com.");

/** A person's display name, any script (e.g. 山田太郎). */
export const personName = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(200, "Use at most 200 characters for the name.");

/** A new password: long rather than complex (NIST 800-63B). */
export const newPassword = z
  .string({ error: "Choose a password." })
  .min(10, "Use at least 10 characters for the password.")
  .max(200, "Use at most 200 characters for the password.");

/** An IANA timezone name such as Asia/Tokyo. */
export const timeZone = z
  .string({ error: "Choose a timezone." })
  .trim()
  .refine(isValidTimeZone, "Choose a timezone from the list (an IANA name such as Asia/Tokyo).");

export const role = z.enum(["staff", "client-owner", "client-member", "contractor"], {
  error: "Choose a role: staff, client-owner, client-member or contractor.",
});
