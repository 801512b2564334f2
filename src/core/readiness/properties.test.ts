import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  assess,
  ACCEPTANCE_CRITERIA_OPTIONS,
  API_DOCS_OPTIONS,
  CODE_REVIEW_OPTIONS,
  SCOPE_OPTIONS,
  TESTS_IN_CI_OPTIONS,
  TRACKER_OPTIONS,
  type ReadinessAnswers,
  type ReadinessLevel,
} from "./index.js";

const name = fc.constantFrom("", "  ", "Aiko", "Lena (product)");
const answersArb: fc.Arbitrary<ReadinessAnswers> = fc.record({
  specWriter: name,
  reviewer: name,
  reviewTurnaroundHours: fc.integer({ min: 0, max: 200 }),
  scopeDecider: name,
  accessGranter: name,
  tracker: fc.constantFrom(...TRACKER_OPTIONS),
  acceptanceCriteria: fc.constantFrom(...ACCEPTANCE_CRITERIA_OPTIONS),
  apiDocs: fc.constantFrom(...API_DOCS_OPTIONS),
  testsInCi: fc.constantFrom(...TESTS_IN_CI_OPTIONS),
  staging: fc.boolean(),
  codeReview: fc.constantFrom(...CODE_REVIEW_OPTIONS),
  englishComfort: fc.integer({ min: 1, max: 5 }),
  scope: fc.constantFrom(...SCOPE_OPTIONS),
  offeredOverlapHours: fc.double({ min: 0, max: 12, noNaN: true }),
  officeOverlap: fc.array(
    fc.record({ office: fc.constantFrom("Copenhagen", "Magelang"), hoursPerDay: fc.double({ min: 0, max: 10, noNaN: true }) }),
    { maxLength: 2 },
  ),
  briefFindings: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
});

const better = <T>(order: readonly T[], current: T): T[] => order.slice(order.indexOf(current));
const trackerRank = { none: 0, other: 1, linear: 2, jira: 2, github: 2 } as const;

/** Every answer at least as good as `a` in one field (including `a` itself). */
function improvements(a: ReadinessAnswers): ReadinessAnswers[] {
  const out: Partial<ReadinessAnswers>[] = [
    { specWriter: "Someone" },
    { reviewer: "Someone" },
    { scopeDecider: "Someone" },
    { accessGranter: "Someone" },
    { reviewTurnaroundHours: Math.max(0, a.reviewTurnaroundHours - 30) },
    { reviewTurnaroundHours: 0 },
    ...TRACKER_OPTIONS.filter((t) => trackerRank[t] >= trackerRank[a.tracker]).map((tracker) => ({ tracker })),
    ...better(ACCEPTANCE_CRITERIA_OPTIONS, a.acceptanceCriteria).map((acceptanceCriteria) => ({ acceptanceCriteria })),
    ...better(API_DOCS_OPTIONS, a.apiDocs).map((apiDocs) => ({ apiDocs })),
    ...better(TESTS_IN_CI_OPTIONS, a.testsInCi).map((testsInCi) => ({ testsInCi })),
    ...better(CODE_REVIEW_OPTIONS, a.codeReview).map((codeReview) => ({ codeReview })),
    { staging: true },
    { englishComfort: Math.min(5, a.englishComfort + 1) },
    { offeredOverlapHours: a.offeredOverlapHours + 1 },
    { officeOverlap: a.officeOverlap.map((o) => ({ ...o, hoursPerDay: o.hoursPerDay + 1 })) },
  ];
  if (typeof a.briefFindings === "number") out.push({ briefFindings: Math.max(0, a.briefFindings - 1) });
  return out.map((o) => ({ ...a, ...o }));
}

const levelRank: Record<ReadinessLevel, number> = { "fix-documentation-first": 0, "ready-with-gaps": 1, ready: 2 };

describe("assess: properties", () => {
  it("score stays within 0..100 and gaps are sorted by weight", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = assess(a);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(r.score)).toBe(true);
        for (let i = 1; i < r.gaps.length; i++) expect(r.gaps[i - 1].weight).toBeGreaterThanOrEqual(r.gaps[i].weight);
        if (r.gaps.length === 0) expect(r.score).toBe(100);
      }),
    );
  });

  it("a better answer in any one field never lowers the score or the level", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const base = assess(a);
        for (const b of improvements(a)) {
          const r = assess(b);
          expect(r.score).toBeGreaterThanOrEqual(base.score);
          expect(levelRank[r.level]).toBeGreaterThanOrEqual(levelRank[base.level]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
