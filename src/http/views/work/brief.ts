import type { Actor } from "../../../core/actor.js";
import { checkMove } from "../../../core/workflow/index.js";
import { renderMarkdown } from "../../../content/markdown.js";
import { html, raw, type SafeHtml } from "../../html.js";
import type { AuditRow } from "../../routes/engagements-api.js";
import type { BriefDetail } from "../../routes/briefs-present.js";
import { errorSummary, type FieldErrors } from "../forms.js";
import { nameOf, shortcutsHelp, stateBadge, when, whenFor, type PeopleIndex } from "./common.js";
import { renderDiff } from "./diff.js";
import { highlightMentions } from "./mentions.js";
import { actionsPanel, askForm, commentForm, reviewForm, submitForm } from "./brief-forms.js";
import { timeline } from "./timeline.js";
import type { Party } from "../../../core/workflow/index.js";

export interface BriefPageData {
  detail: BriefDetail;
  /** Due times of the brief's waiting items and its handoff notes, latest first (views/time). */
  timeSection?: SafeHtml;
  parties: Party[];
  canEdit: boolean;
  canAnswer: boolean;
  canAsk: boolean;
  people: PeopleIndex;
  events: AuditRow[];
  csrf: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  notice?: string;
}

const md = (s: string) => raw(renderMarkdown(s).html);

/** Checker findings beside the text; each links to its line in the editor. */
export function findingsPanel(d: BriefDetail, editable: boolean): SafeHtml {
  const f = d.checker.findings;
  return html`<aside class="checker" aria-labelledby="checker-h">
  <h2 id="checker-h">Checker</h2>
  ${f.length
    ? html`<p class="badge bad">${f.length} finding(s)</p><ol class="findings">${f.map(
        (x) => html`<li data-rule="${x.rule}">${x.line ? (editable ? html`<a href="/briefs/${d.brief.id}/edit#line-${x.line}">Line ${x.line}</a>` : html`Line ${x.line}`) : "Whole brief"}: ${x.message}</li>`,
      )}</ol>`
    : html`<p class="badge ok">No findings: a contractor can act on this brief.</p>`}
  <h3>Acceptance criteria</h3>
  ${d.checker.criteria.length ? html`<ol class="criteria">${d.checker.criteria.map((c) => html`<li id="${c.id}"><code>${c.id}</code> ${c.text}</li>`)}</ol>` : html`<p class="hint">None found.</p>`}
</aside>`;
}

/**
 * Why a brief that was ready is a draft again: the latest "returned to draft"
 * event (draft is re-entered no other way), shown until it is ready again.
 */
function returnedToDraft(p: BriefPageData, zone: string): SafeHtml | "" {
  if (p.detail.brief.state !== "draft") return "";
  const e = [...p.events].reverse().find((x) => x.action === "brief.returned_to_draft");
  return e
    ? html`<p class="notice returned" id="returned-to-draft" role="status"><strong>Back in draft</strong> ${when(e.at, zone)}: ${e.summary}. Fix the findings, then mark it ready again.</p>`
    : "";
}

