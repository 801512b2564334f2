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
  /** ISO 3166-1 alpha-2 (optionally "-REGION") whose public holidays pause this person's clocks; null = none. */
  holiday_country?: string | null;
  /** JSON [{from, to}] of inclusive local dates off; null = none. */
  time_off?: string | null;
  /** JSON [{from, to, zone}]: working the usual hours in another zone for a while; null = none. */
  travel?: string | null;
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
  /** Total order of events (max + 1 inside the writing transaction); null only for rows before 0003. */
  seq?: number | string | null;
}

/** A piece of work for one client organisation; ends when every brief is shipped or cancelled. */
export interface EngagementTable {
  id: string;
  org_id: string;
  title: string;
  scope: string;
  state: "active" | "ended";
  created_by: string;
  created_at: string;
  ended_at: string | null;
  /** JSON summary written when the engagement ends. */
  summary: string | null;
}

/** Contractors assigned to an engagement and the client people who review its work. */
export interface EngagementPersonTable {
  id: string;
  org_id: string;
  engagement_id: string;
  user_id: string;
  role: "contractor" | "reviewer";
  created_at: string;
}

/** A brief; its text lives in brief_versions (every save is a version). */
export interface BriefTable {
  id: string;
  org_id: string;
  engagement_id: string;
  title: string;
  state: "draft" | "ready" | "in_progress" | "in_review" | "changes_requested" | "accepted" | "shipped" | "cancelled";
  /** Number of the current version (brief_versions.n). */
  version: number;
  created_by: string;
  created_at: string;
  state_changed_at: string;
  ready_at: string | null;
  ready_override_reason: string | null;
  ready_override_by: string | null;
  claimed_by: string | null;
  claimed_version: number | null;
  claimed_at: string | null;
  release_ref: string | null;
  shipped_at: string | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
}

export interface BriefVersionTable {
  id: string;
  org_id: string;
  brief_id: string;
  n: number;
  markdown: string;
  author_id: string;
  /** The question whose answer this version folds in. */
  question_id: string | null;
  created_at: string;
}

export interface QuestionTable {
  id: string;
  org_id: string;
  brief_id: string;
  author_id: string;
  text: string;
  line: number | null;
  brief_version: number;
  created_at: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  amended_version: number | null;
}

export interface DeliverableTable {
  id: string;
  org_id: string;
  brief_id: string;
  round: number;
  author_id: string;
  /** JSON string[] of http(s) URLs. */
  links: string;
  notes: string;
  /** JSON [{criterionId, text}]. */
  evidence: string;
  /** The brief version the work was made against. */
  brief_version: number;
  state: "in_review" | "accepted" | "changes_requested";
  created_at: string;
}

export interface ReviewTable {
  id: string;
  org_id: string;
  deliverable_id: string;
  brief_id: string;
  reviewer_id: string;
  /** JSON [{criterionId, verdict, comment}]. */
  verdicts: string;
  summary: string;
  outcome: "accepted" | "changes_requested";
  created_at: string;
}

export interface CommentTable {
  id: string;
  org_id: string;
  brief_id: string;
  author_id: string;
  markdown: string;
  /** JSON string[] of mentioned user ids. */
  mentions: string;
  created_at: string;
}

/** A person named with @ in a comment: in their inbox until they open the brief or dismiss it. */
export interface MentionTable {
  id: string;
  org_id: string;
  engagement_id: string;
  brief_id: string;
  comment_id: string;
  /** Who was mentioned. */
  user_id: string;
  /** Who wrote the comment. */
  author_id: string;
  created_at: string;
  /** When they opened the brief or dismissed it; null while it waits in their inbox. */
  cleared_at: string | null;
}

