/**
 * What happened, as every channel formats it: built once when the event is
 * recorded and stored in the outbox payload, so a retry sends the same words.
 */
export interface Notice {
  eventId: string;
  /** Event type, e.g. "brief.ready", "invitation.created". */
  action: string;
  /** One line saying what happened. */
  summary: string;
  actorName: string | null;
  orgId: string;
  briefId: string | null;
  briefTitle: string | null;
  engagementId: string | null;
  /** The brief's state after the change, when the event carries one. */
  state: string | null;
  /** ISO time something is due (first response, review), when known. */
  dueAt: string | null;
  /** Path in the app to link back to ("/briefs/…"); the relay prefixes PUBLIC_URL. */
  path: string | null;
  occurredAt: string;
  /** The event's data, for webhook receivers. */
  data: Record<string, unknown>;
  /** Marks a "send test" message from the settings page. */
  test?: boolean;
}

/** The absolute link back into the app for a notice. */
export const linkOf = (n: Pick<Notice, "path">, publicUrl: string): string => `${publicUrl}${n.path ?? "/"}`;

/** A state name for people: "in_review" → "in review". */
export const words = (s: string): string => s.replace(/[_.-]+/g, " ");

/** Which e-mail to write; the outbox payload names one. */
export type EmailTemplate = "invitation" | "reset" | "notification" | "digest" | "test";

/** The outbox payload of an e-mail message. */
export interface EmailPayload {
  template: EmailTemplate;
  to: string;
  notice: Notice;
  /** Invitation / reset: the single-use link's path, kept out of the event log. */
  linkPath?: string;
  /** Digest: one line per event. */
  lines?: string[];
}

/** The outbox payload of a Linear message: what to do for one event of a brief. */
export interface LinearOp {
  /**
   * "sync": make sure the issue exists and mirrors the state; "comment": also
   * post the text; "check": only verify the key and team (settings "send test").
   */
  op: "sync" | "comment" | "check";
  notice: Notice;
  /** Comment text (review verdicts, questions), Markdown. */
  comment?: string;
}

/** The outbox payload of a webhook: the exact body, so every retry signs the same bytes. */
export interface WebhookPayload {
  body: string;
}

/** The outbox payload of a Slack message. */
export interface SlackPayload {
  notice: Notice;
}

/** The comment Linear gets for an event, or null when the event only moves state. */
export function linearComment(n: Notice): string | null {
  const d = n.data;
  const text = (d.feedback ?? d.question ?? d.answer ?? d.body ?? d.reason) as string | undefined;
  if (/review|verdict|question|answer|changes_requested|accepted/.test(n.action) || text) {
    return `**${words(n.action)}**${n.actorName ? ` by ${n.actorName}` : ""}: ${n.summary}${text ? `\n\n${text}` : ""}`;
  }
  return null;
}

/** Our brief states that a Linear issue mirrors (drafts never reach Linear). */
export const LINEAR_MAPPED_STATES = ["ready", "in_progress", "in_review", "changes_requested", "accepted", "shipped", "cancelled"] as const;
/** One of LINEAR_MAPPED_STATES. */
export type LinearMappedState = (typeof LINEAR_MAPPED_STATES)[number];

/**
 * Linear's default workflow state names for a new team, per brief state.
 * A channel may rename any of them (its team's own names); names are matched
 * case-insensitively.
 */
export const LINEAR_DEFAULT_STATE_NAMES: Record<LinearMappedState, string> = {
  ready: "Todo",
  in_progress: "In Progress",
  in_review: "In Review",
  changes_requested: "In Progress",
  accepted: "Done",
  shipped: "Done",
  cancelled: "Canceled",
};

/** A channel's mapping with the defaults filled in for states it leaves unnamed. */
export function linearStateNames(custom: Partial<Record<string, string>> | undefined): Record<LinearMappedState, string> {
  const out = { ...LINEAR_DEFAULT_STATE_NAMES };
  for (const s of LINEAR_MAPPED_STATES) {
    const v = custom?.[s]?.trim();
    if (v) out[s] = v;
  }
  return out;
}