/** The brief page: document, findings, questions, rounds, comments, timeline. */
export function briefView(actor: Actor, p: BriefPageData): SafeHtml {
  const d = p.detail;
  const b = d.brief;
  const zone = actor.timezone;
  const tz = (id: string | null) => (id ? p.people.get(id)?.timezone : undefined);
  const claimedText = b.claimed_version ? d.versions.find((v) => v.n === b.claimed_version)?.markdown : undefined;
  const changedForMe = b.claimed_by === actor.id && b.claimed_version !== null && b.version > b.claimed_version;
  const open = b.engagement.state === "active" && b.state !== "shipped" && b.state !== "cancelled";
  const latest = d.deliverables.at(-1);
  const canReview = !!latest && latest.state === "in_review" && checkMove(b.state, "accepted", p.parties).ok && open;
  const canSubmit = checkMove(b.state, "in_review", p.parties).ok && open;
  return html`<article class="brief-page">
  <p><a href="/engagements/${b.engagement_id}">← ${b.engagement.title}</a></p>
  <h1>${b.title}</h1>
  <p class="brief-meta">${stateBadge(b.state)} · version ${b.version} · <a href="/briefs/${b.id}/versions/${b.version}">versions</a>${p.canEdit && open ? html` · <a href="/briefs/${b.id}/edit" data-shortcut="edit">Edit</a>` : ""}${b.claimed_by ? html` · claimed by ${nameOf(p.people, b.claimed_by)} at version ${b.claimed_version}` : ""}</p>
  ${p.notice ? html`<p class="notice" role="status">${p.notice}</p>` : ""}
  ${errorSummary(p.errors)}
  ${changedForMe && claimedText !== undefined
    ? html`<div class="notice changed-banner" role="status" id="changed-banner"><p><strong>The brief changed since you claimed it</strong> (version ${b.claimed_version} → ${b.version}).</p>
    <details open><summary>What changed</summary>${renderDiff(claimedText, d.markdown, "Changes since you claimed it")}</details></div>`
    : ""}
  ${returnedToDraft(p, zone)}
  ${b.ready_override_reason
    ? html`<p class="notice override" id="ready-override"><strong>Marked ready over checker findings</strong> by ${nameOf(p.people, b.ready_override_by)}: ${b.ready_override_reason}</p>`
    : ""}
  ${b.cancel_reason ? html`<p class="notice" id="cancel-reason"><strong>Cancelled</strong> ${when(b.cancelled_at, zone)}: ${b.cancel_reason}</p>` : ""}
  ${b.release_ref ? html`<p class="notice" id="release-ref"><strong>Shipped</strong> ${when(b.shipped_at, zone)} in <code>${b.release_ref}</code></p>` : ""}
  ${p.timeSection ?? ""}
  <div class="brief-layout">
    <section class="document prose" aria-label="Brief">${md(d.markdown)}</section>
    ${findingsPanel(d, p.canEdit && open)}
  </div>
  ${open ? actionsPanel(actor, p) : ""}
  <section aria-labelledby="questions-h">
    <h2 id="questions-h">Questions <span class="count">${d.questions.length}</span></h2>
    ${d.questions.length ? "" : html`<p class="hint">No questions yet.</p>`}
    <ol class="questions">${d.questions.map(
      (q) => html`<li id="question-${q.id}" class="question">
      <p><strong>${nameOf(p.people, q.author_id)}</strong> asked ${whenFor(q.created_at, zone, tz(q.author_id))}${q.line ? html` about line ${q.line} of version ${q.brief_version}` : ""}:</p>
      <blockquote>${q.text}</blockquote>
      ${q.answered_at
        ? html`<p class="answer"><strong>${nameOf(p.people, q.answered_by)}</strong> answered ${whenFor(q.answered_at, zone, tz(q.answered_by))}: ${q.answer}${q.amended_version ? html` <a href="/briefs/${b.id}/versions/${q.amended_version}">Folded into version ${q.amended_version}</a>` : ""}</p>`
        : p.canAnswer && open
          ? html`<p><a class="button" href="/briefs/${b.id}/edit?question=${q.id}" data-answer="${q.id}">Answer and fold into the brief</a></p>
      <form method="post" action="/questions/${q.id}/answer" class="answer-form">
        <input type="hidden" name="_csrf" value="${p.csrf}">
        <label for="answer-${q.id}">Answer only</label>
        <textarea id="answer-${q.id}" name="text" rows="2" required></textarea>
        <button type="submit" class="secondary">Answer</button>
      </form>`
          : html`<p class="hint">Waiting for an answer.</p>`}
    </li>`,
    )}</ol>
    ${p.canAsk && open ? askForm(b.id, p.csrf, p.values) : ""}
  </section>
  <section aria-labelledby="rounds-h">
    <h2 id="rounds-h">Deliverables and review rounds</h2>
    ${d.deliverables.length ? "" : html`<p class="hint">Nothing submitted yet.</p>`}
    ${d.deliverables.map((x) => {
      const verdicts = x.review ? (JSON.parse(x.review.verdicts) as { criterionId: string; verdict: string; comment: string }[]) : [];
      return html`<section class="round" id="round-${x.round}">
      <h3>Round ${x.round} <span class="hint">by ${nameOf(p.people, x.author_id)}, ${whenFor(x.created_at, zone, tz(x.author_id))}, against version ${x.brief_version}</span></h3>
      ${x.linkList.length ? html`<ul class="links">${x.linkList.map((l) => html`<li><a href="${l}" rel="noopener noreferrer nofollow">${l}</a></li>`)}</ul>` : ""}
      ${x.notes ? html`<div class="notes">${md(x.notes)}</div>` : ""}
      <table class="table evidence"><thead><tr><th scope="col">Criterion</th><th scope="col">Evidence</th><th scope="col">Verdict</th></tr></thead><tbody>
      ${x.evidenceList.map((ev) => {
        const v = verdicts.find((y) => y.criterionId === ev.criterionId);
        return html`<tr><td><code>${ev.criterionId}</code></td><td>${ev.text}</td><td>${v ? html`<span class="badge ${v.verdict === "accepted" ? "ok" : "bad"}">${v.verdict === "accepted" ? "Accepted" : "Changes"}</span>${v.comment ? html` ${v.comment}` : ""}` : html`<span class="hint">waiting</span>`}</td></tr>`;
      })}
      </tbody></table>
      ${x.review ? html`<p>Reviewed by ${nameOf(p.people, x.review.reviewer_id)} ${whenFor(x.review.created_at, zone, tz(x.review.reviewer_id))}: <strong>${x.review.outcome === "accepted" ? "accepted" : "changes requested"}</strong>${x.review.summary ? html` · ${x.review.summary}` : ""}</p>` : ""}
    </section>`;
    })}
    ${canReview && latest ? reviewForm(latest, d, p.csrf) : ""}
    ${canSubmit ? submitForm(b.id, d, p.csrf, p.values) : ""}
  </section>
  <section aria-labelledby="comments-h">
    <h2 id="comments-h">Comments</h2>
    <ol class="comments">${d.comments.map(
      (c) => html`<li class="comment" id="comment-${c.id}"><p><strong>${nameOf(p.people, c.author_id)}</strong> ${whenFor(c.created_at, zone, tz(c.author_id))}</p><div class="prose">${raw(highlightMentions(renderMarkdown(c.markdown).html, d.people, JSON.parse(c.mentions) as string[]))}</div></li>`,
    )}</ol>
    ${b.engagement.state === "active" ? commentForm(b.id, p.csrf) : ""}
  </section>
  ${timeline(p.events, zone)}
  ${shortcutsHelp([["c", "Claim this brief"], ["a", "Ask a question"], ["s", "Submit a deliverable"], ["r", "Review the latest round"], ["e", "Edit the brief"], ["?", "Show these shortcuts"]])}
</article>`;
}
