import { check } from "../core/checker/index.js";
import type { CheckResult } from "../core/checker/types.js";
import type { Actor } from "../core/actor.js";
import { AppError, conflict, validationError } from "../core/errors.js";
import { STATE_LABELS, TERMINAL, checkMove, isReleaseRef, type BriefState, type Party } from "../core/workflow/index.js";
import { findBrief, findVersion, insertBrief, moveBrief, saveVersion, type Brief, type BriefRecord, type BriefVersion } from "../models/briefs.js";
import type { EngagementRecord } from "../models/engagements.js";
import { recordEvent } from "../models/events.js";
import { iso } from "../models/support.js";
import { authorize } from "../policies/authorize.js";
import { briefPolicy } from "../policies/brief.js";
import { engagementPolicy, partiesFor } from "../policies/engagement.js";
import type { Db, Tx } from "../storage/database.js";
import { assertActive, endIfDone } from "./engagements.js";

/** Runs the brief checker (the same one the editor runs in the browser). */
export const checkBrief = (markdown: string): CheckResult => check(markdown);

/** Event data for a brief: deliveries are routed by engagementId and briefId. */
export const briefData = (b: Pick<Brief, "id" | "engagement_id">, extra: Record<string, unknown> = {}) => ({
  engagementId: b.engagement_id,
  briefId: b.id,
  ...extra,
});

/** The 409 for a move the table or the actor's part does not allow, listing what is allowed. */
export function illegalTransition(from: BriefState, to: string, allowed: BriefState[]): AppError {
  const list = allowed.length ? `From here you may move it to: ${allowed.join(", ")}.` : "You cannot move it from here.";
  return new AppError(409, "illegal_transition", `This brief is ${STATE_LABELS[from].toLowerCase()}; it cannot become ${to}. ${list}`, undefined, {
    state: from,
    allowed,
  });
}

/**
 * The parts the actor plays for this brief's next move: the workflow's
 * "contractor" is any assigned contractor while the brief is ready (to claim
 * it) and afterwards only the one who claimed it.
 */
export function briefParties(actor: Actor, brief: Brief, e: EngagementRecord): Party[] {
  const parts = partiesFor(actor, e);
  const contractorMayAct = brief.state === "ready" || brief.claimed_by === actor.id;
  return contractorMayAct ? parts : parts.filter((p) => p !== "contractor");
}

/** Re-reads a brief inside a transaction and checks the move again (after a lost race). */
async function refusal(tx: Tx, actor: Actor, id: string, to: BriefState): Promise<AppError> {
  const fresh = await findBrief(tx, id);
  if (!fresh) return new AppError(404, "not_found", "No brief with that id exists, or you may not see it.");
  const r = checkMove(fresh.state, to, briefParties(actor, fresh, fresh.engagement));
  return illegalTransition(fresh.state, to, r.ok ? [] : r.allowed);
}

/** New briefs start from this template: the four required sections and "Out of scope". */
export const BRIEF_TEMPLATE = `# Title of the change

## Context

TODO: who needs this, why now, and what they do today instead.

## API

TODO: endpoints, request and response bodies, status codes.

## Edge cases

- TODO: what happens when the input is empty, too large, or sent twice.

## Acceptance criteria

- TODO: a statement a reviewer can check, with a number or an observable result.

## Out of scope

- TODO: what this brief does not ask for.
`;
export async function createBrief(db: Db, actor: Actor, engagement: EngagementRecord, input: { title: string; markdown: string }): Promise<{ brief: Brief; version: BriefVersion }> {
  authorize(engagementPolicy, actor, "create-brief", engagement);
  return db.transaction().execute(async (tx) => {
    assertActive(engagement);
    const out = await insertBrief(tx, { orgId: engagement.org_id, engagementId: engagement.id, title: input.title, markdown: input.markdown, authorId: actor.id });
    await recordEvent(tx, {
      orgId: engagement.org_id,
      actorId: actor.id,
      action: "brief.created",
      entityType: "brief",
      entityId: out.brief.id,
      summary: `${actor.name} wrote the brief "${input.title}" (draft, version 1)`,
      data: briefData(out.brief, { version: 1, title: input.title }),
    });
    return out;
  });
}

