import { check } from "../core/checker/index.js";
import { insertBrief, moveBrief } from "../models/briefs.js";
import { insertComment } from "../models/comments.js";
import { insertMentions } from "../models/mentions.js";
import { insertDeliverable } from "../models/deliverables.js";
import { insertEngagement } from "../models/engagements.js";
import { recordEvent } from "../models/events.js";
import { answerQuestion, insertQuestion } from "../models/questions.js";
import type { Db, Tx } from "../storage/database.js";

/** A demo brief that passes the checker: the four sections, numbers, and testable criteria. */
export const demoBrief = (title: string, subject: string) => `# ${title}

## Context

Merchants send about 40 requests a day to ${subject}. The support team does each one by hand in the admin tool, which takes 10 minutes.

## API

\`POST /v1/payments/{payment_id}/refunds\` with the JSON body \`{"amount": 1500, "currency": "JPY"}\`.

- 201 with the refund: id, payment_id, amount, currency, status.
- 404 when the payment does not belong to the merchant.
- 422 when the amount is larger than the refundable balance.

## Edge cases

- Two requests for the same payment at the same time never refund more than the captured amount.
- An amount of 0 or less returns 422 naming the field amount.

## Acceptance criteria

- A refund of 1500 JPY on a 5000 JPY payment returns 201 and leaves 3500 JPY refundable.
- A refund larger than the refundable balance returns 422 and changes nothing.
- Of 20 concurrent refunds of 1000 JPY on a 5000 JPY payment, exactly 5 succeed.

## Out of scope

- Refunds in another currency than the payment's.
`;

/**
 * One engagement per client organisation with briefs in several states, a
 * question, a comment and a deliverable, so every page has something to show
 * and the tenant-isolation test finds a row of every engagement table per
 * client. Dewi works for Sakura Payments, Sam for Nordlys Health.
 */
export async function seedDemoEngagements(db: Db): Promise<void> {
  const user = (q: Db | Tx, email: string) => q.selectFrom("users").selectAll().where("email_key", "=", email).executeTakeFirstOrThrow();
  // Every read inside the transaction goes through tx: SQLite has one connection.
  const staff = await user(db, "staff@cleansystems.example");
  const plans = [
    { slug: "sakura-payments", title: "Refunds API", owner: "yamada@sakura-payments.example", contractor: "dewi@cleansystems.example" },
    { slug: "nordlys-health", title: "Payments for bookings", owner: "freja@nordlys.example", contractor: "sam@cleansystems.example" },
  ];
  await db.transaction().execute(async (tx) => {
    for (const p of plans) {
      const org = await tx.selectFrom("orgs").selectAll().where("slug", "=", p.slug).executeTakeFirst();
      if (!org) continue;
      if (await tx.selectFrom("engagements").select("id").where("org_id", "=", org.id).executeTakeFirst()) continue;
      const owner = await user(tx, p.owner);
      const contractor = await user(tx, p.contractor);
      const e = await insertEngagement(tx, {
        orgId: org.id,
        title: p.title,
        scope: `Backend work for ${org.name}: endpoints, tests and a written handoff.`,
        createdBy: staff.id,
        contractorIds: [contractor.id],
        reviewerIds: [owner.id],
      });
      await recordEvent(tx, {
        orgId: org.id,
        actorId: staff.id,
        action: "engagement.created",
        entityType: "engagement",
        entityId: e.id,
        summary: `${staff.name} opened the engagement "${e.title}" (demo data)`,
        data: { engagementId: e.id },
      });
      const at = new Date().toISOString();
      const brief = async (title: string, subject: string) =>
        (await insertBrief(tx, { orgId: org.id, engagementId: e.id, title, markdown: demoBrief(title, subject), authorId: owner.id })).brief;
      // In review, with an answered question, a comment and a first round.
      const b1 = await brief("Partial refunds endpoint", "refund part of a payment");
      await moveBrief(tx, b1.id, ["draft"], "in_review", { ready_at: at, claimed_by: contractor.id, claimed_version: 1, claimed_at: at });
      const q1 = await insertQuestion(tx, { orgId: org.id, briefId: b1.id, authorId: contractor.id, text: "Should a refund of the full amount use this endpoint too?", line: null, briefVersion: 1 });
      await answerQuestion(tx, q1.id, { answer: "Yes: a full refund is a refund of the whole refundable balance.", answeredBy: owner.id, amendedVersion: null });
      const criteria = check(demoBrief("Partial refunds endpoint", "refund part of a payment")).criteria;
      await insertDeliverable(tx, {
        orgId: org.id,
        briefId: b1.id,
        round: 1,
        authorId: contractor.id,
        links: ["https://github.com/example/refunds/pull/12"],
        notes: "Implemented with a row lock on the payment.",
        evidence: criteria.map((c) => ({ criterionId: c.id, text: `Covered by a test: ${c.text.slice(0, 40)}` })),
        briefVersion: 1,
      });
      await insertComment(tx, { orgId: org.id, briefId: b1.id, authorId: owner.id, markdown: "Thanks, looking at it today.", mentions: [] });
      // A mention of the contractor: an inbox item of theirs until they open the brief.
      const c2 = await insertComment(tx, { orgId: org.id, briefId: b1.id, authorId: owner.id, markdown: `@${contractor.name} could you add the idempotency key to the PR description?`, mentions: [contractor.id] });
      await insertMentions(tx, { orgId: org.id, engagementId: e.id, briefId: b1.id, commentId: c2.id, authorId: owner.id, userIds: [contractor.id] });
      // Ready to claim; in progress with an open question; a draft.
      const b2 = await brief("Refund webhooks", "resend refund notifications");
      await moveBrief(tx, b2.id, ["draft"], "ready", { ready_at: at });
      const b3 = await brief("Refund status lookup", "look up the status of a refund");
      await moveBrief(tx, b3.id, ["draft"], "in_progress", { ready_at: at, claimed_by: contractor.id, claimed_version: 1, claimed_at: at });
      await insertQuestion(tx, { orgId: org.id, briefId: b3.id, authorId: contractor.id, text: "Which statuses should the lookup return?", line: 5, briefVersion: 1 });
      await brief("Refund export for accounting", "export refunds");
    }
  });
}
