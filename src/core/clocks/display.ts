/** Small display rules shared by pages, the API and the digest. */
import { dayContext, formatDue, localParts, type DueState, type Instant, type Person } from "../hours/index.js";
import { toMs } from "../hours/index.js";

/** Words for a due state: on track / due within 4 working hours / overdue. */
export const DUE_STATE_LABELS: Record<DueState, string> = {
  on_track: "on track",
  due_soon: "due within 4 working hours",
  overdue: "overdue",
};

/** The zone a person is in at an instant (home, or a travel override covering that local date). */
export function zoneOn(person: Person, at: Instant): string {
  return dayContext(person, localParts(person.zone, toMs(at)).date).zone;
}

/** Someone on either side of a clock. */
export interface ClockParty {
  id: string;
  name: string;
  person: Person;
}

/**
 * A due time as one reader should read it, always with two zones when they
 * differ: the owner's first (the clock runs in their hours) and the reader's
 * marked "for you"; when the reader is the owner, the waiting person's time
 * is beside theirs ("· Mon 21:00 EDT for Sam Carter").
 */
export function dueText(due: number, owner: ClockParty, waiter: ClockParty | null, readerId: string, readerZone: string, now: number): string {
  const ownerZone = zoneOn(owner.person, due);
  if (readerId !== owner.id) return formatDue(due, readerZone, ownerZone, { now });
  const mine = formatDue(due, ownerZone, ownerZone, { now });
  if (!waiter) return mine;
  const theirs = formatDue(due, zoneOn(waiter.person, due), ownerZone, { now });
  // formatDue(…) for the waiter ends "· <their time> for you" when the clocks differ.
  const m = / · (.+) for you$/.exec(theirs);
  return m ? `${mine} · ${m[1]} for ${waiter.name}` : mine;
}