/** The 409 for a save made from an older version: the current text comes back so nothing is lost. */
export async function staleVersion(db: Db | Tx, briefId: string, yours: string): Promise<AppError> {
  const b = await findBrief(db, briefId);
  const cur = b ? await findVersion(db, briefId, b.version) : undefined;
  return conflict("stale_version", `Someone saved version ${b?.version} while you were editing: merge your text with theirs and save again.`, {
    current: { version: b?.version, markdown: cur?.markdown ?? "", authorId: cur?.author_id, savedAt: cur?.created_at },
    yours,
  });
}

/** Refuses writes to a brief that is shipped or cancelled, or whose engagement ended. */
export function assertOpen(brief: BriefRecord): void {
  assertActive(brief.engagement);
  if (TERMINAL.includes(brief.state)) throw conflict("brief_closed", `This brief is ${brief.state} and can no longer change.`);
}

/**
 * Saves a new version if the brief is still at `expectedVersion` (If-Match);
 * otherwise 409 stale_version with the current text. Every save is a version.
 */
export async function saveBrief(
  db: Db,
  actor: Actor,
  brief: BriefRecord,
  input: { markdown: string; expectedVersion: number; questionId?: string | null },
): Promise<BriefVersion> {
  authorize(briefPolicy, actor, "edit", brief);
  assertOpen(brief);
  const saved = await db.transaction().execute(async (tx) => {
    const v = await saveVersion(tx, brief, input.expectedVersion, { markdown: input.markdown, authorId: actor.id, questionId: input.questionId });
    if (!v) return null;
    await recordBriefEdit(tx, actor, brief, v);
    await returnToDraftIfFindings(tx, brief, v, actor);
    return v;
  });
  if (!saved) throw await staleVersion(db, brief.id, input.markdown);
  return saved;
}

/** The event of a new version; notes when the brief changed after someone claimed it. */
export async function recordBriefEdit(tx: Tx, actor: Actor, brief: Brief, v: BriefVersion): Promise<void> {
  const afterClaim = brief.claimed_version !== null;
  await recordEvent(tx, {
    orgId: brief.org_id,
    actorId: actor.id,
    action: "brief.edited",
    entityType: "brief",
    entityId: brief.id,
    summary: `${actor.name} saved version ${v.n} of "${brief.title}"${v.question_id ? " folding in an answer" : ""}${afterClaim ? " after it was claimed" : ""}`,
    data: briefData(brief, { version: v.n, questionId: v.question_id, changedAfterClaim: afterClaim }),
  });
}

/**
 * A ready brief nobody has claimed yet must stay one a contractor can act on:
 * when a new version brings checker findings back and no staff override is on
 * record, the system moves it back to draft (ready → draft in the workflow
 * table) with an event saying how many problems the checker found. Runs in
 * the transaction of the save; a claim that won meanwhile keeps the brief.
 */
export async function returnToDraftIfFindings(tx: Tx, brief: Brief, v: BriefVersion, actor: Actor): Promise<boolean> {
  if (brief.state !== "ready" || brief.ready_override_reason || !checkMove("ready", "draft", ["system"]).ok) return false;
  const result = checkBrief(v.markdown);
  if (result.ready) return false;
  if (!(await moveBrief(tx, brief.id, ["ready"], "draft"))) return false;
  const n = result.findings.length;
  await recordEvent(tx, {
    orgId: brief.org_id,
    actorId: null,
    action: "brief.returned_to_draft",
    entityType: "brief",
    entityId: brief.id,
    summary: `"${brief.title}" returned to draft: the checker found ${n} ${n === 1 ? "problem" : "problems"} in version ${v.n}, saved by ${actor.name}`,
    data: briefData(brief, { from: "ready", to: "draft", version: v.n, findings: n }),
  });
  return true;
}

export interface TransitionInput {
  to: BriefState;
  reason?: string;
  releaseRef?: string;
}

