/**
 * Which items wait on whom: from plain facts about an engagement (its briefs,
 * questions, deliverables, reviews and signs of work) to the clocks that
 * should be running. Pure, so the rules are tested without a database and the
 * same list drives the inbox, the board, the digest and the clock table.
 */
import type { ClockKind } from "./policy.js";

/** The people an engagement's clocks are owed by on the client side. */
export interface EngagementFacts {
  id: string;
  orgId: string;
  /** Reviewers named on the engagement, in the order they were added. */
  reviewerIds: readonly string[];
  /** Client people of the organisation, the owner role first. */
  clientIds: readonly string[];
}

export interface BriefFacts {
  id: string;
  engagementId: string;
  state: string;
  claimedBy: string | null;
  /** Epoch ms of the claim, when claimed. */
  claimedAt: number | null;
}

export interface QuestionFacts {
  id: string;
  briefId: string;
  authorId: string;
  createdAt: number;
  answered: boolean;
}

export interface DeliverableFacts {
  id: string;
  briefId: string;
  authorId: string;
  state: string;
  createdAt: number;
}

export interface ReviewFacts {
  id: string;
  briefId: string;
  reviewerId: string;
  outcome: string;
  createdAt: number;
}

/** Something a person did on a brief that shows work has started (note, question, comment, deliverable). */
export interface WorkSign {
  briefId: string;
  authorId: string;
  at: number;
}

/** A clock that should be running: one per waiting item and round. */
export interface WaitingItem {
  kind: ClockKind;
  /** Question id, deliverable id, review id, or "<briefId>@<claimedAt>" for a claim: a new round is a new subject. */
  subjectId: string;
  briefId: string;
  engagementId: string;
  orgId: string;
  /** Who owes the next move (their working hours run the clock). */
  ownerId: string;
  /** Who is waiting for it. */
  waiterId: string | null;
  /** When the wait began, epoch ms. */
  startedAt: number;
}

const TERMINAL = new Set(["shipped", "cancelled"]);

/**
 * The client person who owes answers and reviews: the first reviewer named
 * on the engagement, else the first client person (owners first); null when
 * the organisation has nobody.
 */
export function reviewerOf(e: EngagementFacts): string | null {
  return e.reviewerIds[0] ?? e.clientIds[0] ?? null;
}

/**
 * Waiting items of active engagements:
 * - answer: an unanswered question on an open brief, owed by the reviewer;
 * - review: a deliverable in review, owed by the reviewer;
 * - changes: a brief in changes_requested, owed by the claimant, from the latest review;
 * - start: a claimed brief in progress with no sign of work by the claimant since the claim.
 */
export function waitingItems(facts: {
  engagements: readonly EngagementFacts[];
  briefs: readonly BriefFacts[];
  questions: readonly QuestionFacts[];
  deliverables: readonly DeliverableFacts[];
  reviews: readonly ReviewFacts[];
  signs: readonly WorkSign[];
}): WaitingItem[] {
  const engagements = new Map(facts.engagements.map((e) => [e.id, e]));
  const briefs = new Map(facts.briefs.map((b) => [b.id, b]));
  const out: WaitingItem[] = [];
  const base = (b: BriefFacts) => {
    const e = engagements.get(b.engagementId);
    return e ? { briefId: b.id, engagementId: e.id, orgId: e.orgId, reviewer: reviewerOf(e) } : null;
  };
  for (const q of facts.questions) {
    const b = briefs.get(q.briefId);
    const x = b && !q.answered && !TERMINAL.has(b.state) ? base(b) : null;
    if (x?.reviewer) out.push({ kind: "answer", subjectId: q.id, briefId: x.briefId, engagementId: x.engagementId, orgId: x.orgId, ownerId: x.reviewer, waiterId: q.authorId, startedAt: q.createdAt });
  }
  for (const d of facts.deliverables) {
    const b = briefs.get(d.briefId);
    const x = b && d.state === "in_review" && b.state === "in_review" ? base(b) : null;
    if (x?.reviewer) out.push({ kind: "review", subjectId: d.id, briefId: x.briefId, engagementId: x.engagementId, orgId: x.orgId, ownerId: x.reviewer, waiterId: d.authorId, startedAt: d.createdAt });
  }
  const latestChanges = new Map<string, ReviewFacts>();
  for (const r of facts.reviews) {
    if (r.outcome !== "changes_requested") continue;
    const cur = latestChanges.get(r.briefId);
    if (!cur || r.createdAt > cur.createdAt || (r.createdAt === cur.createdAt && r.id > cur.id)) latestChanges.set(r.briefId, r);
  }
  for (const b of facts.briefs) {
    const x = base(b);
    if (!x || !b.claimedBy) continue;
    if (b.state === "changes_requested") {
      const r = latestChanges.get(b.id);
      if (r) out.push({ kind: "changes", subjectId: r.id, briefId: b.id, engagementId: x.engagementId, orgId: x.orgId, ownerId: b.claimedBy, waiterId: r.reviewerId, startedAt: r.createdAt });
    } else if (b.state === "in_progress" && b.claimedAt !== null) {
      const started = facts.signs.some((s) => s.briefId === b.id && s.authorId === b.claimedBy && s.at >= b.claimedAt!);
      if (!started) {
        out.push({ kind: "start", subjectId: `${b.id}@${b.claimedAt}`, briefId: b.id, engagementId: x.engagementId, orgId: x.orgId, ownerId: b.claimedBy, waiterId: x.reviewer, startedAt: b.claimedAt });
      }
    }
  }
  return out;
}

/** Identity of a clock across runs: kind + subject. */
export const clockKey = (i: Pick<WaitingItem, "kind" | "subjectId">): string => `${i.kind}:${i.subjectId}`;
