import type { Actor } from "../../../core/actor.js";
import { checkMove } from "../../../core/workflow/index.js";
import { html, type SafeHtml } from "../../html.js";
import type { BriefDetail } from "../../routes/briefs-present.js";
import { csrfField } from "../forms.js";
import type { BriefPageData } from "./brief.js";

/** State moves the reader may make from here: mark ready, claim, ship, cancel. */
export function actionsPanel(actor: Actor, p: BriefPageData): SafeHtml {
  const b = p.detail.brief;
  const can = (to: "ready" | "in_progress" | "shipped" | "cancelled") => checkMove(b.state, to, p.parties).ok;
  const clean = p.detail.checker.ready;
  const v = p.values ?? {};
  const parts: SafeHtml[] = [];
  if (can("ready")) {
    if (clean) {
      parts.push(html`<form method="post" action="/briefs/${b.id}/transition" class="inline">${csrfField(p.csrf)}<input type="hidden" name="to" value="ready"><button type="submit" id="mark-ready">Mark ready</button></form>`);
    } else if (actor.role === "staff") {
      parts.push(html`<form method="post" action="/briefs/${b.id}/transition" class="override-form">${csrfField(p.csrf)}<input type="hidden" name="to" value="ready">
      <label for="f-override">Mark ready anyway: why</label><p class="hint">The checker still reports findings. Your reason is recorded and shown on the brief.</p>
      <textarea id="f-override" name="reason" rows="2" required>${v.reason ?? ""}</textarea>
      <button type="submit">Mark ready with this reason</button></form>`);
    } else {
      parts.push(html`<p class="hint" id="ready-blocked">Fix the checker's findings to mark this brief ready.</p>`);
    }
  }
  if (can("in_progress")) {
    parts.push(html`<form method="post" action="/briefs/${b.id}/transition" class="inline">${csrfField(p.csrf)}<input type="hidden" name="to" value="in_progress"><button type="submit" id="claim" data-shortcut="claim">Claim this brief</button></form>`);
  }
  if (can("shipped")) {
    parts.push(html`<form method="post" action="/briefs/${b.id}/transition" class="ship-form">${csrfField(p.csrf)}<input type="hidden" name="to" value="shipped">
    <label for="f-releaseRef">Release</label><p class="hint">A URL of the release or a tag such as v1.4.2.</p>
    <input id="f-releaseRef" name="releaseRef" type="text" value="${v.releaseRef ?? ""}" required>
    <button type="submit" id="ship">Mark shipped</button></form>`);
  }
  if (can("cancelled")) {
    parts.push(html`<details class="cancel"><summary>Cancel this brief</summary>
    <form method="post" action="/briefs/${b.id}/transition">${csrfField(p.csrf)}<input type="hidden" name="to" value="cancelled">
    <label for="f-cancel-reason">Why is it cancelled?</label>
    <textarea id="f-cancel-reason" name="reason" rows="2" required></textarea>
    <button type="submit" class="secondary">Cancel brief</button></form></details>`);
  }
  return parts.length ? html`<section class="actions" aria-label="Actions">${parts}</section>` : html``;
}

export function askForm(briefId: string, csrf: string, values: Record<string, string> = {}): SafeHtml {
  return html`<form method="post" action="/briefs/${briefId}/questions" class="ask-form" id="ask">
  ${csrfField(csrf)}
  <h3>Ask a question</h3>
  <label for="f-question">Question</label>
  <textarea id="f-question" name="text" rows="3" required data-shortcut="ask">${values.text ?? ""}</textarea>
  <label for="f-line">Line of the brief <span class="optional">(optional)</span></label>
  <input id="f-line" name="line" type="number" min="1" value="${values.line ?? ""}">
  <button type="submit">Ask</button>
</form>`;
}

export function commentForm(briefId: string, csrf: string): SafeHtml {
  return html`<form method="post" action="/briefs/${briefId}/comments" class="comment-form">
  ${csrfField(csrf)}
  <label for="f-comment">Comment</label>
  <p class="hint" id="f-comment-hint">Markdown; mention people on the engagement with @name.</p>
  <textarea id="f-comment" name="markdown" rows="3" required aria-describedby="f-comment-hint"></textarea>
  <button type="submit" class="secondary">Comment</button>
</form>`;
}

/** Evidence fields, one per acceptance criterion of the current version. */
export function submitForm(briefId: string, d: BriefDetail, csrf: string, values: Record<string, string> = {}): SafeHtml {
  return html`<form method="post" action="/briefs/${briefId}/deliverables" class="submit-form" id="submit">
  ${csrfField(csrf)}
  <h3>Submit a deliverable (round ${d.deliverables.length + 1})</h3>
  <label for="f-links">Links</label>
  <p class="hint">One http(s) link per line: pull requests, previews.</p>
  <textarea id="f-links" name="links" rows="2" data-shortcut="submit">${values.links ?? ""}</textarea>
  <label for="f-notes">Notes <span class="optional">(optional)</span></label>
  <textarea id="f-notes" name="notes" rows="3">${values.notes ?? ""}</textarea>
  <fieldset><legend>Evidence per acceptance criterion</legend>
  ${d.checker.criteria.map(
    (c, i) => html`<div class="field"><label for="f-ev-${i}"><code>${c.id}</code> ${c.text}</label>
    <textarea id="f-ev-${i}" name="evidence.${c.id}" rows="2" required>${values[`evidence.${c.id}`] ?? ""}</textarea></div>`,
  )}
  </fieldset>
  <button type="submit" id="submit-deliverable">Submit for review</button>
</form>`;
}

/** A verdict and a comment per criterion of the version the round was made against. */
export function reviewForm(round: BriefDetail["deliverables"][number], d: BriefDetail, csrf: string): SafeHtml {
  return html`<form method="post" action="/deliverables/${round.id}/review" class="review-form" id="review">
  ${csrfField(csrf)}
  <h3>Review round ${round.round}</h3>
  ${round.evidenceList.map((ev, i) => {
    const c = d.checker.criteria.find((x) => x.id === ev.criterionId);
    return html`<fieldset class="verdict"><legend><code>${ev.criterionId}</code> ${c?.text ?? ""}</legend>
    <p class="hint">Evidence: ${ev.text}</p>
    <label class="check"><input type="radio" name="verdict.${ev.criterionId}" value="accepted" checked${i === 0 ? html` data-shortcut="review"` : ""}> Accepted</label>
    <label class="check"><input type="radio" name="verdict.${ev.criterionId}" value="changes"> Changes needed</label>
    <label for="f-rc-${i}">Comment <span class="optional">(required for changes)</span></label>
    <textarea id="f-rc-${i}" name="comment.${ev.criterionId}" rows="2"></textarea>
  </fieldset>`;
  })}
  <label for="f-summary">Summary <span class="optional">(optional)</span></label>
  <textarea id="f-summary" name="summary" rows="2"></textarea>
  <button type="submit" id="submit-review">Send review</button>
</form>`;
}
