/**
 * A content file that failed to load. The message names the file and the
 * field path (e.g. `content/site.json: offices.0.timezone: …`) so a broken
 * article or config is fixed without guessing; `npm test` surfaces it.
 */
export class ContentError extends Error {
  constructor(
    /** Path of the offending file as it was given to the loader. */
    readonly file: string,
    /** Dotted field path inside the file, or "" for the file as a whole. */
    readonly field: string,
    /** What is wrong, for a person. */
    readonly reason: string,
  ) {
    super(field ? `${file}: ${field}: ${reason}` : `${file}: ${reason}`);
    this.name = "ContentError";
  }
}

/** Dotted path of a zod issue, e.g. ["offices", 0, "timezone"] → "offices.0.timezone". */
export const fieldPath = (path: readonly PropertyKey[]): string => path.map(String).join(".");
