import { describe, expect, it } from "vitest";
import { assess, SCORING_WEIGHTS, TOTAL_WEIGHT, effectiveOverlapHours, type ReadinessAnswers } from "./index.js";

/** A team with every practice in place, working European hours. */
const mature: ReadinessAnswers = {
  specWriter: "Lena (product lead)",
  reviewer: "Jonas (staff engineer)",
  reviewTurnaroundHours: 8,
  scopeDecider: "Lena",
  accessGranter: "Mikkel (platform)",
  tracker: "linear",
  acceptanceCriteria: "all",
  apiDocs: "current",
  testsInCi: "yes",
  staging: true,
  codeReview: "always",
  englishComfort: 5,
  scope: "ongoing",
  offeredOverlapHours: 6,
  officeOverlap: [
    { office: "Magelang", hoursPerDay: 3 },
    { office: "Copenhagen", hoursPerDay: 8 },
  ],
  briefFindings: 0,
};

const profile = (over: Partial<ReadinessAnswers>): ReadinessAnswers => ({ ...mature, ...over });

describe("assess: named profiles", () => {
  it("Tokyo startup on Linear, acceptance criteria on most tickets, 2 h overlap with Copenhagen", () => {
    // Tokyo 09:00–18:00 JST overlaps Copenhagen 09:00–11:00 CEST; the team
    // keeps the rest of its day for itself and offers those 2 h.
    const r = assess({
      specWriter: "Aiko (CTO)",
      reviewer: "Ren (lead engineer)",
      reviewTurnaroundHours: 24,
      scopeDecider: "Aiko",
      accessGranter: "Ren",
      tracker: "linear",
      acceptanceCriteria: "most",
      apiDocs: "current",
      testsInCi: "yes",
      staging: true,
      codeReview: "always",
      englishComfort: 4,
      scope: "finish-line",
      offeredOverlapHours: 2,
      officeOverlap: [
        { office: "Copenhagen", hoursPerDay: 2 },
        { office: "Magelang", hoursPerDay: 7 },
      ],
      briefFindings: null,
    });
    expect(r.level).toBe("ready-with-gaps");
    expect(r.gaps[0].id).toBe("overlap");
    expect(r.gaps[0].title).toContain("2 h");
    expect(r.gaps.map((g) => g.id)).toEqual(["overlap", "acceptance-criteria", "english"]);
    expect(r.score).toBeGreaterThanOrEqual(85); // high score, yet one major gap keeps it from "ready"
    expect(r.overlap).toEqual([
      { office: "Magelang", hoursPerDay: 7 },
      { office: "Copenhagen", hoursPerDay: 2 },
    ]);
  });

  it("mature EU scale-up: ready, no gaps", () => {
    const r = assess(mature);
    expect(r).toMatchObject({ score: 100, level: "ready", gaps: [], blockers: [] });
  });

  it("mature EU scale-up with a partial-coverage tracker: ready with one minor gap", () => {
    const r = assess(profile({ tracker: "other" }));
    expect(r.level).toBe("ready");
    expect(r.gaps.map((g) => g.id)).toEqual(["tracker"]);
  });

  it("solo founder with no tracker and specs in their head: fix documentation first, spec owner first", () => {
    const r = assess(
      profile({
        specWriter: "",
        reviewer: "Sam (founder)",
        reviewTurnaroundHours: 48,
        scopeDecider: "Sam",
        accessGranter: "Sam",
        tracker: "none",
        acceptanceCriteria: "none",
        apiDocs: "none",
        testsInCi: "no",
        staging: false,
        codeReview: "never",
        offeredOverlapHours: 4,
        briefFindings: null,
      }),
    );
    expect(r.level).toBe("fix-documentation-first");
    expect(r.gaps[0].id).toBe("spec-owner");
    expect(r.gaps[1].id).toBe("acceptance-criteria");
    expect(r.blockers).toEqual(["spec-owner", "acceptance-criteria"]);
  });

  it("team with no tests in CI: ready with gaps, tests first", () => {
    const r = assess(profile({ testsInCi: "no" }));
    expect(r.level).toBe("ready-with-gaps");
    expect(r.gaps[0]).toMatchObject({ id: "tests-in-ci", weight: 9 });
    expect(r.score).toBe(91);
  });

  it("slow reviewer (96 h turnaround): ready with gaps, review turnaround first", () => {
    const r = assess(profile({ reviewTurnaroundHours: 96 }));
    expect(r.level).toBe("ready-with-gaps");
    expect(r.gaps[0].id).toBe("review-turnaround");
    expect(r.gaps[0].title).toContain("96 h");
    expect(r.gaps[0].action).toContain("4 day(s)");
  });

  it("low English comfort (2 of 5): ready with gaps, English first", () => {
    const r = assess(profile({ englishComfort: 2 }));
    expect(r.level).toBe("ready-with-gaps");
    expect(r.gaps[0].id).toBe("english");
  });

  it("good practices but nobody reviews: fix documentation first despite the score", () => {
    const r = assess(profile({ reviewer: "" }));
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.level).toBe("fix-documentation-first");
    expect(r.blockers).toEqual(["reviewer"]);
    expect(r.gaps[0].id).toBe("reviewer");
  });

  it("acceptance criteria on some tickets: the action names the next five tickets", () => {
    const r = assess(profile({ acceptanceCriteria: "some" }));
    expect(r.gaps[0].id).toBe("acceptance-criteria");
    expect(r.gaps[0].title).toBe("Tickets carry acceptance criteria only sometimes");
    expect(r.gaps[0].action).toContain("next five tickets");
  });

  it("many small gaps add up to fix documentation first", () => {
    const r = assess(
      profile({
        apiDocs: "none",
        testsInCi: "partly",
        staging: false,
        codeReview: "never",
        tracker: "none",
        acceptanceCriteria: "some",
        englishComfort: 3,
        reviewTurnaroundHours: 72,
        offeredOverlapHours: 1,
      }),
    );
    expect(r.score).toBeLessThan(60);
    expect(r.blockers).toEqual([]);
    expect(r.level).toBe("fix-documentation-first");
  });
});

