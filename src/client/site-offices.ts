/**
 * Home page offices (the page works without it: office times are rendered by
 * the server). With JavaScript:
 * - each office's local time is refreshed every 20 seconds;
 * - the visitor's zone is read from the browser and the server computes their
 *   overlap with each office's next working day (DST and office holidays
 *   applied there), assuming a 09:00–17:00 working day.
 */
import { localTimeNow } from "../core/hours/format.js";

interface OfficeOverlap {
  name: string;
  date: string;
  overlapHours: number;
  windows: { office: string; visitor: string }[];
}

function refreshTimes(): void {
  document.querySelectorAll<HTMLTimeElement>("time.office-time[data-zone]").forEach((el) => {
    try {
      el.textContent = localTimeNow(el.dataset.zone!, Date.now()).label;
    } catch {
      // Leave the server's time in place when this browser lacks the zone.
    }
  });
}

function hoursText(h: number): string {
  return `${h} hour${h === 1 ? "" : "s"}`;
}

async function showOverlap(): Promise<void> {
  const slots = document.querySelectorAll<HTMLElement>("[data-overlap-for]");
  if (!slots.length) return;
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    zone = "";
  }
  const res = await fetch(`/api/v1/site/offices?tz=${encodeURIComponent(zone)}`, { headers: { accept: "application/json" } });
  if (!res.ok) return;
  const data = (await res.json()) as { zone: string; note: string | null; offices: OfficeOverlap[] };
  const note = document.querySelector<HTMLElement>("[data-overlap-note]");
  if (note) {
    note.textContent = `${data.note ? `${data.note} ` : ""}Overlap assumes you work 09:00–17:00, Monday to Friday, in ${data.zone}.`;
  }
  for (const office of data.offices) {
    const slot = Array.from(slots).find((s) => s.dataset.overlapFor === office.name);
    if (!slot) continue;
    slot.textContent =
      office.overlapHours > 0
        ? `Your overlap on its next working day (${office.date}): ${hoursText(office.overlapHours)}, ${office.windows.map((w) => `${w.office} = ${w.visitor} for you`).join("; ")}.`
        : `No shared working hours with you on its next working day (${office.date}): we work in writing across the gap.`;
  }
}

function start(): void {
  refreshTimes();
  setInterval(refreshTimes, 20_000);
  showOverlap().catch(() => {
    // Without the overlap the page still shows every office's time.
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
