/**
 * Clocks on waiting items: policy defaults and allowances, who owes what, and
 * the digest schedule. Pure; the working-time arithmetic is core/hours.
 */
export {
  CLOCK_KINDS,
  DEFAULT_POLICY,
  KIND_LABELS,
  allowanceMs,
  autoAcceptStage,
  daysFor,
  workingDayMs,
  type AutoAcceptStage,
  type ClockKind,
  type ClockPolicy,
} from "./policy.js";
export {
  clockKey,
  reviewerOf,
  waitingItems,
  type BriefFacts,
  type DeliverableFacts,
  type EngagementFacts,
  type QuestionFacts,
  type ReviewFacts,
  type WaitingItem,
  type WorkSign,
} from "./waiting.js";
export { DIGEST_GRACE_MS, DIGEST_MINUTE, digestDecision, digestSlotOn, latestDigestSlot, nextDigestSlot, waitingFingerprint, type DigestDecision } from "./digest.js";
export { DUE_STATE_LABELS, dueText, zoneOn, type ClockParty } from "./display.js";
export { sharedWorkingTime, type SharedTime } from "./shared.js";
