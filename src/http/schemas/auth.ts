import { z } from "zod";
import { email, newPassword, personName, timeZone } from "./common.js";

/** Sign-in form. */
export const loginForm = z.object({
  /** The account's e-mail address, any case. */
  email: z.string().trim().max(320).default(""),
  /** The password as typed. */
  password: z.string().max(200).default(""),
  /** A local path to return to after signing in. */
  next: z.string().max(2000).optional(),
});

/** Accepting an invitation creates the account. */
export const acceptInvitationForm = z.object({
  /** Display name, any script. */
  name: personName,
  /** The new account's password. */
  password: newPassword,
  /** IANA zone, prefilled from the browser. */
  timezone: timeZone,
});

/** Choosing a new password from a reset link. */
export const resetForm = z.object({
  /** The new password. */
  password: newPassword,
});

/** Asking for a reset link. */
export const resetRequestForm = z.object({
  /** Where the link goes, if an account has it. */
  email,
});
