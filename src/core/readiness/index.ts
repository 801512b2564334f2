/**
 * Readiness assessment: can this team hand work off clearly enough for someone
 * outside the company to act on it? Pure: the caller computes office overlap
 * (core/hours) and the brief-checker finding count and passes them in.
 */
import type { ReadinessAnswers, OfficeOverlap } from "./answers.js";
import { FACTORS, SCORING_WEIGHTS } from "./factors.js";
import { sortedOverlap } from "./overlap.js";

export * from "./answers.js";
export { SCORING_WEIGHTS } from "./factors.js";
export { effectiveOverlapHours, FULL_OVERLAP_HOURS, THIN_OVERLAP_HOURS } from "./overlap.js";

/** The three verdicts, best first. */
export type ReadinessLevel = "ready" | "ready-with-gaps" | "fix-documentation-first";

/** Something that cost points, with the next concrete step. */
export interface ReadinessGap {
  /** Factor id from SCORING_WEIGHTS. */
  id: string;
  /** What is missing, in one line. */
  title: string;
  /** The next concrete step. */
  action: string;
  /** Points this gap costs out of 100 (one decimal). */
  weight: number;
}

/** Result of `assess`. */
export interface ReadinessReport {
  /** 0..100, rounded. */
  score: number;
  level: ReadinessLevel;
  /** Largest lost points first. */
  gaps: ReadinessGap[];
  /** Overlap per office, most first. */
  overlap: OfficeOverlap[];
  /** Ids of the hard rules that forced fix-documentation-first, empty otherwise. */
  blockers: string[];
}

/** Score at or above which a team with no major gap is ready. */
export const READY_MIN_SCORE = 85;
/** Score below which a team should fix its documentation first. */
export const FIX_FIRST_BELOW_SCORE = 60;
/**
 * A factor earning less than this share of its weight is a major gap: a
 * contractor would run into it in the first week, so the team is not "ready"
 * however high the total.
 */
export const MAJOR_GAP_BELOW_SHARE = 0.75;
/**
 * Factors that, at zero, make handing off pointless whatever the score:
 * without a spec writer, acceptance criteria or a reviewer a contractor cannot
 * know what to build, when it is done, or whether it was accepted.
 */
export const HARD_RULE_FACTORS: readonly string[] = ["spec-owner", "acceptance-criteria", "reviewer"];

/** How the level is chosen, for the report page. */
export const LEVEL_RULES: readonly string[] = [
  `Fix documentation first: nobody writes specs, no ticket has acceptance criteria, or nobody reviews deliverables — or the score is below ${FIX_FIRST_BELOW_SCORE}.`,
  `Ready: a score of ${READY_MIN_SCORE} or more and no factor below ${MAJOR_GAP_BELOW_SHARE * 100}% of its weight.`,
  "Ready with gaps: everything in between.",
];

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Score the answers, list the gaps (largest first) and choose a level. */
export function assess(answers: ReadinessAnswers): ReadinessReport {
  const scored = FACTORS.map((f, order) => ({ f, order, share: f.earned(answers) })).filter(
    (s): s is typeof s & { share: number } => s.share !== null,
  );
  // Factors that do not apply (no ticket checked) drop out and the rest scale
  // to 100, so not pasting a ticket neither helps nor hurts.
  const available = scored.reduce((sum, s) => sum + s.f.weight, 0);
  const scale = 100 / available;
  const clampShare = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

  let earned = 0;
  const lost: { gap: ReadinessGap; exact: number; order: number }[] = [];
  const blockers: string[] = [];
  let major = false;
  for (const { f, order, share } of scored) {
    const s = clampShare(share);
    earned += f.weight * s;
    if (s < 1) {
      const exact = f.weight * (1 - s) * scale;
      lost.push({ gap: { id: f.id, ...f.gap(answers, s), weight: round1(exact) }, exact, order });
    }
    if (s < MAJOR_GAP_BELOW_SHARE) major = true;
    if (s === 0 && HARD_RULE_FACTORS.includes(f.id)) blockers.push(f.id);
  }
  lost.sort((a, b) => b.exact - a.exact || a.order - b.order);

  const score = Math.min(100, Math.max(0, Math.round(earned * scale)));
  const level: ReadinessLevel =
    blockers.length > 0 || score < FIX_FIRST_BELOW_SCORE
      ? "fix-documentation-first"
      : score >= READY_MIN_SCORE && !major
        ? "ready"
        : "ready-with-gaps";

  return { score, level, gaps: lost.map((l) => l.gap), overlap: sortedOverlap(answers.officeOverlap), blockers };
}

/** Sum of SCORING_WEIGHTS; 100 by construction, exported so a test can hold us to it. */
export const TOTAL_WEIGHT = SCORING_WEIGHTS.reduce((sum, w) => sum + w.weight, 0);
