/**
 * Live brief checker for any page with a `textarea[data-checker-demo]`: runs
 * the same pure checker as the CLI and the server in the browser on every
 * edit and lists its findings in `[data-checker-findings]` (created after the
 * textarea when the page has none). Nothing is sent anywhere: the check is
 * local, so typing makes no request.
 */
import { check, type Finding } from "../core/checker/index.js";

/** Renders one finding as a list item that names its line and rule. */
function item(doc: Document, f: Finding): HTMLLIElement {
  const li = doc.createElement("li");
  li.dataset.rule = f.rule;
  if (f.line !== null) li.dataset.line = String(f.line);
  const where = doc.createElement("span");
  where.className = "checker-where";
  where.textContent = f.line === null ? `${f.section ?? ""}` : `line ${f.line}`;
  const rule = doc.createElement("code");
  rule.textContent = f.rule;
  li.append(where, " ", rule, " ", f.message);
  return li;
}

/** Checks the textarea's text and replaces the list's content with the findings. */
export function render(input: HTMLTextAreaElement, list: HTMLElement, status: HTMLElement | null): void {
  const result = check(input.value);
  const doc = list.ownerDocument;
  list.replaceChildren(...result.findings.map((f) => item(doc, f)));
  if (status) {
    const n = result.findings.length;
    status.textContent = result.ready ? "Ready: a contractor has what they need." : `${n} finding${n === 1 ? "" : "s"}`;
  }
}

/** Wires every demo textarea on the page; checks at most once per animation frame. */
export function attach(doc: Document = document): void {
  for (const input of Array.from(doc.querySelectorAll<HTMLTextAreaElement>("textarea[data-checker-demo]"))) {
    let list = doc.querySelector<HTMLElement>("[data-checker-findings]");
    if (!list) {
      list = doc.createElement("ol");
      list.setAttribute("data-checker-findings", "");
      list.setAttribute("aria-live", "polite");
      input.insertAdjacentElement("afterend", list);
    }
    const status = doc.querySelector<HTMLElement>("[data-checker-status]");
    const target = list;
    let pending = false;
    const schedule = (): void => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        render(input, target, status);
      });
    };
    input.addEventListener("input", schedule);
    render(input, target, status);
  }
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => attach());
  else attach();
}
