/**
 * The brief editor: runs the same checker as the server on every edit and
 * lists its findings beside the text; clicking a finding selects its line.
 * The form works without this script (the server checks on save).
 */
import { check } from "../core/checker/index.js";

const editor = document.querySelector<HTMLTextAreaElement>("textarea[data-brief-editor]");

/** Character offsets [start, end) of a 1-based line. */
function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return [start, end < 0 ? text.length : end];
}

/** Selects a line and scrolls it into view inside the textarea. */
function jumpTo(ta: HTMLTextAreaElement, line: number): void {
  const [start, end] = lineRange(ta.value, line);
  ta.focus();
  ta.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 20;
  ta.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

function render(ta: HTMLTextAreaElement): void {
  const result = check(ta.value);
  const list = document.getElementById("checker-findings");
  const criteria = document.getElementById("checker-criteria");
  const status = document.getElementById("checker-status");
  if (status) {
    status.textContent = result.ready ? "No findings: a contractor can act on this brief." : `${result.findings.length} finding(s): a contractor would be missing something.`;
    status.className = result.ready ? "badge ok" : "badge bad";
  }
  if (list) {
    list.replaceChildren(
      ...result.findings.map((f) => {
        const li = document.createElement("li");
        li.dataset.rule = f.rule;
        if (f.line) {
          const b = document.createElement("button");
          b.type = "button";
          b.className = "link finding-jump";
          b.dataset.line = String(f.line);
          b.textContent = `Line ${f.line}`;
          b.addEventListener("click", () => jumpTo(ta, f.line!));
          li.append(b, document.createTextNode(`: ${f.message}`));
        } else {
          li.textContent = `Whole brief: ${f.message}`;
        }
        return li;
      }),
    );
  }
  if (criteria) {
    criteria.replaceChildren(
      ...result.criteria.map((c) => {
        const li = document.createElement("li");
        const code = document.createElement("code");
        code.textContent = c.id;
        li.append(code, document.createTextNode(` ${c.text}`));
        return li;
      }),
    );
  }
}

if (editor) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  editor.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => render(editor), 150);
  });
  render(editor);
  const fromHash = /^#line-(\d+)$/.exec(location.hash);
  const line = fromHash ? Number(fromHash[1]) : Number(editor.dataset.focusLine ?? 0);
  if (line > 0) jumpTo(editor, line);
  prefillAmendment(editor);
}

/**
 * Folding an answer into the brief: while the brief is untouched, the answer
 * being typed is placed right after the line the question was about, so the
 * amendment starts pre-filled where it belongs; editing the brief stops this.
 */
function prefillAmendment(ta: HTMLTextAreaElement): void {
  const answer = document.getElementById("f-text") as HTMLTextAreaElement | null;
  const line = Number(ta.dataset.focusLine ?? 0);
  if (!answer || line < 1) return;
  const base = ta.value;
  let touched = false;
  ta.addEventListener("input", () => {
    touched = true;
  });
  answer.addEventListener("input", () => {
    if (touched) return;
    const lines = base.split("\n");
    const text = answer.value.trim();
    if (text) lines.splice(Math.min(line, lines.length), 0, "", text);
    ta.value = lines.join("\n");
    render(ta);
  });
}
