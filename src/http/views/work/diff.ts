import { diffLines } from "diff";
import { html, type SafeHtml } from "../../html.js";

/** A line diff of two texts as a list of added, removed and kept lines (escaped). */
export function renderDiff(before: string, after: string, label = "Changes"): SafeHtml {
  const parts = diffLines(before, after);
  const rows: SafeHtml[] = [];
  for (const p of parts) {
    const lines = p.value.replace(/\n$/, "").split("\n");
    const kind = p.added ? "add" : p.removed ? "del" : "same";
    for (const l of lines) {
      rows.push(
        kind === "add"
          ? html`<ins class="diff-line diff-add"><span class="visually-hidden">added: </span>${l || " "}</ins>`
          : kind === "del"
            ? html`<del class="diff-line diff-del"><span class="visually-hidden">removed: </span>${l || " "}</del>`
            : html`<span class="diff-line">${l || " "}</span>`,
      );
    }
  }
  const changed = parts.some((p) => p.added || p.removed);
  return html`<figure class="diff" aria-label="${label}">${changed ? html`<pre>${rows}</pre>` : html`<p class="hint">No changes.</p>`}</figure>`;
}
