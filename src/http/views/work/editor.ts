import { html, type SafeHtml } from "../../html.js";
import { csrfField, errorSummary, field, type FieldErrors } from "../forms.js";
import { renderDiff } from "./diff.js";

export interface EditorData {
  heading: string;
  /** Where the form posts. */
  action: string;
  back: { href: string; label: string };
  csrf: string;
  /** New briefs ask for a title. */
  title?: string;
  markdown: string;
  /** The version the text was loaded from (If-Match of the save). */
  version?: number;
  errors?: FieldErrors;
  /** A stale save: the newer text someone else saved, shown beside the reader's own. */
  stale?: { version: number; theirs: string; by: string };
  /** Answering a question: its text and line, and the answer typed so far. */
  question?: { id: string; text: string; line: number | null; answer: string };
  submitLabel: string;
}

/**
 * The brief editor: a plain form that works without script; the editor script
 * (src/client/brief-editor.ts) runs the checker on every keystroke and lists
 * findings beside the text, each one jumping to its line.
 */
export function editorView(d: EditorData): SafeHtml {
  return html`<section class="editor-page">
  <p><a href="${d.back.href}">← ${d.back.label}</a></p>
  <h1>${d.heading}</h1>
  ${errorSummary(d.errors)}
  ${d.stale
    ? html`<div class="notice stale" role="alert" id="stale-notice"><p><strong>${d.stale.by} saved version ${d.stale.version} while you were editing.</strong> Nothing was overwritten. Their text is on the left, yours is in the editor: merge them and save again.</p>
  <details open><summary>Differences between their text and yours</summary>${renderDiff(d.stale.theirs, d.markdown, "Their text compared with yours")}</details>
  <label for="theirs">Version ${d.stale.version} (saved)</label>
  <textarea id="theirs" readonly rows="12">${d.stale.theirs}</textarea></div>`
    : ""}
  ${d.question
    ? html`<div class="notice question-fold"><p><strong>Question${d.question.line ? ` about line ${d.question.line}` : ""}:</strong> ${d.question.text}</p><p class="hint">Write the answer, and fold it into the brief below: the brief is saved as a new version linked to this question.</p></div>`
    : ""}
  <form method="post" action="${d.action}" novalidate class="editor-form">
    ${csrfField(d.csrf)}
    ${d.version !== undefined ? html`<input type="hidden" name="version" value="${d.version}">` : ""}
    ${d.title !== undefined ? field({ name: "title", label: "Title", value: d.title, errors: d.errors, required: true }) : ""}
    ${d.question
      ? html`<div class="field${d.errors?.text ? " has-error" : ""}"><label for="f-text">Answer</label>${d.errors?.text ? html`<p class="error">${d.errors.text}</p>` : ""}<textarea id="f-text" name="text" rows="3" required>${d.question.answer}</textarea></div>`
      : ""}
    <div class="editor-layout">
      <div class="field${d.errors?.markdown ? " has-error" : ""}">
        <label for="f-markdown">Brief (Markdown)</label>
        ${d.errors?.markdown ? html`<p class="error" id="f-markdown-error">${d.errors.markdown}</p>` : ""}
        <textarea id="f-markdown" name="markdown" rows="28" spellcheck="true" data-brief-editor="1"${d.question?.line ? html` data-focus-line="${d.question.line}"` : ""}>${d.markdown}</textarea>
      </div>
      <aside class="checker live" aria-labelledby="live-h">
        <h2 id="live-h">Checker</h2>
        <p id="checker-status" role="status" aria-live="polite" class="hint">The checker runs as you type.</p>
        <ol id="checker-findings" class="findings"></ol>
        <h3>Acceptance criteria</h3>
        <ol id="checker-criteria" class="criteria"></ol>
      </aside>
    </div>
    <button type="submit" id="save-brief">${d.submitLabel}</button>
  </form>
</section>`;
}
