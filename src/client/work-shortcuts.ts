/**
 * Keyboard shortcuts on the board and brief pages: c claim, a ask, s submit,
 * r review, e edit, n new brief, ? shows the list. Keys typed into a field
 * are left alone. Every shortcut has a visible button or form as well.
 */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

const KEYS: Record<string, { target: string; click?: boolean }> = {
  c: { target: "claim", click: true },
  a: { target: "ask" },
  s: { target: "submit" },
  r: { target: "review" },
  e: { target: "edit", click: true },
  n: { target: "new", click: true },
};

document.addEventListener("keydown", (ev) => {
  if (ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
  if (ev.key === "?") {
    const help = document.getElementById("shortcuts") as HTMLDetailsElement | null;
    if (help) {
      help.open = !help.open;
      help.querySelector("summary")?.focus();
      ev.preventDefault();
    }
    return;
  }
  const k = KEYS[ev.key];
  if (!k) return;
  const el = document.querySelector<HTMLElement>(`[data-shortcut="${k.target}"]`);
  if (!el) return;
  ev.preventDefault();
  el.scrollIntoView({ block: "center" });
  if (k.click) el.click();
  else el.focus();
});