/**
 * Moves a brief: ready (checker clean, or staff with a written reason), claim
 * (in_progress; one of concurrent claims wins), cancelled (with a reason),
 * shipped (with a release reference; repeating the same reference is a no-op).
 * in_review, changes_requested and accepted come from deliverables and reviews.
 */
export async function transitionBrief(db: Db, actor: Actor, brief: BriefRecord, input: TransitionInput): Promise<{ brief: BriefRecord; changed: boolean }> {
  authorize(briefPolicy, actor, "transition", brief);
  const to = input.to;
  if (to === "shipped" && brief.state === "shipped") {
    // Shipping twice with the same reference is answered like the first time, without a second event.
    if (input.releaseRef?.trim() === brief.release_ref) return { brief, changed: false };
  }
  assertActive(brief.engagement);
  const parties = briefParties(actor, brief, brief.engagement);
  const move = checkMove(brief.state, to, parties);
  if (!move.ok) throw illegalTransition(brief.state, to, move.allowed);
  if (to === "in_review" || to === "changes_requested" || to === "accepted") {
    throw illegalTransition(brief.state, to, []);
  }
  const now = iso();
  const reason = input.reason?.trim() || null;
  const changed = await db.transaction().execute(async (tx) => {
    let summary = "";
    let extra: Record<string, unknown> = {};
    let patch: Partial<Brief> = {};
    if (to === "ready") {
      const current = await findVersion(tx, brief.id, brief.version);
      const result = checkBrief(current?.markdown ?? "");
      if (!result.ready) {
        if (actor.role !== "staff") {
          throw conflict("checker_findings", `The checker still reports ${result.findings.length} finding(s): fix them, then mark the brief ready.`, {
            findings: result.findings,
          });
        }
        if (!reason) {
          throw conflict("checker_findings", `The checker still reports ${result.findings.length} finding(s): fix them, or give a written reason to override the gate.`, {
            findings: result.findings,
          });
        }
        patch = { ready_override_reason: reason, ready_override_by: actor.id };
        extra = { override: reason, findings: result.findings.length };
        summary = `${actor.name} marked "${brief.title}" ready over ${result.findings.length} checker finding(s): ${reason}`;
      } else {
        summary = `${actor.name} marked "${brief.title}" ready (version ${brief.version})`;
      }
      patch.ready_at = now;
    } else if (to === "in_progress") {
      patch = { claimed_by: actor.id, claimed_version: brief.version, claimed_at: now };
      summary = `${actor.name} claimed "${brief.title}" at version ${brief.version}`;
      extra = { version: brief.version };
    } else if (to === "cancelled") {
      if (!reason) throw validationError({ reason: "Write why the brief is cancelled: the reason is kept on the brief." });
      patch = { cancel_reason: reason, cancelled_at: now };
      summary = `${actor.name} cancelled "${brief.title}": ${reason}`;
      extra = { reason };
    } else if (to === "shipped") {
      const ref = input.releaseRef?.trim() ?? "";
      if (!isReleaseRef(ref)) throw validationError({ releaseRef: "Give a release reference: an http(s) URL or a tag such as v1.4.2." });
      patch = { release_ref: ref, shipped_at: now };
      summary = `${actor.name} shipped "${brief.title}" in ${ref}`;
      extra = { releaseRef: ref };
    }
    const won = await moveBrief(tx, brief.id, [brief.state], to, patch);
    if (!won) {
      const fresh = await findBrief(tx, brief.id);
      // A concurrent ship with the same reference already did what was asked.
      if (to === "shipped" && fresh?.state === "shipped" && fresh.release_ref === patch.release_ref) return false;
      throw await refusal(tx, actor, brief.id, to);
    }
    const action = { ready: "brief.ready", in_progress: "brief.claimed", cancelled: "brief.cancelled", shipped: "brief.shipped" }[to as "ready"];
    await recordEvent(tx, { orgId: brief.org_id, actorId: actor.id, action, entityType: "brief", entityId: brief.id, summary, data: briefData(brief, { from: brief.state, to, ...extra }) });
    if (to === "shipped" || to === "cancelled") await endIfDone(tx, actor, brief.engagement_id);
    return true;
  });
  return { brief: (await findBrief(db, brief.id))!, changed };
}
