/**
 * @mentions in comments, as pure functions: which person a `@handle` names and
 * where in a text it stands. The command stores who was mentioned; the view
 * highlights the same spans, so both read one rule.
 *
 * A handle is a person's display name (may contain spaces, any script, e.g.
 * 山田太郎), their e-mail local part, or their first name when no one else on
 * the engagement shares it. Matching is case-insensitive. An `@` glued to a
 * word before it (an e-mail address) is not a mention.
 */

/** Someone who may be mentioned: a person on the engagement. */
export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

/** One mention found in a text: [start, end) covers the "@" and the handle. */
export interface MentionSpan {
  start: number;
  end: number;
  userId: string;
}

const WORD = /[\p{L}\p{N}_]/u;
// Scripts written without spaces: a handle ending in them needs no word boundary ("@山田太郎さん").
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

const norm = (s: string): string => s.normalize("NFC").toLowerCase();

/** The handles of each person, longest first across everyone (so "@Dewi Lestari" beats "@Dewi"). */
export function mentionHandles(people: readonly Mentionable[]): { handle: string; userId: string }[] {
  const firstNames = new Map<string, number>();
  for (const p of people) {
    const first = norm(p.name.trim().split(/\s+/)[0] ?? "");
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const out: { handle: string; userId: string }[] = [];
  for (const p of people) {
    const first = norm(p.name.trim().split(/\s+/)[0] ?? "");
    const candidates = [norm(p.name.trim().replace(/\s+/g, " ")), norm(p.email.split("@")[0] ?? ""), ...(firstNames.get(first) === 1 ? [first] : [])];
    for (const h of new Set(candidates)) if ([...h].length >= 2) out.push({ handle: h, userId: p.id });
  }
  return out.sort((a, b) => b.handle.length - a.handle.length);
}

/** True when the handle ends at `end` in `text` (a word boundary, or a handle in a script without spaces). */
function endsThere(text: string, end: number, handle: string): boolean {
  const after = text[end];
  if (after === undefined || NO_SPACE_SCRIPT.test(handle.at(-1) ?? "")) return true;
  if (WORD.test(after)) return false;
  // "@dewi.lestari" names another handle; "@dewi." ends a sentence.
  if ((after === "." || after === "-") && WORD.test(text[end + 1] ?? "")) return false;
  return true;
}

/**
 * Every mention of a person in `text`, in order. An `@` preceded by a letter,
 * digit, "_" or "." is part of an address and is skipped; a handle that names
 * no one is left alone.
 */
export function findMentionSpans(text: string, people: readonly Mentionable[]): MentionSpan[] {
  const handles = mentionHandles(people);
  if (!handles.length) return [];
  const spans: MentionSpan[] = [];
  const lower = norm(text);
  // Lower-casing can change lengths in rare scripts; then positions would drift, so compare slice by slice.
  const sameLength = lower.length === text.length;
  for (let i = text.indexOf("@"); i >= 0; i = text.indexOf("@", i + 1)) {
    const before = text[i - 1];
    if (before !== undefined && (WORD.test(before) || before === ".")) continue;
    for (const h of handles) {
      const slice = sameLength ? lower.slice(i + 1, i + 1 + h.handle.length) : norm(text.slice(i + 1, i + 1 + h.handle.length));
      if (slice === h.handle && endsThere(text, i + 1 + h.handle.length, h.handle)) {
        spans.push({ start: i, end: i + 1 + h.handle.length, userId: h.userId });
        i += h.handle.length;
        break;
      }
    }
  }
  return spans;
}

/** The people a text mentions, each once, in order of first mention. */
export function findMentions(text: string, people: readonly Mentionable[]): string[] {
  return [...new Set(findMentionSpans(text, people).map((s) => s.userId))];
}
