/**
 * Shapes shared by the working-hours engine.
 *
 * Conventions (one choice, used everywhere):
 * - Instants are epoch milliseconds (`number`); inputs also accept `Date`.
 * - Durations are milliseconds.
 * - Calendar dates are "YYYY-MM-DD" strings read in the person's local calendar.
 * - Working intervals are half-open: [start, end).
 */

/** An instant as epoch milliseconds, or a Date. Results are always numbers. */
export type Instant = number | Date;

/** Weekday keys of a weekly schedule. */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * Working hours per weekday, each range "HH:MM-HH:MM" in the person's zone.
 * A range whose end is not after its start crosses midnight and belongs to the
 * weekday it starts on ("22:00-06:00" on mon = Monday 22:00 → Tuesday 06:00).
 * "24:00" may be used as an end. Ranges may not overlap, across days included.
 */
export type WeeklyHours = Partial<Record<Weekday, readonly string[]>>;

/** Inclusive range of local calendar dates. */
export interface DateRange {
  /** First date, YYYY-MM-DD. */
  from: string;
  /** Last date, YYYY-MM-DD (inclusive). */
  to: string;
}

/** The person works their usual weekly hours in another zone for a while. */
export interface TravelOverride extends DateRange {
  /** IANA zone used for shifts that start on dates from..to. */
  zone: string;
  /** Holiday country while travelling; defaults to the person's own. */
  holidayCountry?: string | null;
}

/**
 * Whose clock it is: everything the engine needs to know about a person.
 * Treat it as immutable: parsed schedules and shift times are cached per
 * `hours` object, so change a person by building a new record.
 */
export interface Person {
  /** Home IANA zone, e.g. "Asia/Tokyo". */
  zone: string;
  /** Weekly schedule; missing, null or without any range → DEFAULT_HOURS. */
  hours?: WeeklyHours | null;
  /** Days off (holidays, leave), inclusive local dates. */
  timeOff?: readonly DateRange[];
  /** Country (ISO 3166-1 alpha-2, optionally "-REGION") whose public holidays pause the clock. */
  holidayCountry?: string | null;
  /** Zone changes for date ranges; when several cover a date the last one wins. */
  travel?: readonly TravelOverride[];
}

/** A half-open span of time [start, end) in epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Public holidays of a country in a year, as local YYYY-MM-DD dates. Called
 * once per date the engine looks at, so it must be cheap (cache per year).
 */
export type HolidayProvider = (country: string, year: number) => ReadonlySet<string>;

/** Options every engine function accepts as its last argument. */
export interface HoursOptions {
  /** Where public holidays come from; defaults to the date-holidays data. */
  holidays?: HolidayProvider;
}
