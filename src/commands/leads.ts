import type { Actor } from "../core/actor.js";
import { AppError, conflict, validationError } from "../core/errors.js";
import { recordEvent } from "../models/events.js";
import {
  insertLead,
  insertStatusChange,
  recordSubmission,
  updateLeadStatus,
  type Lead,
  type LeadStatus,
  type NewLead,
} from "../models/leads.js";
import { consultancyOrg, findOrgBySlug } from "../models/orgs.js";
import { assess, fromFormAnswers, type FormAnswers } from "../core/readiness/index.js";
import { authorize } from "../policies/authorize.js";
import { leadPolicy } from "../policies/lead.js";
import type { Db } from "../storage/database.js";

/** The sales flow: new → contacted → won | lost. Nothing leaves won or lost. */
export const LEAD_TRANSITIONS: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  new: ["contacted"],
  contacted: ["won", "lost"],
  won: [],
  lost: [],
};

/** Longest status note staff may write. */
export const NOTE_MAX = 4000;

/**
 * Stores a /contact submission: the lead, the per-IP submission row and the
 * event, in one transaction, owned by the consultancy organisation. This runs
 * before anything else the intake does (scoring, checking the ticket), so
 * nothing after it can lose what the visitor sent.
 */
export async function receiveLead(db: Db, input: Omit<NewLead, "orgId">, ip: string, now: number): Promise<{ lead: Lead; token: string }> {
  return db.transaction().execute(async (tx) => {
    const org = await consultancyOrg(tx);
    if (!org) throw new AppError(503, "no_consultancy", "The site is not set up yet: no consultancy organisation exists (run `handoff seed`).");
    const { lead, token } = await insertLead(tx, { ...input, orgId: org.id }, now);
    await recordSubmission(tx, ip, now);
    await recordEvent(tx, {
      orgId: org.id,
      actorId: null,
      action: "lead.received",
      entityType: "lead",
      entityId: lead.id,
      summary: `New lead: ${lead.company} (${lead.name})`,
      data: { company: lead.company, name: lead.name },
    });
    return { lead, token };
  });
}

/** A filled honeypot: nothing is stored but the submission still counts against the IP's limit. */
export async function recordTrappedSubmission(db: Db, ip: string, now: number): Promise<void> {
  await recordSubmission(db, ip, now);
}

/**
 * Moves a lead along the sales flow with a written note; the change, its note
 * and the event commit together, and a concurrent change wins only once.
 */
export async function changeLeadStatus(db: Db, actor: Actor, lead: Lead, to: LeadStatus, note: string, now: number): Promise<Lead> {
  authorize(leadPolicy, actor, "update-status", lead);
  const text = note.trim();
  if (!LEAD_TRANSITIONS[lead.status].includes(to)) {
    const next = LEAD_TRANSITIONS[lead.status];
    throw validationError(
      { to: next.length ? `A ${lead.status} lead can move to ${next.join(" or ")} only.` : `A ${lead.status} lead is closed: its status no longer changes.` },
      "That status change is not possible.",
    );
  }
  if (!text) throw validationError({ note: "Write a note: what happened and what comes next." });
  if (text.length > NOTE_MAX) throw validationError({ note: `Keep the note under ${NOTE_MAX} characters.` });
  return db.transaction().execute(async (tx) => {
    if (!(await updateLeadStatus(tx, lead.id, lead.status, to, now))) {
      throw conflict("lead_changed", "Someone changed this lead's status meanwhile: reload the page and try again.");
    }
    await insertStatusChange(tx, { lead_id: lead.id, org_id: lead.org_id, from_status: lead.status, to_status: to, note: text, author_id: actor.id }, now);
    await recordEvent(tx, {
      orgId: lead.org_id,
      actorId: actor.id,
      action: "lead.status_changed",
      entityType: "lead",
      entityId: lead.id,
      summary: `${actor.name} moved ${lead.company} from ${lead.status} to ${to}`,
      data: { from: lead.status, to },
    });
    return { ...lead, status: to };
  });
}

