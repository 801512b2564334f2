/**
 * One problem, one rule: where shared-context and private-link both point at
 * the same words, the line has one problem and the rule that names it best
 * keeps it.
 *
 * - "use the list in Rosa's Excel file": both rules report "Rosa's Excel"
 *   alone. The file is a place the contractor cannot open: private-link.
 * - "the same way Jakob's spreadsheet does": the spreadsheet is what the
 *   precedent compares with, and the precedent is the gap: shared-context.
 *
 * A private link elsewhere on the line ("…, see https://wiki.corp/…") is a
 * second problem and both findings stay, unless the shared-context finding is
 * a thing that sits in that place (knowledgeInPlace). A figure left as a
 * placeholder is the placeholder's finding alone (figureLeftAsPlaceholder).
 */
import type { RawFinding } from "./emit.js";
import { ACCESS_WORDS, HANDOFF_VERBS } from "../lexicon/cues.js";

export function oneRulePerProblem(raw: RawFinding[], lines: readonly { raw: string }[]): RawFinding[] {
  return rewardLeftToSomeone(figureInReference(nameInReference(lines, termInPlaceholder(termInForeignProse(figureLeftAsPlaceholder(conversationOnTool(knowledgeInPlace(linkInPrecedent(raw), lines))))))));
}

/**
 * "Members get an extra discount on top. The percentage follows the old rule from 2019, Henrik knows it", "get a
 * discount; ask Margaret in accounts": the amount left out is the one the line sends the reader to someone for, and
 * writers labelled that reference alone (5 of 5).
 */
function rewardLeftToSomeone(raw: RawFinding[]): RawFinding[] {
  const lines = linesWith(raw, "shared-context");
  if (lines === null) return raw;
  return raw.filter((f) => !(f.rule === "unquantified" && lines.has(f.li) && REWARD.test(f.excerpt ?? "")));
}

/** The lines on which `rule` reported, or null when it reported none (most briefs: the filter is then skipped). */
function linesWith(raw: readonly RawFinding[], rule: string): Set<number> | null {
  let lines: Set<number> | null = null;
  for (const f of raw) if (f.rule === rule) (lines ??= new Set()).add(f.li);
  return lines;
}
const REWARD = /^an? (?:extra |additional )?(?:discount|bonus|surcharge|supplement|fee)$/i;

/**
 * "Cache headers the same as we agreed for the Japanese names last month", "Minimum payout amount: same as what we did
 * for the Cebu launch", "Late fee works like the one Mrs. Eze explained": a limit, window or fee set by comparison
 * with something the brief does not hold; writing that precedent down gives the value too. Writers labelled the
 * limit as well 8 times in 33 across all sets (a vague quantity, "for a while, like we did", keeps both findings).
 */
function figureInReference(raw: RawFinding[]): RawFinding[] {
  let spans: Map<number, RawFinding> | null = null;
  for (const f of raw) if (f.rule === "shared-context" && COMPARES.test(f.excerpt ?? "")) (spans ??= new Map()).set(f.li, f);
  if (spans === null) return raw;
  const references = spans;
  return raw.filter((f) => {
    if (f.rule !== "unquantified") return true;
    const reference = references.get(f.li);
    // "using the same staleness cutoff as the Osaka pilot": the limit inside the comparison is the thing compared.
    const before = reference !== undefined && (f.e <= reference.s || (f.s >= reference.s && f.e <= reference.e));
    // "Rate-limit per IP address the same way as on the login endpoint": an instruction to limit a rate still needs
    // the rate (writers labelled both).
    return !before || !NAMED_FIGURE.test(f.excerpt ?? "") || RATE_LIMIT.test(f.excerpt ?? "");
  });
}
const RATE_LIMIT = /^rate[- ]?limit/i;
const COMPARES = /^(?:(?:works? |works the )?(?:the )?(?:same|like|as|usual)\b|the usual\b|what |follow)/i;
/** A limit, window, fee or setting named by its noun ("cutoff", "Backoff", "retention period", "Cache"). */
const NAMED_FIGURE = /(?:^|\s|-)(?:limits?|cut-?offs?|backoff|cache|cached|thresholds?|periods?|intervals?|tolerance|windows?|fees?|throttle|retried|retry|timeouts?|amount|minimum|maximum|ttl|quota|lead time|margin|buffer)$/i;

/**
 * "same as we did for the Cargill feed", "like we did for the Panattoni export", "as we agreed in the meeting in
 * Senggigi": a name a few words after a reference to shared knowledge says which earlier job, meeting or file the
 * reference means; writing that precedent down answers both. Writers labelled such a name as a term 3 times in 24
 * across all sets (a name further on, past the reference's clause, keeps its finding; acronyms always do).
 */
