/** Roles, from widest to narrowest reach. */
export const ROLES = ["staff", "client-owner", "client-member", "contractor"] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: the signed-in person, as policies and models see them. */
export interface Actor {
  id: string;
  orgId: string;
  role: Role;
  email: string;
  name: string;
  timezone: string;
}

export const isStaff = (a: Actor | null | undefined): boolean => a?.role === "staff";
export const isClient = (a: Actor | null | undefined): boolean => a?.role === "client-owner" || a?.role === "client-member";
