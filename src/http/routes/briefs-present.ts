import { checkBrief } from "../../commands/briefs.js";
import { findVersion, listVersions, type Brief, type BriefRecord } from "../../models/briefs.js";
import { listComments } from "../../models/comments.js";
import { listDeliverables, listReviews, type CriterionVerdict, type Evidence } from "../../models/deliverables.js";
import { engagementPeople, type EngagementRecord } from "../../models/engagements.js";
import { listQuestions, type Question } from "../../models/questions.js";
import type { Db } from "../../storage/database.js";

/** An engagement as the API shows it. */
export function presentEngagement(e: EngagementRecord) {
  return {
    id: e.id,
    orgId: e.org_id,
    title: e.title,
    scope: e.scope,
    state: e.state,
    createdAt: e.created_at,
    endedAt: e.ended_at,
    summary: e.summary ? JSON.parse(e.summary) : null,
  };
}

export const presentBriefRow = (b: Brief) => ({
  id: b.id,
  title: b.title,
  state: b.state,
  version: b.version,
  stateChangedAt: b.state_changed_at,
  claimedBy: b.claimed_by,
});

export const presentQuestion = (q: Question) => ({
  id: q.id,
  briefId: q.brief_id,
  authorId: q.author_id,
  text: q.text,
  line: q.line,
  briefVersion: q.brief_version,
  createdAt: q.created_at,
  answer: q.answer,
  answeredBy: q.answered_by,
  answeredAt: q.answered_at,
  amendedVersion: q.amended_version,
});

/** Everything about one brief that its page and GET /api/v1/briefs/:id show. */
export async function briefDetail(db: Db, brief: BriefRecord) {
  const [current, versions, questions, deliverables, reviews, comments, people] = await Promise.all([
    findVersion(db, brief.id, brief.version),
    listVersions(db, brief.id),
    listQuestions(db, brief.id),
    listDeliverables(db, brief.id),
    listReviews(db, brief.id),
    listComments(db, brief.id),
    engagementPeople(db, brief.engagement),
  ]);
  const markdown = current?.markdown ?? "";
  const checker = checkBrief(markdown);
  return {
    brief,
    markdown,
    checker,
    versions,
    questions,
    deliverables: deliverables.map((d) => ({
      ...d,
      linkList: JSON.parse(d.links) as string[],
      evidenceList: JSON.parse(d.evidence) as Evidence[],
      review: reviews.find((r) => r.deliverable_id === d.id) ?? null,
    })),
    comments,
    people,
  };
}

export type BriefDetail = Awaited<ReturnType<typeof briefDetail>>;

/** The JSON shape of a brief with its checker result, criteria, questions and rounds. */
export function presentBrief(d: BriefDetail) {
  const b = d.brief;
  return {
    id: b.id,
    engagementId: b.engagement_id,
    title: b.title,
    state: b.state,
    version: b.version,
    markdown: d.markdown,
    createdAt: b.created_at,
    stateChangedAt: b.state_changed_at,
    readyOverride: b.ready_override_reason ? { reason: b.ready_override_reason, by: b.ready_override_by } : null,
    claimedBy: b.claimed_by,
    claimedVersion: b.claimed_version,
    changedSinceClaim: b.claimed_version !== null && b.version > b.claimed_version,
    releaseRef: b.release_ref,
    cancelReason: b.cancel_reason,
    checker: { ready: d.checker.ready, findings: d.checker.findings },
    criteria: d.checker.criteria,
    versions: d.versions.map((v) => ({ n: v.n, authorId: v.author_id, createdAt: v.created_at, questionId: v.question_id })),
    questions: d.questions.map(presentQuestion),
    deliverables: d.deliverables.map((x) => ({
      id: x.id,
      round: x.round,
      authorId: x.author_id,
      links: x.linkList,
      notes: x.notes,
      evidence: x.evidenceList,
      briefVersion: x.brief_version,
      state: x.state,
      createdAt: x.created_at,
      review: x.review
        ? {
            id: x.review.id,
            reviewerId: x.review.reviewer_id,
            outcome: x.review.outcome,
            summary: x.review.summary,
            criteria: JSON.parse(x.review.verdicts) as CriterionVerdict[],
            createdAt: x.review.created_at,
          }
        : null,
    })),
    comments: d.comments.map((c) => ({ id: c.id, authorId: c.author_id, markdown: c.markdown, mentions: JSON.parse(c.mentions) as string[], createdAt: c.created_at })),
  };
}
