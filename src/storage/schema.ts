/**
 * Row types of every table. Timestamps are ISO-8601 UTC strings on both engines
 * (sortable, identical in SQLite and PostgreSQL); booleans are 0/1 integers.
 */
export interface OrgTable {
  id: string;
  slug: string;
  name: string;
  kind: "consultancy" | "client";
  created_at: string;
}

export type Role = "staff" | "client-owner" | "client-member" | "contractor";

export interface UserTable {
  id: string;
  org_id: string;
  email: string;
  /** Lower-cased e-mail: uniqueness is case-insensitive. */
  email_key: string;
  name: string;
  role: Role;
  password_hash: string | null;
  timezone: string;
  /** JSON: {"mon": [["09:00","17:00"]], …}; null means "not set" (defaults apply). */
  working_hours: string | null;
  created_at: string;
  password_changed_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie value: a database leak does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface InvitationTable {
  id: string;
  org_id: string;
  token_hash: string;
  email: string;
  role: Role;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export interface PasswordResetTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuthFailureTable {
  id: string;
  /** "ip:1.2.3.4" or "account:someone@example.com" */
  key: string;
  at: string;
}

export interface EventTable {
  id: string;
  org_id: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  /** JSON payload for integrations. */
  data: string;
  created_at: string;
}

export interface Database {
  orgs: OrgTable;
  users: UserTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  api_tokens: ApiTokenTable;
  auth_failures: AuthFailureTable;
  events: EventTable;
}
