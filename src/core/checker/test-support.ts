/**
 * Test helpers: a clean brief with replaceable sections, so tests can place a
 * sentence at a known line. With one-line sections the context text is on
 * line 5, the API on line 9, edge cases on line 13 and acceptance criteria on
 * line 17.
 */
import { check } from "./index.js";

/** Parts of the template brief. */
export interface BriefParts {
  context?: string;
  api?: string;
  edge?: string;
  ac?: string;
}

/** A brief that passes every rule unless a part says otherwise. */
export function brief(parts: BriefParts): string {
  const context = parts.context ?? "We sell shoes online and ship every order from our Osaka warehouse.";
  const api = parts.api ?? "- `POST /v1/orders` returns `201` with the order id.";
  const edge = parts.edge ?? "- Unknown product id: `404 product_not_found`.";
  const ac = parts.ac ?? "- `POST /v1/orders` with a valid cart returns `201`.";
  return `# Orders\n\n## Context\n\n${context}\n\n## API\n\n${api}\n\n## Edge cases\n\n${edge}\n\n## Acceptance criteria\n\n${ac}\n`;
}

/** The template brief with `line` between its title and its first section (on line 3): a byline or a greeting. */
export function briefWithPreamble(line: string, parts: BriefParts = {}): string {
  return `# Orders\n\n${line}\n\n` + brief(parts).slice("# Orders\n\n".length);
}

/** Sorted rule ids reported on one line. */
export function rulesAt(markdown: string, line: number): string[] {
  return [...new Set(check(markdown).findings.filter((f) => f.line === line).map((f) => f.rule))].sort();
}