function nameInReference(lines: readonly { raw: string }[], raw: RawFinding[]): RawFinding[] {
  let references: Map<number, RawFinding> | null = null;
  for (const f of raw) if (f.rule === "shared-context") (references ??= new Map()).set(f.li, f);
  if (references === null) return raw;
  const byLine = references;
  return raw.filter((f) => {
    if (f.rule !== "undefined-term" || ACRONYM.test(f.excerpt ?? "")) return true;
    const reference = byLine.get(f.li);
    if (reference === undefined || f.s < reference.s) return true;
    // A name inside the reference ("the same token logic as the Heron service") is what it compares with, and
    // writers split on whether it needs its own definition (7 of 21 labelled): it keeps its finding.
    const end = reference.e;
    if (f.s < end || f.s - end > NAME_AFTER_REFERENCE) return true;
    // "The export from the old system will be made by Kraken": a verb between starts a clause of its own.
    return CLAUSE_VERB.test(lines[f.li]?.raw.slice(end, f.s) ?? "");
  });
}
const CLAUSE_VERB = /\b(?:will|would|shall|is|are|was|were|be|been|gets?|got)\b/i;
const ACRONYM = /^[\p{Lu}\d&./-]+$/u;
/** Characters from a reference's end within which a name still completes it (" for the council job in "). */
const NAME_AFTER_REFERENCE = 32;

/**
 * "Auto-reply text: [fill in by Rina]": the name inside a fill-in says who will write it; the placeholder is the
 * line's problem, and the person is no term to define.
 */
function termInPlaceholder(raw: RawFinding[]): RawFinding[] {
  return withoutInside(raw, "placeholder", TERMS);
}
const TERMS = new Set(["undefined-term"]);

/**
 * "Kalau pelanggan belum bayar DP dalam 1 jam, …", "Untuk siswa SMP dan SMA, …": an acronym (or a quality word:
 * "Limit kontrolü …") inside prose the line's non-english finding already asks to have written in English belongs to
 * that language, and the English rewrite spells it out. Writers labelled such lines non-english alone (9 of 9); an
 * acronym outside the words the non-english finding points at (an English sentence before a Danish one) keeps its
 * finding. Not open-question or shared-context: writers split on "まだ決まっていません" (open-question too in 18
 * lines, non-english alone in 17) and on "wie bisher", "seperti biasa" (3 and 3).
 */
function termInForeignProse(raw: RawFinding[]): RawFinding[] {
  return withoutInside(raw, "non-english", IN_FOREIGN_PROSE);
}
const IN_FOREIGN_PROSE = new Set(["undefined-term", "vague-term", "unquantified"]);

/**
 * Drops the findings of `inner` rules whose words lie inside the same line's `outer` finding. A rule reports a line
 * once, so the outer findings are kept by line, and a brief of many lines stays linear.
 */
function withoutInside(raw: RawFinding[], outer: string, inner: ReadonlySet<string>): RawFinding[] {
  let byLine: Map<number, RawFinding> | null = null;
  for (const f of raw) if (f.rule === outer) (byLine ??= new Map()).set(f.li, f);
  if (byLine === null) return raw;
  const spans = byLine;
  return raw.filter((f) => {
    if (!inner.has(f.rule)) return true;
    const around = spans.get(f.li);
    return around === undefined || f.s < around.s || f.e > around.e;
  });
}

/**
 * "like we talked about on Teams last week": the tool only says where the conversation was held, and the
 * conversation is the gap (shared-context); no channel, thread or file is named to open. Writers labelled
 * such lines shared-context alone (2 of 2); "agreed in #sec-privacy on Slack" names a channel and stays a link.
 */
function conversationOnTool(raw: RawFinding[]): RawFinding[] {
  const lines = linesWith(raw, "shared-context");
  if (lines === null) return raw;
  return raw.filter((f) => !(f.rule === "private-link" && lines.has(f.li) && CONVERSATION_TOOLS.test(f.excerpt ?? "")));
}
const CONVERSATION_TOOLS = /^(?:teams|microsoft teams|slack|zoom|google meet|whatsapp|skype)(?: group| chat)?$/i;

/**
 * "Minimum payout amount: TBD", "the scan timeout is FIXME", "rate-limited per author:
 * <insert limit>": the placeholder already names the missing figure, so an unquantified
 * finding on the same line reports the same gap twice.
 */
function figureLeftAsPlaceholder(raw: RawFinding[]): RawFinding[] {
  let placeholderLines: Set<number> | null = null;
  for (const f of raw) if (f.rule === "placeholder") (placeholderLines ??= new Set()).add(f.li);
  if (placeholderLines === null) return raw;
  const lines = placeholderLines;
  return raw.filter((f) => !lines.has(f.li) || (f.rule !== "unquantified" && !decisionLeftOpen(f)));
}

