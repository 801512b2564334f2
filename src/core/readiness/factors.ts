import type { ReadinessAnswers } from "./answers.js";
import { bestOffice, effectiveOverlapHours, FULL_OVERLAP_HOURS, THIN_OVERLAP_HOURS } from "./overlap.js";

/** One scored factor: its share of 100 points and how an answer earns it. */
export interface Factor {
  /** Stable id, also the id of the gap it produces. */
  id: string;
  /** What is scored, as the report's "How we score" table names it. */
  factor: string;
  /** Points out of 100 (all weights sum to 100). */
  weight: number;
  /** What full marks mean, in one sentence. */
  fullMarks: string;
  /** Share of the weight earned, 0..1; null when the factor does not apply (no ticket checked). */
  earned(a: ReadinessAnswers): number | null;
  /** Gap wording for a share below 1. */
  gap(a: ReadinessAnswers, earned: number): { title: string; action: string };
}

const named = (s: string) => typeof s === "string" && s.trim().length > 0;
const hours = (h: number) => `${Math.round(h * 10) / 10} h`;

/** Full marks within one working day of wall clock; nothing left at four days. */
const REVIEW_FULL_HOURS = 24;
const REVIEW_ZERO_HOURS = 96;

const ENGLISH_SHARE = [0, 0.3, 0.7, 0.9, 1] as const;