/** Readiness answers of the demo leads, in the form's field names. */
const DEMO_ANSWERS: Record<"sakura" | "fjord", FormAnswers> = {
  sakura: {
    spec_writer: "Aiko Tanaka, product lead",
    reviewer: "山田太郎, CTO",
    review_turnaround_hours: 24,
    scope_decider: "山田太郎",
    access_granter: "山田太郎",
    tracker: "linear",
    acceptance_criteria: "most",
    api_docs: "partial",
    tests_in_ci: "yes",
    staging: "yes",
    code_review: "always",
    english_comfort: "3",
    scope: "finish-line",
    overlap_hours: 2,
  },
  fjord: {
    spec_writer: "",
    reviewer: "Ingrid Berg, tech lead",
    review_turnaround_hours: 72,
    scope_decider: "Ingrid Berg",
    access_granter: "",
    tracker: "jira",
    acceptance_criteria: "some",
    api_docs: "none",
    tests_in_ci: "partly",
    staging: "no",
    code_review: "sometimes",
    english_comfort: "5",
    scope: "ongoing",
    overlap_hours: 4,
  },
};

/**
 * Demo leads, both owned by the consultancy (leads are its pipeline): the one
 * Sakura Payments came in through, won, with its history, and a fresh one.
 * Scores are filled in when the report is first opened.
 */
export async function seedDemoLeads(db: Db, now = Date.now()): Promise<void> {
  const [sakura, consultancy, staff] = await Promise.all([
    findOrgBySlug(db, "sakura-payments"),
    consultancyOrg(db),
    db.selectFrom("users").selectAll().where("role", "=", "staff").orderBy("created_at").executeTakeFirst(),
  ]);
  if (!sakura || !consultancy || !staff) return;
  if (await db.selectFrom("leads").select("id").where("email", "=", "yamada@sakura-payments.example").executeTakeFirst()) return;
  const day = 86_400_000;
  const scored = (a: FormAnswers, overlap: [string, number][]) => {
    const r = assess(fromFormAnswers(a, overlap.map(([office, hoursPerDay]) => ({ office, hoursPerDay })), null));
    return { score: r.score, level: r.level };
  };
  await db.transaction().execute(async (tx) => {
    const { lead } = await insertLead(
      tx,
      {
        orgId: consultancy.id,
        name: "山田太郎",
        email: "yamada@sakura-payments.example",
        company: "Sakura Payments K.K.",
        website: "sakura-payments.example",
        timezone: "Asia/Tokyo",
        timezoneGiven: null,
        hoursStart: "09:00",
        hoursEnd: "18:00",
        project: "決済 API の返金機能 (refunds for our payments API), with webhooks to merchants.",
        finished: "Merchants can refund a payment in full or in part through the API and get a webhook when it settles.",
        answers: { ...DEMO_ANSWERS.sakura },
        ticket: null,
      },
      now - 30 * day,
    );
    await tx.updateTable("leads").set(scored(DEMO_ANSWERS.sakura, [["Copenhagen", 1], ["Magelang", 7]])).where("id", "=", lead.id).execute();
    const steps: [LeadStatus, LeadStatus, string, number][] = [
      ["new", "contacted", "Replied in writing; 山田さん prefers e-mail over calls.", 29],
      ["contacted", "won", "Engagement agreed: refunds API, finish line in the brief.", 25],
    ];
    for (const [from, to, note, ago] of steps) {
      await updateLeadStatus(tx, lead.id, from, to, now - ago * day);
      await insertStatusChange(tx, { lead_id: lead.id, org_id: lead.org_id, from_status: from, to_status: to, note, author_id: staff.id }, now - ago * day);
    }
    const { lead: fjord } = await insertLead(
      tx,
      {
        orgId: consultancy.id,
        name: "Ingrid Berg",
        email: "ingrid@fjord-logistics.example",
        company: "Fjord Logistics AS",
        website: null,
        timezone: "Europe/Oslo",
        timezoneGiven: null,
        hoursStart: "08:00",
        hoursEnd: "16:00",
        project: "Move route planning off a nightly batch job onto an event-driven service.",
        finished: "Dispatchers see a new route within a minute of an order changing.",
        answers: { ...DEMO_ANSWERS.fjord },
        ticket: null,
      },
      now - 2 * day,
    );
    await tx.updateTable("leads").set(scored(DEMO_ANSWERS.fjord, [["Copenhagen", 7], ["Magelang", 2]])).where("id", "=", fjord.id).execute();
  });
}
