import { z } from "zod";
import { email, role } from "./common.js";

/** Creating a client organisation (staff). */
export const createOrgBody = z.object({
  /** Display name, e.g. "Sakura Payments K.K.". */
  name: z.string({ error: "Enter the organisation's name." }).trim().min(1, "Enter the organisation's name.").max(200, "Use at most 200 characters."),
  /** URL-safe short name; derived from the name when absent. */
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "Use lower-case letters, digits and dashes (e.g. sakura-payments).")
    .optional(),
});

/** Inviting a person to an organisation. */
export const createInvitationBody = z.object({
  /** The organisation the person joins. */
  orgId: z.string({ error: "Choose an organisation." }).min(1, "Choose an organisation."),
  /** Where the invitation goes. */
  email,
  /** The role the person will have. */
  role,
});

export const orgResponse = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(["consultancy", "client"]),
  createdAt: z.string(),
});

export const memberResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  timezone: z.string(),
});

export const invitationResponse = z.object({
  id: z.string(),
  orgId: z.string(),
  email: z.string(),
  role,
  expiresAt: z.string(),
  /** The single-use link, shown only in this response. */
  url: z.string(),
});
