/** Small display rules shared by pages, the API and the digest. */
import { dayContext, localParts, type DueState, type Instant, type Person } from "../hours/index.js";
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