describe("assess: scoring mechanics", () => {
  it("weights sum to 100 and each factor says what full marks mean", () => {
    expect(TOTAL_WEIGHT).toBe(100);
    for (const w of SCORING_WEIGHTS) expect(w.fullMarks.length).toBeGreaterThan(10);
    expect(new Set(SCORING_WEIGHTS.map((w) => w.id)).size).toBe(SCORING_WEIGHTS.length);
  });

  it("an unchecked ticket neither helps nor hurts; findings cost points", () => {
    expect(assess(profile({ briefFindings: null })).score).toBe(100);
    expect(assess(profile({ briefFindings: undefined })).score).toBe(100);
    const r = assess(profile({ briefFindings: 6 }));
    expect(r.score).toBe(94);
    expect(r.gaps).toHaveLength(1);
    expect(r.gaps[0]).toMatchObject({ id: "brief-check", weight: 6 });
  });

  it("gaps are sorted by lost points and add up to what the score lost", () => {
    const r = assess(profile({ apiDocs: "partial", staging: false, reviewTurnaroundHours: 60, englishComfort: 3 }));
    const weights = r.gaps.map((g) => g.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const lost = weights.reduce((a, b) => a + b, 0);
    expect(Math.abs(100 - r.score - lost)).toBeLessThanOrEqual(1);
  });

  it("usable overlap is the smaller of the team's offer and the best office overlap", () => {
    expect(effectiveOverlapHours({ offeredOverlapHours: 2, officeOverlap: [{ office: "Magelang", hoursPerDay: 7 }] })).toBe(2);
    expect(effectiveOverlapHours({ offeredOverlapHours: 8, officeOverlap: [{ office: "Copenhagen", hoursPerDay: 1 }] })).toBe(1);
    expect(effectiveOverlapHours({ offeredOverlapHours: 3, officeOverlap: [] })).toBe(3);
    const thin = assess(profile({ offeredOverlapHours: 1 }));
    expect(thin.gaps[0]).toMatchObject({ id: "overlap", title: "Under 2 h of shared time a day" });
    expect(thin.gaps[0].action).toContain("Copenhagen");
  });

  it("nonsense numbers score as no credit instead of breaking the score", () => {
    const r = assess(profile({ reviewTurnaroundHours: Number.NaN, englishComfort: Number.NaN, offeredOverlapHours: -3, briefFindings: -1 }));
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(r.gaps.map((g) => g.id).sort()).toEqual(["brief-check", "english", "overlap", "review-turnaround"]);
  });
});
