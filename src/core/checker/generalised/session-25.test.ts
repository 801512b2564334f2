/**
 * Behaviours added in session 25 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 25, rounds 271-272: counts of failures, the fast, a team's own practice, lists of fields", () => {
  it("asks how many failed scans or PINs block a ticket, whatever failed, and not how many failed in one upload", () => {
    expect(rulesAt(brief({ edge: "- Block the ticket after several failed scans with a wrong ID number." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Lock the card after multiple invalid PINs." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Several failed scans in one upload are reported together." }), EDGE)).toEqual([]);
  });

  it("judges 'find the prompt clear and not intrusive' as untestable, and not 'clear to go', a state the data decides", () => {
    expect(rulesAt(brief({ ac: "- Retailers find the prompt clear and not intrusive." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Donors find the report clear and professional." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ context: "We want a new endpoint that shows which animals in a pen are clear to go." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We want a new endpoint that shows which animals in a pen are clear to staff." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("reads 'the same cut-off we use for the dealers' as the team's own unwritten practice, not after its value or name", () => {
    expect(rulesAt(brief({ context: "Show a warning when the test is old; use the same cut-off we use for the dealers." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Each order is written to the ERP through the same import we use for the Durban branch." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- For `FLAMENCO` use the same margin we use in Cristóbal." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- A short profile: extend it to station 1,200 ft, the same seaward limit we use for every transect." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "We generate references with ifthenpay (https://ifthenpay.com/docs/en/), the same gateway we use for MB WAY." }), CONTEXT)).toEqual([]);
  });

  it("does not read a possessive before 'approved' as a team's decision", () => {
    expect(rulesAt(brief({ edge: "- When the vet has marked the treatment as used outside the product's approved use, the minimum is 7 days." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A treatment used outside its label: product approved it last week." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'breaks the fast at sunset' as the time of fasting, and still judges 'the fast lookup'", () => {
    expect(rulesAt(brief({ context: "Every evening in Ramadan we serve iftar (the meal that breaks the fast at sunset) in the hall." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "It is for people who cannot replace the fast later, for example elderly people." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Guests want the fast lookup at the door." }), CONTEXT)).toEqual(["vague-term"]);
  });

  it("reads a lower-case '- whether …' item as one field of the list its lead-in opens, and '- Whether …' as a question", () => {
    const fields = (item: string): string => brief({ context: `For each lot we want to show:\n\n- the date of the last herd test,\n${item}` });
    expect(rulesAt(fields("- whether the seller's herd is certified under the assurance scheme."), 8)).toEqual([]);
    expect(rulesAt(fields("- Whether the seller's herd must be certified under the assurance scheme."), 8)).toEqual(["open-question"]);
    expect(rulesAt(brief({ context: "Notes from the call.\n\n- whether the seller's herd must be certified under the assurance scheme" }), 7)).toEqual(["open-question"]);
  });

  it("does not ask for the size of a small API or integration, and knows the makers of sterilisers", () => {
    expect(rulesAt(brief({ context: "We want a small intake API that the kitchen tablet calls when a donation arrives." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Our autoclaves (3 from Getinge, 2 from Belimed) print the cycle report as PDF; loads are tracked in STERIS SPM." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "We want a small upload that the kitchen tablet sends when a donation arrives." }), CONTEXT)).toEqual(["unquantified"]);
  });
});

describe("session 25, rounds 273-274: agreements dated in the past, backoffs given their delays, wishes, people who retry", () => {
  it("reads 'the one agreed with the dealers' association last year' as an unwritten agreement, not when it is written below", () => {
    expect(rulesAt(brief({ context: "The subsidy amount is the one agreed with the dealers' association last year." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The sorting rules between red and rosé hoppers are the same as in 2023." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The column layout below was agreed with the contractor in January." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Approval rules (agreed with finance in March):" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The sorting rules between red and rosé hoppers are the same as in the table below." }), CONTEXT)).toEqual([]);
  });

  it("reads a backoff whose delays follow in its sentence as given, and still asks about a bare one", () => {
    expect(rulesAt(brief({ edge: "- Broker connection lost: reconnect with backoff, starting at 1 s and doubling up to 60 s." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Broker connection lost: reconnect with backoff, and log every attempt." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'would be nice' as the writer's wish and 'such a small sample' as the size just given", () => {
    expect(rulesAt(brief({ edge: "- Retirements are not imported. Would be nice for the reports, but not now." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Reports must be nice for the auditors." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Survey with fewer than 100 households: `422`; the standard does not accept such a small sample." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Survey with too few households: `422`; the standard does not accept a small sample." }), EDGE)).toEqual(["unquantified"]);
  });

  it("does not ask how often a person retries by hand, and still asks how often a system does", () => {
    expect(rulesAt(brief({ edge: "- Aircraft type unknown: `422 unknown_type`; the dispatcher adds the type and retries." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- All recharges go through the gateway, which picks the operator connection and retries." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads capitals the brief writes as code as that value, and still asks about letters never written so", () => {
    expect(rulesAt(brief({ api: "- The file for `SK` and `2025-03` lists only SK sessions, sorted by `connected_at`." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "- The file for each carrier lists only SK sessions, sorted by `connected_at`." }), API)).toEqual(["undefined-term"]);
  });

  it("knows PostGIS and Ecocert", () => {
    expect(rulesAt(brief({ context: "Organic grapes (certified by Ecocert) go into vats whose polygons are in the PostGIS table `vats`." }), CONTEXT)).toEqual([]);
  });
});

describe("session 25, rounds 275-276: sections of other things, sizes referred back to, the writer's small request", () => {
  it("reads 'bands in that section' as a contest's section, so 'like we did for the Spring Contest' is still reported", () => {
    expect(rulesAt(brief({ edge: "- Sets should be held back for bands in that section, like we did for the Spring Contest." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Sets are held back as the section on the music library explains, like we did for the spring contest." }), EDGE)).toEqual([]);
  });

  it("reads 'parts that small' after a figure as that size, and 'a small request' as the writer's ask", () => {
    expect(rulesAt(brief({ edge: "- Model volume below 0.1 cm³: `422`; we cannot depowder parts that small without losing them." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- We cannot depowder parts that small without losing them." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "Hi, a small request before the season starts please." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A very large request from a new distributor: hold it for my review." }), EDGE)).toEqual(["unquantified"]);
  });
});
