import type { DueItem } from "../../../commands/clocks.js";
import { html, type SafeHtml } from "../../html.js";

/**
 * A due time with its state, read by one person: "due Tue 10:00 JST · Mon
 * 21:00 EDT for you — on track". The state is in words (not only colour) and
 * in data-state for styling; overdue items are flagged.
 */
export function dueBadge(d: Pick<DueItem, "text" | "state" | "stateLabel" | "dueAt" | "ownerDefaultHours" | "ownerName">): SafeHtml {
  return html`<span class="due due-${d.state}" data-state="${d.state}" data-due-at="${d.dueAt}"><time datetime="${d.dueAt}">${d.text}</time> <strong class="due-state">${d.state === "overdue" ? "⚑ " : ""}${d.stateLabel}</strong>${d.ownerDefaultHours ? html` <span class="hint">(${d.ownerName} has not set working hours: Mon–Fri 09:00–17:00 assumed)</span>` : ""}</span>`;
}

/** A list of waiting items with their due badges, soonest first (as given). */
export function dueList(items: readonly DueItem[], opts: { empty?: string; showBrief?: boolean } = {}): SafeHtml {
  if (!items.length) return html`<p class="hint">${opts.empty ?? "Nothing waits here."}</p>`;
  return html`<ul class="due-list">${items.map(
    (i) => html`<li class="due-item${i.state === "overdue" ? " is-overdue" : ""}" data-kind="${i.kind}">
      <span class="due-what">${i.label}${opts.showBrief === false ? "" : html` · <a href="/briefs/${i.briefId}">${i.briefTitle}</a>`} <span class="hint">(${i.ownerName})</span></span>
      ${dueBadge(i)}</li>`,
  )}</ul>`;
}

/** Cards of a board column: soonest due first (overdue on top), then those without a running clock in their order. */
export function sortByDue<T extends { id: string }>(briefs: readonly T[], due: ReadonlyMap<string, DueItem> | undefined): T[] {
  if (!due?.size) return [...briefs];
  const at = (b: T) => due.get(b.id)?.dueAt;
  return briefs
    .map((b, i) => ({ b, i }))
    .sort((x, y) => {
      const a = at(x.b), c = at(y.b);
      if (a && c) return a < c ? -1 : a > c ? 1 : x.i - y.i;
      if (a) return -1;
      if (c) return 1;
      return x.i - y.i;
    })
    .map((x) => x.b);
}