/** A configured delivery channel of an organisation, or of one engagement in it. */
export interface ChannelTable {
  id: string;
  org_id: string;
  /** null: every engagement of the organisation. */
  engagement_id: string | null;
  kind: "email" | "slack" | "linear" | "webhook";
  name: string;
  /** JSON of the non-secret settings (webhook URL, Linear team, e-mail recipients). */
  config: string;
  /** AES-256-GCM sealed secret (Slack URL, Linear key, webhook secret); never shown again. */
  secret_enc: string | null;
  /** JSON array of event types ("brief.*", "*", "invitation.created"). */
  events: string;
  enabled: number;
  disabled_reason: string | null;
  last_error: string | null;
  last_error_at: string | null;
  last_success_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export type OutboxState = "pending" | "sending" | "sent" | "dead";

/** One message to deliver, written in the transaction of the event it announces. */
export interface OutboxTable {
  id: string;
  org_id: string;
  event_id: string | null;
  channel_id: string | null;
  kind: ChannelTable["kind"];
  /** "slack:<channel>", "email:<address>", …: ordering and rate limits are per destination. */
  destination: string;
  brief_id: string | null;
  /** Sort key: creation order (time + counter). */
  seq: string;
  payload: string;
  idempotency_key: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  last_status: number | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/** The Linear issue mirroring a brief, per Linear channel. */
export interface LinearIssueTable {
  channel_id: string;
  brief_id: string;
  linear_id: string;
  identifier: string | null;
  url: string | null;
  created_at: string;
}

/** Next free send slot (epoch ms) per destination. */
export interface OutboxThrottleTable {
  destination: string;
  next_ms: number | string;
}

/** Lead statuses, in order of the sales flow: new → contacted → won | lost. */
export type LeadStatus = "new" | "contacted" | "won" | "lost";

/** A /contact submission. Staff-only; owned by the consultancy organisation. */
export interface LeadTable {
  id: string;
  org_id: string;
  /** SHA-256 of the report link's token: only the visitor holds the link. */
  report_token_hash: string;
  /** The report link stops working after this (90 days). */
  report_expires_at: string;
  status: LeadStatus;
  name: string;
  email: string;
  company: string;
  website: string | null;
  /** IANA zone used for overlap; "UTC" when the one given was not recognised. */
  timezone: string;
  /** The zone as typed when it was not recognised; null otherwise. */
  timezone_given: string | null;
  /** Visitor's working day, HH:MM in their zone. */
  hours_start: string;
  hours_end: string;
  /** What needs building. */
  project: string;
  /** What "finished" means to them. */
  finished: string;
  /** JSON: the readiness answers as given (names, options, numbers). */
  answers: string;
  /** A pasted real ticket (Markdown), or null. */
  ticket: string | null;
  /** 0..100; null until the assessment is stored (it runs after the lead is safe). */
  score: number | null;
  level: string | null;
  /** JSON: the report as shown to the visitor (gaps, overlap, ticket findings). */
  report: string | null;
  created_at: string;
  updated_at: string;
}

/** One status change of a lead, with the note staff wrote; the history is never rewritten. */
export interface LeadStatusChangeTable {
  id: string;
  lead_id: string;
  org_id: string;
  from_status: LeadStatus;
  to_status: LeadStatus;
  note: string;
  author_id: string;
  created_at: string;
}

/** Accepted /contact posts per IP (hashed), for the form's own hourly limit. */
export interface ContactSubmissionTable {
  id: string;
  /** SHA-256 of the client IP. */
  ip_key: string;
  at: string;
}

/** An engagement's clock policy (staff edit); engagements without a row use the defaults. */
export interface ClockPolicyTable {
  engagement_id: string;
  org_id: string;
  /** Working days of the owner's clock per kind of waiting item. */
  answer_days: number;
  review_days: number;
  changes_days: number;
  start_days: number;
  /** Auto-accept after this many working days of reviewer silence; null = off. */
  auto_accept_days: number | null;
  /** When auto-accept was turned on or its N changed (ISO); a waiting round counts N from then. Null: from submission. */
  auto_accept_since: string | null;
  updated_by: string;
  updated_at: string;
}

/** The clock of one waiting item (question, review round, requested changes, claim). */
export interface ClockTable {
  id: string;
  org_id: string;
  engagement_id: string;
  brief_id: string;
  kind: "answer" | "review" | "changes" | "start";
  /** Question, deliverable or review id, or "<briefId>@<claimedAt ms>". */
  subject_id: string;
  /** Whose working hours run the clock. */
  owner_id: string;
  waiter_id: string | null;
  started_at: string;
  /** Working time the policy allowed, ms of the owner's clock. */
  allowed_ms: number | string;
  /** Recomputed (remaining working time kept) when the owner's hours, travel or time off change. */
  due_at: string;
  stopped_at: string | null;
  /** Auto-accept reminders sent: 0, 50 or 90 (% of N). */
  reminded: number;
  created_at: string;
}

/** A note left when a working session on a brief ends: progress, open questions, blockers. */
export interface HandoffNoteTable {
  id: string;
  org_id: string;
  brief_id: string;
  author_id: string;
  progress: string;
  open_questions: string;
  blockers: string;
  /** The brief's state when the note was written. */
  brief_state: string;
  created_at: string;
}

/** Where each person's daily digest stands. */
export interface DigestStateTable {
  user_id: string;
  /** The last 08:30 slot considered (sent or skipped). */
  last_slot_at: string | null;
  /** Events up to this seq were in (or before) the last digest. */
  last_event_seq: number | string;
  /** Waiting list at the last digest (kind:subject:state …). */
  fingerprint: string;
  updated_at: string;
}

/** A digest as sent; shown at /inbox/digest. */
export interface DigestTable {
  id: string;
  /** The recipient's organisation. */
  org_id: string;
  user_id: string;
  slot_at: string;
  /** JSON: {waiting: [...], moved: [...]}. */
  body: string;
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
  engagements: EngagementTable;
  engagement_people: EngagementPersonTable;
  briefs: BriefTable;
  brief_versions: BriefVersionTable;
  questions: QuestionTable;
  deliverables: DeliverableTable;
  reviews: ReviewTable;
  comments: CommentTable;
  mentions: MentionTable;
  leads: LeadTable;
  lead_status_changes: LeadStatusChangeTable;
  contact_submissions: ContactSubmissionTable;
  channels: ChannelTable;
  outbox: OutboxTable;
  linear_issues: LinearIssueTable;
  outbox_throttle: OutboxThrottleTable;
  clock_policies: ClockPolicyTable;
  clocks: ClockTable;
  handoff_notes: HandoffNoteTable;
  digest_state: DigestStateTable;
  digests: DigestTable;
}
