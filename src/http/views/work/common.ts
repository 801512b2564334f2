import { formatLocal, localTimeNow } from "../../../core/hours/format.js";
import { STATE_LABELS, type BriefState } from "../../../core/workflow/index.js";
import { html, type SafeHtml } from "../../html.js";

/** A brief's state as a badge (colour is never the only signal: the label says it). */
export function stateBadge(state: BriefState): SafeHtml {
  const tone = state === "shipped" || state === "accepted" ? "ok" : state === "changes_requested" || state === "cancelled" ? "bad" : state === "in_review" ? "warn" : "";
  return html`<span class="badge state-${state}${tone ? ` ${tone}` : ""}" data-state="${state}">${STATE_LABELS[state]}</span>`;
}

/** An instant in the reader's zone, with the machine-readable time. */
export function when(iso: string | null | undefined, readerZone: string): SafeHtml {
  if (!iso) return html``;
  const ms = Date.parse(iso);
  return html`<time datetime="${iso}">${formatLocal(readerZone, ms, { withDate: true })}</time>`;
}

/** An instant in the reader's zone with the author's local time beside it when it differs. */
export function whenFor(iso: string, readerZone: string, authorZone: string | undefined): SafeHtml {
  const ms = Date.parse(iso);
  const reader = formatLocal(readerZone, ms, { withDate: true });
  const theirs = authorZone ? formatLocal(authorZone, ms) : "";
  const same = !authorZone || formatLocal(readerZone, ms) === theirs;
  return html`<time datetime="${iso}">${reader}</time>${same ? "" : html` <span class="hint">(${theirs} for them)</span>`}`;
}

/** "Tue 10:00 JST" now in the person's zone. */
export const localNow = (zone: string, now: number): string => localTimeNow(zone, now).label;

/** People looked up by id for names and zones. */
export type PeopleIndex = Map<string, { name: string; timezone: string }>;

export const nameOf = (people: PeopleIndex, id: string | null | undefined): string => (id ? (people.get(id)?.name ?? "someone") : "someone");

/** Shortcut keys listed on `?` (the script in src/client/work-shortcuts.ts reads data-shortcut). */
export function shortcutsHelp(keys: [string, string][]): SafeHtml {
  return html`<details class="shortcuts" id="shortcuts">
  <summary>Keyboard shortcuts <kbd>?</kbd></summary>
  <dl>${keys.map(([k, what]) => html`<dt><kbd>${k}</kbd></dt><dd>${what}</dd>`)}</dl>
</details>`;
}