/**
 * Beside a placeholder, a decision still to be made is the placeholder's problem again: "margin: TBD,
 * Jun Hao to confirm", "TBD, finance has not decided", "TBD, maybe next quarter", "TBD, Okada-san
 * decides after Golden Week", "TODO: confirm with legal …". A real question ("TBD (7 days? or …)") or a
 * doubt ("not sure about the others") is a second problem, and so is knowledge kept by someone ("TBD
 * (ask finance)", "Johan has the rules"). Writers labelled the placeholder alone on 13 such lines and
 * both on 15 (questions, doubts, "ask …").
 */
function decisionLeftOpen(f: RawFinding): boolean {
  const excerpt = f.excerpt ?? "";
  if (f.rule === "open-question") return excerpt.indexOf("?") < 0 && !DOUBT.test(excerpt);
  return f.rule === "shared-context" && SETTLED_LATER.test(excerpt);
}

/** Doubt about what is known, not a decision still to come. */
const DOUBT = /\b(?:not sure|unsure|unclear|no idea|don't know|do not know)\b/i;
/** Who will settle it, not who knows it: "confirm with the vendor", "Okada-san decides", "talk with the harbour office". */
const SETTLED_LATER = new RegExp(`\\b(?:${[...HANDOFF_VERBS, "check", "talk", "discuss", "decides"].join("|")})\\b`, "i");

function linkInPrecedent(raw: RawFinding[]): RawFinding[] {
  // Shared-context findings by line: each private link is compared with its own line's only.
  const sharedByLine = new Map<number, RawFinding[]>();
  for (const f of raw) {
    if (f.rule !== "shared-context") continue;
    const list = sharedByLine.get(f.li);
    if (list) list.push(f);
    else sharedByLine.set(f.li, [f]);
  }
  if (sharedByLine.size === 0) return raw;
  const dropped = new Set<RawFinding>();
  for (const link of raw) {
    if (link.rule !== "private-link") continue;
    for (const s of sharedByLine.get(link.li) ?? []) {
      if (s.s > link.s || s.e < link.e) continue;
      dropped.add(s.s === link.s && s.e === link.e ? s : link);
    }
  }
  return dropped.size === 0 ? raw : raw.filter((f) => !dropped.has(f));
}

/**
 * "The rules are the ones we wrote down with the instructors, see the Notion page …", "Sample .ics from the old
 * system is in Confluence", "the paper form we use now is in our Google Drive folder": the thing known only inside
 * the company sits in a place the contractor cannot open, and that place is the line's one problem (private-link).
 * Writers labelled private-link alone on 10 such lines. A conversation or an earlier occasion ("as discussed in the
 * WhatsApp group yesterday", "the one we set up for Cenovus last year") is knowledge in people's heads besides the
 * place, and both findings stay (12 of 12); so does a person to ask ("in our Teams channel, ask Jonas for access").
 */
function knowledgeInPlace(raw: RawFinding[], text: readonly { raw: string }[]): RawFinding[] {
  let links: Map<number, RawFinding> | null = null;
  for (const f of raw) if (f.rule === "private-link") (links ??= new Map()).set(f.li, f);
  if (links === null) return raw;
  const linkOn = links;
  return raw.filter((f) => {
    const link = f.rule === "shared-context" ? linkOn.get(f.li) : undefined;
    if (link === undefined) return true;
    const line = text[f.li]?.raw ?? "";
    // "Points rules are in the loyalty doc on the shared drive. Ask Dana in marketing if anything's unclear.": two
    // sentences, two problems (writers labelled both).
    if (sentenceBetween(line, link, f)) return true;
    return TOLD_OR_DONE_BEFORE.test(f.excerpt ?? "") || ASKED_FOR_ACCESS.test(line);
  });
}

/** A sentence ends between the two findings' spans on their line. */
function sentenceBetween(line: string, a: RawFinding, b: RawFinding): boolean {
  const [first, second] = a.s <= b.s ? [a, b] : [b, a];
  if (second.s < first.e) return false;
  return /[.!?]\s+\p{Lu}/u.test(line.slice(first.e, second.s + 1));
}
const TOLD_OR_DONE_BEFORE = /\b(?:discuss\w*|talk\w*|mention\w*|agree\w*|said|told|explain\w*|last|yesterday|ago|usual|per our|we do|we did|set up)\b/i;
/** "ask Jonas for access", "ask Kenta for the login": the person who opens the place, a second gap. */
const ASKED_FOR_ACCESS = new RegExp(`\\bask \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)? for (?:the |a )?(?:${ACCESS_WORDS.join("|")})\\b`, "u");
