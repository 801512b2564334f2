/**
 * Working hours, due times and overlap: the pure engine behind SLAs, the
 * engagement page and `handoff overlap`.
 *
 * Conventions: instants are epoch ms (Date accepted as input), durations are
 * ms, dates are "YYYY-MM-DD" in the person's local calendar, intervals are
 * half-open [start, end). Every function takes an optional last argument
 * `{ holidays }` to replace the default date-holidays provider.
 *
 * The default holiday provider pulls in the date-holidays data (~2 MB
 * unminified). Browser code that only shows times should import ./format.js
 * and ./zone.js directly (≈3 KB minified); those never load the holiday data.
 */
export type { DateRange, HolidayProvider, HoursOptions, Instant, Interval, Person, TravelOverride, Weekday, WeeklyHours } from "./types.js";
export { addDays, dayNumber, isCivilDate, weekdayOf } from "./civil.js";
export { assertZone, isValidZone, localParts, localToInstant, offsetAt, zoneAbbreviation, type LocalParts } from "./zone.js";
export {
  DEFAULT_HOURS,
  WEEKDAYS,
  hoursProblems,
  parseRange,
  personProblems,
  resolveHours,
  usesDefaultHours,
  type MinuteRange,
  type ResolvedHours,
} from "./schedule.js";
export { holidaysFromDates, isHolidayCountry, noHolidays, publicHolidayNames, publicHolidays } from "./holidays.js";
export { toMs } from "./instant.js";
export { dayContext, intervalsFrom, isDayOff, merge, shiftsOn, workingIntervals } from "./intervals.js";
export {
  DUE_SOON_MS,
  addWorkingTime,
  dueState,
  isWorkingNow,
  nextWorkingStart,
  remainingWorkingTime,
  rescheduleDue,
  workingTimeBetween,
  type DueState,
} from "./clock.js";
export { intersect, overlap, overlapDays, overlapWithOffice, type DayOverlap, type OfficeOverlap } from "./overlap.js";
export { formatDue, formatLocal, localTimeNow, type LocalTime } from "./format.js";
