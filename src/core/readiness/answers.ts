/**
 * The answers the /contact form collects for the readiness report. Plain
 * TypeScript (no zod) so the core stays dependency-free; the HTTP layer owns
 * the request schema and can build its enums from the option lists below.
 */

/** Issue trackers the form offers. */
export const TRACKER_OPTIONS = ["linear", "jira", "github", "other", "none"] as const;
/** How many tickets carry written acceptance criteria, worst first. */
export const ACCEPTANCE_CRITERIA_OPTIONS = ["none", "some", "most", "all"] as const;
/** State of the API documentation, worst first. */
export const API_DOCS_OPTIONS = ["none", "partial", "current"] as const;
/** Whether automated tests run in CI, worst first. */
export const TESTS_IN_CI_OPTIONS = ["no", "partly", "yes"] as const;
/** How often code is reviewed before merging, worst first. */
export const CODE_REVIEW_OPTIONS = ["never", "sometimes", "always"] as const;
/** The kind of engagement the visitor wants. */
export const SCOPE_OPTIONS = ["finish-line", "ongoing"] as const;

export type Tracker = (typeof TRACKER_OPTIONS)[number];
export type AcceptanceCriteriaShare = (typeof ACCEPTANCE_CRITERIA_OPTIONS)[number];
export type ApiDocs = (typeof API_DOCS_OPTIONS)[number];
export type TestsInCi = (typeof TESTS_IN_CI_OPTIONS)[number];
export type CodeReview = (typeof CODE_REVIEW_OPTIONS)[number];
export type Scope = (typeof SCOPE_OPTIONS)[number];

/** Daily overlap between the visitor's working hours and one of our offices. */
export interface OfficeOverlap {
  /** Office name as in content/site.json, e.g. "Copenhagen". */
  office: string;
  /** Hours per working day both sides are at work (0–24). */
  hoursPerDay: number;
}

/** Everything `assess` needs. Names are free text; empty or blank means "nobody". */
export interface ReadinessAnswers {
  /** Who writes specs (a named person), or "" when nobody does. */
  specWriter: string;
  /** Who reviews deliverables, or "" when nobody is named. */
  reviewer: string;
  /** The reviewer's usual turnaround in hours (wall clock) from submission to a written review. */
  reviewTurnaroundHours: number;
  /** Who decides scope, or "". */
  scopeDecider: string;
  /** Who grants repository and environment access, or "". */
  accessGranter: string;
  /** Issue tracker in use. */
  tracker: Tracker;
  /** Share of tickets with written acceptance criteria. */
  acceptanceCriteria: AcceptanceCriteriaShare;
  /** API documentation. */
  apiDocs: ApiDocs;
  /** Automated tests in CI. */
  testsInCi: TestsInCi;
  /** A staging or preview environment exists. */
  staging: boolean;
  /** Code review habit. */
  codeReview: CodeReview;
  /** The team's comfort writing English, 1 (very low) to 5 (native-level). */
  englishComfort: number;
  /** Finish a defined piece of work, or ongoing support. Recorded, not scored: we serve both. */
  scope: Scope;
  /** Hours per day the team says it can be reachable at the same time as a contractor. */
  offeredOverlapHours: number;
  /** Overlap of the team's stated working hours with each office, computed by the caller (core/hours). */
  officeOverlap: OfficeOverlap[];
  /** Findings the brief checker reported on a pasted ticket; null or absent when no ticket was checked. */
  briefFindings?: number | null;
}

/** The readiness answers as the /contact form names and stores them on a lead. */
export interface FormAnswers {
  spec_writer: string;
  reviewer: string;
  review_turnaround_hours: number;
  scope_decider: string;
  access_granter: string;
  tracker: Tracker;
  acceptance_criteria: AcceptanceCriteriaShare;
  api_docs: ApiDocs;
  tests_in_ci: TestsInCi;
  staging: "yes" | "no";
  code_review: CodeReview;
  english_comfort: "1" | "2" | "3" | "4" | "5";
  scope: Scope;
  overlap_hours: number;
}

/** What `assess` reads, from the stored form answers plus what the caller computed. */
export function fromFormAnswers(a: FormAnswers, officeOverlap: OfficeOverlap[], briefFindings: number | null): ReadinessAnswers {
  return {
    specWriter: a.spec_writer,
    reviewer: a.reviewer,
    reviewTurnaroundHours: a.review_turnaround_hours,
    scopeDecider: a.scope_decider,
    accessGranter: a.access_granter,
    tracker: a.tracker,
    acceptanceCriteria: a.acceptance_criteria,
    apiDocs: a.api_docs,
    testsInCi: a.tests_in_ci,
    staging: a.staging === "yes",
    codeReview: a.code_review,
    englishComfort: Number(a.english_comfort),
    scope: a.scope,
    offeredOverlapHours: a.overlap_hours,
    officeOverlap,
    briefFindings,
  };
}
