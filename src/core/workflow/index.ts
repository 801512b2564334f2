/**
 * The brief workflow as data: states, the moves between them and which kind of
 * person may make each move. Pure (no I/O) so the server, the pages and the
 * property tests read the same table. Who exactly may act on one brief (the
 * assigned contractor, a reviewer of the engagement) is decided by the brief
 * policy on top of this table.
 */

/** Every state a brief can be in, in the order of the happy path. */
export const BRIEF_STATES = ["draft", "ready", "in_progress", "in_review", "changes_requested", "accepted", "shipped", "cancelled"] as const;
/** One of BRIEF_STATES. */
export type BriefState = (typeof BRIEF_STATES)[number];

/** Named moves; the HTTP API exposes them as target states or as their own endpoints. */
export type Move = "mark-ready" | "claim" | "submit" | "request-changes" | "accept" | "ship" | "cancel" | "return-to-draft";

/**
 * Who may make a move, by the part they play on the engagement. "system" is
 * Handoff itself: no person plays it, so nobody can ask for its moves.
 */
export type Party = "staff" | "client" | "contractor" | "reviewer" | "system";

/** One edge of the state graph. */
export interface Transition {
  from: BriefState;
  to: BriefState;
  move: Move;
  /** Parties allowed to make it (the policy narrows "contractor" to the claimant or the assigned). */
  by: readonly Party[];
}

/** States from which a brief may still be cancelled: everything before shipped. */
export const CANCELLABLE: readonly BriefState[] = ["draft", "ready", "in_progress", "in_review", "changes_requested", "accepted"];

/** The whole graph. Anything not listed here is an illegal transition. */
export const TRANSITIONS: readonly Transition[] = [
  { from: "draft", to: "ready", move: "mark-ready", by: ["client", "staff"] },
  { from: "ready", to: "in_progress", move: "claim", by: ["contractor"] },
  // An edit of an unclaimed ready brief that brings checker findings back (no staff override on record).
  { from: "ready", to: "draft", move: "return-to-draft", by: ["system"] },
  { from: "in_progress", to: "in_review", move: "submit", by: ["contractor"] },
  { from: "changes_requested", to: "in_review", move: "submit", by: ["contractor"] },
  { from: "in_review", to: "changes_requested", move: "request-changes", by: ["reviewer"] },
  { from: "in_review", to: "accepted", move: "accept", by: ["reviewer"] },
  { from: "accepted", to: "shipped", move: "ship", by: ["client", "staff"] },
  ...CANCELLABLE.map((from) => ({ from, to: "cancelled" as const, move: "cancel" as const, by: ["client", "staff"] as const })),
];

/** Terminal states: nothing leaves them. */
export const TERMINAL: readonly BriefState[] = ["shipped", "cancelled"];

export const isBriefState = (s: unknown): s is BriefState => typeof s === "string" && (BRIEF_STATES as readonly string[]).includes(s);

/** The edge from → to, if the graph has one. */
export function findTransition(from: BriefState, to: BriefState): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** Target states reachable from `from` by any of `parties` (all parties when omitted). */
export function allowedTargets(from: BriefState, parties?: readonly Party[]): BriefState[] {
  return TRANSITIONS.filter((t) => t.from === from && (!parties || t.by.some((p) => parties.includes(p)))).map((t) => t.to);
}

/** The outcome of asking for a move: the edge, or the refusal with what is allowed instead. */
export type MoveCheck = { ok: true; transition: Transition } | { ok: false; allowed: BriefState[] };

/**
 * Checks a requested move for people playing `parties`. A refusal is a value
 * (not an exception): the HTTP edge turns it into 409 illegal_transition.
 */
export function checkMove(from: BriefState, to: BriefState, parties: readonly Party[]): MoveCheck {
  const t = findTransition(from, to);
  if (t && t.by.some((p) => parties.includes(p))) return { ok: true, transition: t };
  return { ok: false, allowed: allowedTargets(from, parties) };
}

/** Human labels for pages. */
export const STATE_LABELS: Record<BriefState, string> = {
  draft: "Draft",
  ready: "Ready",
  in_progress: "In progress",
  in_review: "In review",
  changes_requested: "Changes requested",
  accepted: "Accepted",
  shipped: "Shipped",
  cancelled: "Cancelled",
};

/** Verdict on one acceptance criterion in a review round. */
export type Verdict = "accepted" | "changes";

/** A review's outcome: any "changes" sends the brief back, all accepted accepts it. */
export function reviewOutcome(verdicts: readonly Verdict[]): "changes_requested" | "accepted" {
  return verdicts.some((v) => v === "changes") ? "changes_requested" : "accepted";
}

/**
 * A release reference for shipping: an http(s) URL or a tag/version name
 * (letters, digits, dots, dashes, slashes, plus, underscore; e.g. v1.4.2).
 */
export function isReleaseRef(ref: string): boolean {
  const s = ref.trim();
  if (!s || s.length > 500) return false;
  if (/^https?:\/\//i.test(s)) {
    try {
      const u = new URL(s);
      return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
    } catch {
      return false;
    }
  }
  return /^[A-Za-z0-9][A-Za-z0-9._\-/+@]{0,199}$/.test(s);
}
