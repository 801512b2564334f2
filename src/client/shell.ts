/**
 * Progressive enhancements for every page (the pages work without it):
 * - timezone pickers with no value take the browser's zone;
 * - the error summary, when present, takes focus so screen readers announce it.
 */
function prefillTimezones(): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll<HTMLSelectElement>("select[data-tz-prefill='1']").forEach((sel) => {
    if (sel.value) return;
    const match = Array.from(sel.options).find((o) => o.value === zone || o.text === zone);
    if (match) match.selected = true;
  });
  document.querySelectorAll<HTMLInputElement>("input[data-tz-prefill='1']").forEach((input) => {
    if (!input.value) input.value = zone;
  });
}

function focusErrorSummary(): void {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => {
    prefillTimezones();
    focusErrorSummary();
  });
} else {
  prefillTimezones();
  focusErrorSummary();
}