/** The factors in report order. Ties in lost points keep this order. */
export const FACTORS: readonly Factor[] = [
  {
    id: "spec-owner",
    factor: "Someone writes specs",
    weight: 14,
    fullMarks: "A named person writes every brief and answers questions about it.",
    earned: (a) => (named(a.specWriter) ? 1 : 0),
    gap: () => ({
      title: "Nobody owns writing specs",
      action:
        "Name one person who writes every brief and answers contractors' questions about it in writing; until then an outside engineer has no one to ask and nothing to check work against.",
    }),
  },
  {
    id: "acceptance-criteria",
    factor: "Written acceptance criteria",
    weight: 12,
    fullMarks: "Every ticket says, in checkable outcomes, when it is done.",
    earned: (a) => ({ none: 0, some: 0.4, most: 0.85, all: 1 })[a.acceptanceCriteria] ?? 0,
    gap: (a) =>
      a.acceptanceCriteria === "none"
        ? {
            title: "No ticket carries written acceptance criteria",
            action:
              "Add a 'Done when' section with three to five checkable outcomes to the next five tickets before handing any off; a contractor cannot know when to stop without it.",
          }
        : a.acceptanceCriteria === "some"
          ? {
              title: "Tickets carry acceptance criteria only sometimes",
              action:
                "Add 'Done when' with checkable outcomes to the next five tickets before handing any off, then make the section part of your ticket template.",
            }
          : {
              title: "A few tickets still lack acceptance criteria",
              action:
                "Make 'Done when' a required section of your ticket template so the remaining tickets get checkable outcomes too.",
            },
  },
  {
    id: "reviewer",
    factor: "Someone reviews deliverables",
    weight: 7,
    fullMarks: "A named person reviews each deliverable against its acceptance criteria.",
    earned: (a) => (named(a.reviewer) ? 1 : 0),
    gap: () => ({
      title: "Nobody is named to review deliverables",
      action:
        "Name a reviewer who reads each deliverable against its acceptance criteria and answers in writing: accepted, or what to change and why.",
    }),
  },
  {
    id: "review-turnaround",
    factor: "Review turnaround",
    weight: 5,
    fullMarks: `A written review arrives within ${REVIEW_FULL_HOURS} hours; the share falls to nothing at ${REVIEW_ZERO_HOURS} hours.`,
    earned: (a) => {
      const t = a.reviewTurnaroundHours;
      if (!named(a.reviewer) || !Number.isFinite(t) || t < 0) return 0;
      if (t <= REVIEW_FULL_HOURS) return 1;
      return Math.max(0, 1 - (t - REVIEW_FULL_HOURS) / (REVIEW_ZERO_HOURS - REVIEW_FULL_HOURS));
    },
    gap: (a) =>
      named(a.reviewer) && Number.isFinite(a.reviewTurnaroundHours) && a.reviewTurnaroundHours >= 0
        ? {
            title: `Reviews take about ${hours(a.reviewTurnaroundHours)}`,
            action: `Commit to a first written review within one working day; at ${hours(a.reviewTurnaroundHours)} each round of feedback costs a contractor ${Math.max(1, Math.round(a.reviewTurnaroundHours / 24))} day(s) of waiting. Block a daily review slot in the reviewer's calendar.`,
          }
        : {
            title: "No review turnaround to plan around",
            action: "Once a reviewer is named, agree that a first written review arrives within one working day of submission.",
          },
  },
  {
    id: "scope-decider",
    factor: "Someone decides scope",
    weight: 4,
    fullMarks: "A named person says yes or no when a brief needs to grow or shrink.",
    earned: (a) => (named(a.scopeDecider) ? 1 : 0),
    gap: () => ({
      title: "Nobody is named to decide scope",
      action:
        "Name who says yes or no when a contractor finds the brief needs to grow, so a scope question gets a decision in one written reply instead of a meeting.",
    }),
  },
  {
    id: "access-granter",
    factor: "Someone grants access",
    weight: 4,
    fullMarks: "A named person grants repository, CI and environment access.",
    earned: (a) => (named(a.accessGranter) ? 1 : 0),
    gap: () => ({
      title: "Nobody is named to grant repository and environment access",
      action:
        "Name who grants repository, CI and staging access and write the list of what a new engineer needs, so a contractor can start on day one instead of day four.",
    }),
  },
  {
    id: "tracker",
    factor: "Issue tracker",
    weight: 7,
    fullMarks: "Work lives in Linear, Jira or GitHub Issues, one ticket per piece of work.",
    earned: (a) => ({ linear: 1, jira: 1, github: 1, other: 0.8, none: 0 })[a.tracker] ?? 0,
    gap: (a) =>
      a.tracker === "none"
        ? {
            title: "Work is not tracked in an issue tracker",
            action:
              "Put the next ten pieces of work in a tracker (Linear, Jira or GitHub Issues) so each has one link, one owner and one status a contractor can see.",
          }
        : {
            title: "Your tracker needs a manual bridge",
            action:
              "Give every ticket a stable link to paste into its brief; we connect to Linear directly and to other trackers through webhooks.",
          },
  },
  {
    id: "api-docs",
    factor: "API documentation",
    weight: 7,
    fullMarks: "The API is documented and the documentation matches what is deployed.",
    earned: (a) => ({ none: 0, partial: 0.5, current: 1 })[a.apiDocs] ?? 0,
    gap: (a) =>
      a.apiDocs === "none"
        ? {
            title: "The API is not documented",
            action:
              "Write down the endpoints the first brief touches (request, response, errors) before handing it off; generate the rest from the code later.",
          }
        : {
            title: "API documentation is partial or out of date",
            action:
              "Bring the documentation up to date for the endpoints the first brief touches, and add 'update the API docs' to your definition of done.",
          },
  },
  {
    id: "tests-in-ci",
    factor: "Automated tests in CI",
    weight: 9,
    fullMarks: "Every change runs an automated test suite in CI before it can merge.",
    earned: (a) => ({ no: 0, partly: 0.5, yes: 1 })[a.testsInCi] ?? 0,
    gap: (a) =>
      a.testsInCi === "no"
        ? {
            title: "No automated tests run in CI",
            action:
              "Run whatever tests exist on every pull request before the first handoff, even a single smoke test; a contractor needs a signal that a change broke nothing.",
          }
        : {
            title: "Tests run in CI for only part of the code",
            action:
              "Make CI run the tests of the area the first brief touches on every pull request, and block merging when they fail.",
          },
  },
  {
    id: "staging",
    factor: "Staging or preview environment",
    weight: 4,
    fullMarks: "A change can be seen running somewhere other than production before it ships.",
    earned: (a) => (a.staging ? 1 : 0),
    gap: () => ({
      title: "No staging or preview environment",
      action:
        "Set up one shared staging environment (or preview deploys per pull request) so a reviewer can check a deliverable without running it locally.",
    }),
  },
  {
    id: "code-review",
    factor: "Code review habit",
    weight: 5,
    fullMarks: "Every change is reviewed by someone other than its author before it merges.",
    earned: (a) => ({ never: 0, sometimes: 0.5, always: 1 })[a.codeReview] ?? 0,
    gap: (a) => ({
      title: a.codeReview === "never" ? "Code is not reviewed before merging" : "Code is reviewed only sometimes",
      action:
        "Require one approving review on the main branch before merging; a contractor's pull request then gets the same scrutiny as everyone else's, no more and no less.",
    }),
  },
  {
    id: "english",
    factor: "Written English comfort",
    weight: 6,
    fullMarks: "The team writes English as easily as it speaks it (5 on a scale of 5).",
    earned: (a) => {
      const n = Math.round(a.englishComfort);
      return Number.isFinite(n) ? ENGLISH_SHARE[Math.min(5, Math.max(1, n)) - 1] : 0;
    },
    gap: (a) => ({
      title: `Written English comfort is ${Math.min(5, Math.max(1, Math.round(a.englishComfort) || 1))} of 5`,
      action:
        "Pick the one person most comfortable in written English to edit every brief before it is handed off, and keep briefs to short sentences, one requirement per line.",
    }),
  },
  {
    id: "overlap",
    factor: "Daily overlap with our offices",
    weight: 10,
    fullMarks: `At least ${FULL_OVERLAP_HOURS} hours a day when the team and one of our offices are both at work and the team is reachable.`,
    earned: (a) => Math.min(1, effectiveOverlapHours(a) / FULL_OVERLAP_HOURS),
    gap: (a) => {
      const h = effectiveOverlapHours(a);
      const best = bestOffice(a.officeOverlap);
      const where = best ? ` (best office: ${best.office}, ${hours(Math.max(0, best.hoursPerDay))} of overlapping working hours; the team offers ${hours(Math.max(0, a.offeredOverlapHours || 0))})` : "";
      return {
        title: h < THIN_OVERLAP_HOURS ? `Under ${THIN_OVERLAP_HOURS} h of shared time a day` : `Only ${hours(h)} of shared time a day`,
        action: `Keep ${FULL_OVERLAP_HOURS} h a day reachable for contractor questions${where}; until then, answer questions in writing before the end of your day so no one waits a full day for a reply.`,
      };
    },
  },
  {
    id: "brief-check",
    factor: "A sample ticket passes the brief checker",
    weight: 6,
    fullMarks: "The ticket you pasted has no checker findings. Counted only when you paste one; otherwise the other weights scale to 100.",
    earned: (a) => {
      const n = a.briefFindings;
      if (n === null || n === undefined) return null;
      return Number.isFinite(n) && n >= 0 ? Math.max(0, 1 - n / 4) : 0;
    },
    gap: (a) => ({
      title: `The ticket you pasted has ${a.briefFindings} checker finding(s)`,
      action:
        "Fix the findings the brief checker listed on that ticket, then use it as the template for the next tickets you hand off.",
    }),
  },
];

/** The "How we score" table: each factor, its weight, what full marks mean. Weights sum to 100. */
export const SCORING_WEIGHTS: readonly { id: string; factor: string; weight: number; fullMarks: string }[] = FACTORS.map(
  ({ id, factor, weight, fullMarks }) => ({ id, factor, weight, fullMarks }),
);
