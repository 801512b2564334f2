import { isWorkingNow, localTimeNow, usesDefaultHours, type Person } from "../../../core/hours/index.js";
import { sharedWorkingTime, zoneOn } from "../../../core/clocks/index.js";
import { personFromUser } from "../../../models/people.js";
import type { User } from "../../../models/users.js";
import { html, type SafeHtml } from "../../html.js";

/** One person on an engagement as the panel shows them. */
export interface PanelPerson {
  id: string;
  name: string;
  /** What they do on the engagement: client, reviewer, contractor, staff. */
  parts: string[];
  zone: string;
  /** "Tue 18:40 JST". */
  localTime: string;
  workingNow: boolean;
  defaultHours: boolean;
}

/** Shared working time of two people over the next 14 days. */
export interface PanelPair {
  a: string;
  b: string;
  /** Total shared working hours in the 14 days (one decimal). */
  hours: number;
  /** Dates with shared time, read in the first person's zone. */
  days: number;
}

const DAYS = 14;

function safe(u: User): Person {
  const p = personFromUser(u);
  try {
    localTimeNow(p.zone, 0);
    return p;
  } catch {
    return { zone: "UTC" };
  }
}

/**
 * The engagement's people now: local time, whether they are inside their
 * working hours, and each pair's shared hours over the next 14 days from now
 * (each in their own zone and hours, holidays, time off and travel included;
 * counted on instants, so a pair whose shared hour falls on different local
 * dates is found).
 */
export function peopleNow(people: readonly (User & { parts?: string[] })[], now: number): { people: PanelPerson[]; pairs: PanelPair[] } {
  const persons = people.map((u) => ({ u, p: safe(u) }));
  const list = persons.map(({ u, p }) => {
    const zone = zoneOn(p, now);
    return { id: u.id, name: u.name, parts: u.parts ?? [], zone, localTime: localTimeNow(zone, now).label, workingNow: isWorkingNow(p, now), defaultHours: usesDefaultHours(p) };
  });
  const pairs: PanelPair[] = [];
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) {
      const shared = sharedWorkingTime(persons[i].p, persons[j].p, now, DAYS);
      pairs.push({ a: persons[i].u.name, b: persons[j].u.name, hours: Math.round(shared.totalMs / 360_000) / 10, days: shared.days });
    }
  }
  return { people: list, pairs };
}

/**
 * The panel for the engagement page (call with engagementPeople() and ctx.now);
 * with `policyFor` (staff) it links to that engagement's clock policy.
 */
export function peoplePanel(people: readonly (User & { parts?: string[] })[], now: number, policyFor?: string): SafeHtml {
  const { people: list, pairs } = peopleNow(people, now);
  return html`<section class="people-panel" aria-labelledby="people-now">
  <h2 id="people-now">People and their time</h2>
  <table class="table">
    <thead><tr><th scope="col">Person</th><th scope="col">Part</th><th scope="col">Local time now</th><th scope="col">Working now?</th></tr></thead>
    <tbody>${list.map(
      (p) => html`<tr data-person="${p.id}"><td>${p.name}</td><td>${p.parts.join(", ")}</td><td>${p.localTime} <span class="hint">${p.zone}</span></td>
      <td>${p.workingNow ? html`<span class="working-now">working</span>` : html`<span class="not-working">outside working hours</span>`}${p.defaultHours ? html` <span class="hint">(no hours set: Mon–Fri 09:00–17:00 assumed)</span>` : ""}</td></tr>`,
    )}</tbody>
  </table>
  ${pairs.length
    ? html`<h3>Shared working hours, next ${DAYS} days</h3>
  <table class="table overlap-table">
    <thead><tr><th scope="col">Between</th><th scope="col">Hours</th><th scope="col">Days with overlap</th></tr></thead>
    <tbody>${pairs.map((p) => html`<tr${p.hours === 0 ? html` class="no-overlap"` : ""}><td>${p.a} · ${p.b}</td><td>${p.hours === 0 ? "none: work in writing" : `${p.hours} h`}</td><td>${p.days}</td></tr>`)}</tbody>
  </table>`
    : ""}
  ${policyFor ? html`<p><a href="/engagements/${policyFor}/clock-policy">Clock policy</a> <span class="hint">(how many working days each waiting item may take)</span></p>` : ""}
</section>`;
}
