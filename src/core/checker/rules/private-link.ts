/**
 * private-link: a link or a named place the contractor cannot open. URLs are
 * judged by host (private-hosts.ts: internal suffixes, private address ranges,
 * collaboration tools, configured hosts) wherever they appear, code included;
 * named places ("the Notion page", "the wiki", "see attached") only in prose.
 */
import type { Doc, LineCtx } from "../doc.js";
import { atSentenceStart, endsSentence, firstWordFrom, sentenceStart } from "../doc.js";
import { isKnownAcronym, isUnknownName, mostlyForeign, ownedFile, RELATIVE_DAYS, tokBefore } from "./names.js";
import { mixedCase } from "./name-shapes.js";
import { F_ACR, F_DOT, F_NAME, S_PRIVATE, T_PRIVATE, W_KNOWN } from "../wordinfo.js";
import { PhraseSet } from "../phrases.js";
import { CODE, NUM, PUNCT, WORD, type Tok } from "../tokenize.js";
import { BE_FORMS } from "../lexicon/english.js";
import {
  DASHBOARD_TOOLS,
  PLACE_NOUNS,
  CAPITALISED_TOOLS,
  UPPER_CASE_TOOLS,
  INTEGRATION_NOUNS,
  PRIVATE_PHRASES,
  PRIVATE_TOOLS,
  WRITER_SIDE_OWNERS,
} from "../lexicon/cues.js";
import type { Emit } from "./emit.js";
import type { Line } from "../markdown.js";
import { hostOf, isAlnum, isPrivateHost, MAY_HOLD_PRIVATE_HOST, namesWord, NO_HOSTS, scanHosts } from "./private-hosts.js";

const PLACES = new PhraseSet<true>(PRIVATE_PHRASES.map((p) => [p, true] as const));

const DELIVERY_VERBS = new Set(
  "send sends sent post posts posted deliver delivers delivered notify notifies notified forward forwards push pushes publish publishes alert alerts stream streams sync syncs export exports integrate integrates message messages copy copies copied upload uploads uploaded move moves moved save saves saved write writes written put puts store stores stored drop drops go goes".split(" "),
);

/** "copy them to a shared drive", "post it to Slack": a destination, not a page to read. */
function isDestination(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = toks[j].w;
    if (w === "to" || w === "into" || w === "onto") {
      for (let v = Math.max(0, j - 6); v < j; v++) if (DELIVERY_VERBS.has(toks[v].w)) return true;
      return false;
    }
  }
  return false;
}

const CONNECT_VERBS = new Set("connect connects connected connecting disconnect disconnected link linked install installed integrate integrated authorise authorize authorised authorized import imports imported importing".split(" "));
/** "I create the Slack channel and invite people", "remove them from the Slack workspace": acting on the tool itself. */
const ADMIN_VERBS = new Set("create creates created invite invites invited remove removes removed archive archives archived".split(" "));
/** "Microsoft Teams for some shippers": a channel offered to these people. */
const SERVED_PEOPLE = new Set("customers clients users shippers merchants sellers partners members tenants drivers staff teams students parents patients customer client user shipper merchant seller partner member tenant driver student parent patient".split(" "));
const PASTE_VERBS = new Set(["pasted", "copied", "quoted", "forwarded", "exported"]);

const WORK_VERBS = new Set("make makes made build builds built keep keeps kept track tracks tracked manage manages managed plan plans planned create creates created edit edits edited maintain maintains maintained prepare prepares prepared calculate calculates calculated draft drafts drafted".split(" "));

/**
 * "managers make teacher timetables in Google Sheets": the tool people work in, named by its
 * product name; "the timetable is in Google Sheets" points at a document and stays a place.
 */
function workedIn(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 1]?.w !== "in") return false;
  for (let j = k - 2; j >= 0 && j >= k - 7; j--) {
    const t = toks[j];
    if (t.t === PUNCT) return false;
    // "The alert matrix is kept in Google Drive": said of the document, the passive points at where it lies.
    if (WORK_VERBS.has(t.w)) return !passiveBe(toks[j - 1]?.w ?? "");
  }
  return false;
}
/** A form of "be" before a participle ("is kept", "has been kept"). */
const passiveBe = (w: string): boolean => BE_FORMS.has(w) || w === "been";

/** "CARS-2291", "OPS-441": a tracker's key for one ticket. */
function ticketKey(t: Tok | undefined): boolean {
  return t !== undefined && t.t === WORD && t.upper && /^[a-z][a-z0-9]*-\d+$/.test(t.w);
}

/** Whether the tool at k is named as an integration or a channel rather than a page to read. */
function integration(toks: readonly Tok[], k: number): boolean {
  const prev = tokBefore(toks, k);
  const next = toks[k + 1];
  const joins = (t: Tok | undefined): boolean => t !== undefined && ((t.t === PUNCT && t.w === ",") || (t.t === WORD && (t.w === "and" || t.w === "or")));
  // A list joins on both sides or by "and"/"or"; "Figma, file "Expenses v3"" names a place after its comma.
  if (joins(prev) || (next !== undefined && next.t === WORD && (next.w === "and" || next.w === "or"))) return true;
  // "from Jira, GitHub and Clockify": the first of a list of products.
  const second = toks[k + 2];
  if (next !== undefined && next.w === "," && second !== undefined && second.t === WORD && second.cap && joins(toks[k + 3])) return true;
  if (next !== undefined && next.t === PUNCT && next.w === ":" && k === 0) return true;
  // "Microsoft Teams for some shippers", "a Slack channel with the client": the tool as a channel the
  // product offers its users, not a page to read.
  const after = next !== undefined && PLACE_NOUNS.has(next.w) ? k + 2 : k + 1;
  if (toks[after]?.w === "for" || toks[after]?.w === "with") {
    for (let j = after + 1; j < toks.length && j <= after + 3; j++) if (SERVED_PEOPLE.has(toks[j].w)) return true;
  }
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const w = toks[j].w;
    if (CONNECT_VERBS.has(w) || ADMIN_VERBS.has(w)) return true;
    if (w === "from" && j > 0 && PASTE_VERBS.has(toks[j - 1].w)) return true;
  }
  // "when Slack is not connected"
  // "the Figma file linked from our Notion page": a page that points at the file, not the tool connected.
  for (let j = k + 1; j < toks.length && j <= k + 4; j++) if (CONNECT_VERBS.has(toks[j].w) && !linkedFromPage(toks, j)) return true;
  return false;
}

/** "linked from …", "linked in …": where a link to the thing is found. */
function linkedFromPage(toks: readonly Tok[], j: number): boolean {
  return (toks[j].w === "linked" || toks[j].w === "link") && (toks[j + 1]?.w === "from" || toks[j + 1]?.w === "in");
}

/**
 * "on their own intranet", "in its own Slack workspace": a place of the customer's that the
 * product delivers to, not one the brief sends the contractor to read.
 */
function ownedByOthers(toks: readonly Tok[], k: number): boolean {
  const own = tokBefore(toks, k);
  const owner = tokBefore(toks, k, 2);
  return own !== undefined && own.w === "own" && owner !== undefined && (owner.w === "their" || owner.w === "its" || owner.w === "your");
}

const SCREENS = new Set(["dashboard", "portal", "console", "screen", "app"]);

/** "ring our helpdesk", "call the support desk": people to phone, not a page to open. */
function calledDesk(toks: readonly Tok[], from: number): boolean {
  const det = tokBefore(toks, from);
  const verb = det !== undefined && (det.w === "our" || det.w === "the") ? tokBefore(toks, from, 2) : det;
  return verb !== undefined && /^(?:ring|rings|call|calls|phone|phones|contact|contacts|email|emails)$/.test(verb.w);
}

/** "`GET …/holds` for the ops dashboard": a screen the endpoint serves, not a page to read. */
function servedScreen(toks: readonly Tok[], from: number, to: number): boolean {
  const det = tokBefore(toks, from);
  if (!SCREENS.has(toks[to - 1].w) || det === undefined || (det.w !== "the" && det.w !== "our")) return false;
  if (tokBefore(toks, from, 2)?.w === "for") return true;
  // "so the ops dashboard can force a resync": the screen as the one acting, a client of the product.
  if (SCREEN_ACTS.has(toks[to]?.w ?? "")) return true;
  // "so it shows on the ops dashboard", "create a task … in the ops dashboard": what the product puts there.
  const prep = tokBefore(toks, from, 2);
  if (prep === undefined || (prep.w !== "on" && prep.w !== "in")) return false;
  for (let j = from - 3; j >= 0 && j >= from - 12; j--) {
    if (toks[j].t === PUNCT && toks[j].w !== ",") return false;
    if (SHOWN_VERBS.has(toks[j].w)) return true;
  }
  return false;
}
const SCREEN_ACTS = new Set(["can", "calls", "call", "polls", "shows", "displays", "lists", "reads", "uses", "needs", "feels", "updates", "refreshes", "loads"]);
const SHOWN_VERBS = new Set("shows show shown appears appear displayed listed create creates created add adds added flagged".split(" "));

const ANY_ONE = new Set(["a", "an", "each", "every", "any", "its", "their", "owning"]);

/**
 * "the incident's Slack channel", "a customer's Slack channel", "each team's channel": a
 * place per record, which the system reads or writes, not a page of the writer's to open.
 */
function ownedByRecord(toks: readonly Tok[], k: number): boolean {
  const owner = tokBefore(toks, k);
  if (owner === undefined || owner.t !== WORD || !owner.poss || owner.cap) return false;
  const before = tokBefore(toks, k, 2);
  if (before !== undefined && ANY_ONE.has(before.w)) return true;
  return before !== undefined && before.w === "the" && !WRITER_SIDE_OWNERS.has(owner.w);
}

/** Negations right before "attached": "is never attached", "are not attached". */
const NOT_ATTACHED = new Set(["never", "not", "isn't", "aren't"]);

/** Documents that "the attached …" promises but a Markdown brief cannot carry. */
const ATTACHABLE = new Set("diagram diagrams file files doc docs document documents spreadsheet spreadsheets sheet pdf screenshot screenshots slides deck image images mockup mockups design designs chart charts drawing sketch report export csv list notes worksheet workbook template contract spec specification form excel examples samples schema zip forecast map maps flowchart letter table layout plan manual guide presentation sample example photo photos picture pictures dump".split(" "));

/** "Jira · Story · Component: auth": a tracker ticket's own header line. */
function trackerHeader(raw: string): boolean {
  const first = raw.indexOf("·");
  return first >= 0 && raw.indexOf("·", first + 1) >= 0;
}

const LABELS = new WeakMap<Doc, Set<string>>();

/** Tools a vendor's documentation host speaks for: a brief linking developer.atlassian.com integrates Jira. */
const VENDOR_TOOLS: ReadonlyMap<string, readonly string[]> = new Map([
  ["atlassian", ["jira", "confluence", "trello", "bitbucket"]],
  ["microsoft", ["teams", "sharepoint", "onedrive", "outlook"]],
  ["google", ["drive", "docs", "sheets", "slides", "calendar"]],
]);

/**
 * Tools the brief is about integrating, not places it points to: those whose public documentation
 * it links (with the tools their vendor's host speaks for), and those named in its headings
 * ("### Intercom → Jira"). Asked only for a tool word the line names, so a brief pays for it
 * only when it names one.
 */
const SUBJECT_ANSWERS = new WeakMap<Doc, Map<string, boolean>>();

function integrationSubject(doc: Doc, tool: string): boolean {
  // One answer per tool word and brief: a long brief names the same tool on many lines, and each
  // answer reads every heading (asking again per line would grow with the square of the length).
  let answers = SUBJECT_ANSWERS.get(doc);
  if (answers === undefined) SUBJECT_ANSWERS.set(doc, (answers = new Map()));
  let answer = answers.get(tool);
  if (answer === undefined) answers.set(tool, (answer = subjectOf(doc, tool)));
  return answer;
}

function subjectOf(doc: Doc, tool: string): boolean {
  const labels = publicHostLabels(doc);
  if (labels.has(tool)) return true;
  for (const [vendor, tools] of VENDOR_TOOLS) if (labels.has(vendor) && tools.includes(tool)) return true;
  for (const line of doc.lines) if (line.kind === "heading" && namesWord(line.raw.toLowerCase(), tool)) return true;
  return false;
}

/**
 * Host labels of the brief's public links, and their hyphen-separated parts, read once per
 * brief. A brief that links "api.slack.com" is about integrating Slack, so a bare "Slack" in
 * it is the product, not a workspace page (here); "developer.safaricom.co.ke" makes
 * Safaricom a company with a public site, not a code name (undefined-term.ts).
 */
export function publicHostLabels(doc: Doc): ReadonlySet<string> {
  let labels = LABELS.get(doc);
  if (labels !== undefined) return labels;
  labels = new Set<string>();
  for (const line of doc.lines) {
    for (const u of line.urls) {
      const host = hostOf(u.text);
      if (host === "" || isPrivateHost(host)) continue;
      for (const label of host.toLowerCase().split(".")) {
        labels.add(label);
        if (label.indexOf("-") >= 0) for (const part of label.split("-")) if (part.length > 1) labels.add(part);
      }
    }
  }
  LABELS.set(doc, labels);
  return labels;
}

/** A named private place in the prose tokens, or null. */
function namedPlace(toks: readonly Tok[], documented: (tool: string) => boolean): { s: number; e: number } | null {
  for (const m of PLACES.findAll(toks, S_PRIVATE)) {
    // A named tool ("Microsoft Teams") may be an integration; a phrase ("see attached") never is.
    // "It has no LINE group": the absence of a place is the behaviour, with nothing to open.
    if (toks[m.from - 1]?.w === "no") continue;
    // "Google Sheets API or Shopify API is down": the product's interface, not a sheet to open.
    if (API_WORDS.has(toks[m.to]?.w ?? "")) continue;
    // "Now we post the price in a WhatsApp group", "Today claims live in a shared spreadsheet": the way work is done
    // today, which the brief replaces; "the rules are in our WhatsApp group" is still a place to open.
    if (todaysPractice(toks, m.from)) continue;
    // "booked today in a WhatsApp group", "kept in a shared spreadsheet", "by hand in Google Sheets": a kind of chat,
    // sheet or product the work runs in today, not a particular one whose content the contractor is sent to.
    if (anyOneChat(toks, m.from, m.to) || anySharedSheet(toks, m.from, m.to) || sheetsProduct(toks, m.from, m.to)) continue;
    // "hearings on video (Microsoft Teams)": where a meeting is held (see meetingHeldIn).
    if (meetingHeldIn(toks, m.to - 1)) continue;
    if (!isDestination(toks, m.from) && !(toks[m.from].cap && (integration(toks, m.from) || integration(toks, m.to - 1) || workedIn(toks, m.from))) && !ownedByOthers(toks, m.from) && !ownedByRecord(toks, m.from) && !servedScreen(toks, m.from, m.to) && !calledDesk(toks, m.from)) return { s: toks[m.from].s, e: toks[m.to - 1].e };
  }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // Every word this loop acts on (the tools, the dashboard tools, "attached") carries T_PRIVATE
    // in its info bits (wordinfo.ts), and a token's info is WORD_INFO of its w: skipping the
    // others changes nothing and leaves their lazy text unsliced.
    if ((t.info & T_PRIVATE) === 0 || (t.t !== WORD && t.t !== NUM)) continue;
    const tool = (PRIVATE_TOOLS.has(t.w) && (t.upper || !UPPER_CASE_TOOLS.has(t.w))) || (CAPITALISED_TOOLS.has(t.w) && t.cap);
    if (tool) {
      if (CAPITALISED_TOOLS.has(t.w) && !t.cap) continue;
      const next = toks[k + 1];
      // "Manabi Box is a learning app": the last word of a product's name.
      if (CAPITALISED_TOOLS.has(t.w) && k > 0 && toks[k - 1].t === WORD && toks[k - 1].cap) continue;
      // "give the tech a bit of slack either side", "the runs held in the slack": the ordinary word, written in lower
      // case after a determiner and followed by no place of the tool ("the slack channel" is still the tool).
      if (t.w === "slack" && !t.cap && LOOSENESS_LEADS.has(toks[k - 1]?.w ?? "") && !(next?.t === WORD && (PLACE_NOUNS.has(next.w) || next.w === "workspace" || next.w === "app"))) continue;
      // "Dropbox Sign", "Box Sign": the maker's e-signature service, whose API the product calls, not a folder.
      if (next !== undefined && next.t === WORD && next.cap && next.w === "sign") continue;
      // "Teams from the same organisation…": an ordinary word capitalised at the start of a sentence.
      if (CAPITALISED_TOOLS.has(t.w) && atSentenceStart(toks, k) && !(next && next.t === WORD && PLACE_NOUNS.has(next.w))) continue;
      // "mit den betroffenen Teams abstimmen": German capitalises every noun; in a German line it is one.
      if (CAPITALISED_TOOLS.has(t.w) && mostlyForeign(toks)) continue;
      // "one Slack message per team", "open Jira tickets with label `oncall`": what the product sends or reads;
      // "in Backlog ticket CARS-2291" names one ticket to open.
      if (next && next.t === WORD && INTEGRATION_NOUNS.has(next.w) && !ticketKey(toks[k + 2])) continue;
      // "send a notification to Slack" names a delivery target, not a page to read.
      if (isDestination(toks, k)) continue;
      // A tool whose public API the brief links: the product being integrated ("Slack answers 429").
      if (!(next && next.t === WORD && PLACE_NOUNS.has(next.w)) && documented(t.w)) continue;
      // "email, in-app, Slack and push", "from PagerDuty and Jira", "Jira: GET /rest/api/…", "has not
      // connected Slack", "pasted from the client's WhatsApp group": the product or its API, not a page.
      if (integration(toks, k) || ownedByOthers(toks, k) || ownedByRecord(toks, k)) continue;
      // "creates a meeting in Microsoft Teams", "hearings on video (Microsoft Teams)": the tool the meeting is held
      // in, not a place where something is written ("the form is in the Exams Team channel on Microsoft Teams" is).
      // "Customers without Teams have problems to join": the absence of the tool, with nothing to open.
      if (meetingHeldIn(toks, k) || (MEETING_TOOLS.has(t.w) && toks[k - 1]?.w === "without")) continue;
      // "upload the NAS folder", "checksum on the NAS", "an API that runs on the NAS": the office's storage box is a
      // machine the product works with; only a document to read there ("the sample files are on the NAS") is out of
      // reach (writers labelled 2 of 17 mentions, both of papers to read).
      if (t.w === "nas" && !paperInSentence(toks, k)) continue;
      return { s: t.s, e: t.e };
    }
    // "the Grafana folder", "our Datadog dashboard": an internal view of a public product.
    if (DASHBOARD_TOOLS.has(t.w)) {
      const next = toks[k + 1];
      // "through the Zendesk Tickets API": the product's interface, not a view to open.
      // "creates the Zendesk ticket", "recent Zendesk tickets": records the product reads or writes, unless one is
      // named for the contractor to open ("Zendesk ticket 4412") or a view of them is meant ("the Zendesk Tickets view").
      const records = next !== undefined && (next.w === "ticket" || next.w === "tickets") && !ticketKey(toks[k + 2]) && toks[k + 2]?.t !== NUM && !PLACE_NOUNS.has(toks[k + 2]?.w ?? "") && !VIEWS.has(toks[k + 2]?.w ?? "");
      if (next && next.t === WORD && PLACE_NOUNS.has(next.w) && next.w !== "issue" && next.w !== "issues" && !records && !API_WORDS.has(toks[k + 2]?.w ?? "")) return { s: t.s, e: next.e };
    }
    // "… is attached." / "the attached diagram", with nothing attached.
    if (t.w === "attached") {
      // "The zip is never attached to the email": what the product must not do, no attachment pointed at.
      if (NOT_ATTACHED.has(toks[k - 1]?.w ?? "")) continue;
      const next = toks[k + 1];
      // "(PDF attached)", "(attached)": a note that something came with the brief.
      const before = tokBefore(toks, k);
      // "Please find attached the current Excel": the letter-writer's way of pointing at an attachment.
      if (toks[k - 1]?.w === "find") return { s: toks[k - 1].s, e: t.e };
      // "Last year's route export is attached for reference", "… attached for your reference".
      if (next?.w === "for" && (toks[k + 2]?.w === "reference" || (toks[k + 2]?.w === "your" && toks[k + 3]?.w === "reference"))) return { s: t.s, e: toks[k + 2].e };
      if (next && next.w === ")" && before && (before.w === "(" || before.upper || ATTACHABLE.has(before.w))) return { s: before.s, e: t.e };
      // "the CSV is attached when under 10 MB" describes what the product sends; "Once at least one
      // `invoice` is attached, …" is a state of the record the condition waits for.
      // "nothing is attached": a record with no attachment, the behaviour asked for.
      if (k > 0 && (toks[k - 1].w === "is" || toks[k - 1].w === "are") && toks[k - 2]?.w !== "nothing" && (!next || next.t !== WORD || !/^(to|with|when|if|unless|only|as|for|within|after|before|once|by|in)$/.test(next.w)) && !inCondition(toks, k)) return { s: t.s, e: t.e };
      // "is attached to this brief as `spec.pdf`": a Markdown brief carries no attachment.
      if (next !== undefined && next.w === "to" && (toks[k + 2]?.w === "this" || toks[k + 2]?.w === "the") && /^(brief|ticket|email|e-mail|issue|request)$/.test(toks[k + 3]?.w ?? "")) return { s: t.s, e: toks[k + 3].e };
      // "the list I've attached", "the file we attached": the writer's attachment, which a Markdown brief cannot carry.
      const writer = writerBefore(toks, k);
      if (writer > 0 && ATTACHABLE.has(toks[writer - 1].w)) return { s: toks[writer - 1].s, e: t.e };
      // "the attached diagram", "the attached Excel sheet", "this attached signed PDF".
      if (k > 0 && (toks[k - 1].w === "the" || toks[k - 1].w === "this")) {
        for (let j = k + 1; j < toks.length && j <= k + 3 && toks[j].t === WORD; j++) if (ATTACHABLE.has(toks[j].w)) return { s: toks[k - 1].s, e: toks[j].e };
        // "the 20 sample files in the attached `desadv-samples.zip`": a file named by its name ("the attached `.ics`
        // file" is a format the product attaches).
        if (next?.t === CODE && toks[k + 2]?.w !== "file" && toks[k + 2]?.w !== "files") return { s: toks[k - 1].s, e: next.e };
      }
    }
  }
  return null;
}

/**
 * Whether the sentence holding token k opens on how things are done today ("Now", "Today", "Until now", "Right now",
 * "Currently") and does not say that something sits in the place ("… is in our WhatsApp group", "… makes the PI from
 * the template in our Google Drive").
 */
function todaysPractice(toks: readonly Tok[], k: number): boolean {
  const a = firstWordFrom(toks, sentenceStart(toks, k));
  const first = toks[a]?.w;
  const opens = first === "now" || first === "today" || first === "currently" || ((first === "until" || first === "right") && toks[a + 1]?.w === "now");
  if (!opens) return false;
  for (let j = k - 1; j > a && j >= k - 6; j--) {
    if (toks[j].w === "in" && (toks[j - 1]?.w === "is" || toks[j - 1]?.w === "are")) return false;
    if (toks[j].w === "from") return false;
  }
  return true;
}

/**
 * "a WhatsApp group", "a Viber group chat": a chat named with "a", so no particular one, unless something the brief
 * needs is said to sit in it ("The buying price is posted in a WhatsApp group", "the list is in a Slack channel").
 */
function anyOneChat(toks: readonly Tok[], from: number, to: number): boolean {
  return afterIndefinite(toks, from) && CHAT_NOUNS.has(toks[to - 1].w) && !saidToSitIn(toks, from - 1);
}

/** "a" or "an" just before token k. */
function afterIndefinite(toks: readonly Tok[], k: number): boolean {
  const article = toks[k - 1]?.w;
  return article === "a" || article === "an";
}

/** "… is in", "… are posted in", "… is now in" just before token k: something is said to sit in the place at k. */
function saidToSitIn(toks: readonly Tok[], k: number): boolean {
  return toks[k - 1]?.w === "in" && (IS_ARE.has(toks[k - 2]?.w ?? "") || IS_ARE.has(toks[k - 3]?.w ?? ""));
}

/**
 * "opens in Excel and in Google Sheets", "by hand in Google Sheets", "Move trimming history from Google Sheets": the
 * product, written in the plural (writers labelled none of 13); "The current bands are in Google Sheets" still says
 * where the data sits.
 */
function sheetsProduct(toks: readonly Tok[], from: number, to: number): boolean {
  return to - from === 2 && toks[from].w === "google" && toks[from + 1].w === "sheets" && !saidToSitIn(toks, from);
}
const CHAT_NOUNS = new Set(["group", "chat", "channel", "thread"]);

/**
 * "staff sign up for shifts on a shared spreadsheet", "Bookings are kept in a shared spreadsheet today": the way the
 * work is kept now, which the brief replaces; writers labelled none of 18 ("the rates are in our shared spreadsheet"
 * names one, and a link to it is reported by its URL).
 */
function anySharedSheet(toks: readonly Tok[], from: number, to: number): boolean {
  return afterIndefinite(toks, from) && to - from === 2 && toks[from].w === "shared" && SHEET_NOUNS.has(toks[from + 1].w);
}
const SHEET_NOUNS = new Set(["spreadsheet", "sheet", "excel"]);
const IS_ARE = new Set(["is", "are", "was", "were"]);

/** Token k stands in a clause that opens with "once", "when", "if", "after", "until" or "as soon as". */
function inCondition(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j];
    if (t.t === PUNCT && t.w !== "(" && t.w !== ")") return false;
    if (t.t === WORD && CONDITION_OPENERS.has(t.w) && (j === 0 || toks[j - 1].t === PUNCT)) return true;
  }
  return false;
}
const CONDITION_OPENERS = new Set(["once", "when", "if", "after", "until", "unless", "whenever"]);

/** What a contractor would read: samples, a format, a template, examples, a specification. */
const PAPERS = new Set("sample samples format formats template templates example examples spec specs specification documentation docs manual instructions".split(" "));

/** A word of PAPERS in the sentence of token k (from twelve words before it to eight after). */
function paperInSentence(toks: readonly Tok[], k: number): boolean {
  const a = sentenceStart(toks, k);
  for (let j = Math.max(a, k - 12); j < toks.length && j <= k + 8; j++) {
    if (j > k && toks[j].t === PUNCT && endsSentence(toks, j)) break;
    if (toks[j].t === WORD && PAPERS.has(toks[j].w)) return true;
  }
  return false;
}

/** A saved view over a tool's records ("the Zendesk Tickets view"). */
const VIEWS = new Set(["view", "views", "queue", "queues", "report", "reports", "filter", "filters"]);

const API_WORDS = new Set(["api", "apis", "sdk", "endpoint", "endpoints", "webhook", "webhooks"]);

/** "the LABLINK doc", "the Ops-Runbook page": a document under an internal name. */
function internalDocument(toks: readonly Tok[]): { s: number; e: number } | null {
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k];
    // "the HTML page says the code does not exist": a page in a known format is the product's own.
    if (t.t !== WORD || !t.acr || (t.info & W_KNOWN) !== 0 || toks[k - 1].w !== "the" || isKnownAcronym(t.w)) continue;
    const next = toks[k + 1];
    // "the JAAP board wants …": a board of people, not a board of cards; "the CPF Board" is an organisation.
    // "approved by the NVR board", "the rates decided by the NVR board": the agent of a decision, so the same.
    if (next.w === "board" && ((toks[k + 2]?.t === WORD && PEOPLE_VERBS.has(toks[k + 2].w)) || next.cap || (toks[k - 2]?.w === "by" && PEOPLE_VERBS.has(toks[k - 3]?.w ?? "")))) continue;
    // "as in the STP docs above": the brief links them itself.
    if (next.t === WORD && DOCUMENT_NOUNS.has(next.w) && toks[k + 2]?.w !== "above" && toks[k + 2]?.w !== "below") return { s: t.s, e: next.e };
  }
  return null;
}

// "the go/no-go decision" is the phrase, not a short link to a page called "no-go".
const GO_LINK = /(^|[\s(:])go\/(?!no-go\b)[a-z0-9][a-z0-9_-]+/;
const PEOPLE_VERBS = new Set("wants want decided decides approved approves agreed agrees meets met asked asks voted votes signs signed needs".split(" "));
const DOCUMENT_NOUNS = new Set("doc docs document page wiki sheet spreadsheet deck slides board folder".split(" "));

/** "Rosa's Excel file": a document on someone's own drive. */
function personalFile(toks: readonly Tok[], raw: string): { s: number; e: number } | null {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.poss || !isUnknownName(t)) continue;
    // "Tonight's file", "Today's licence file": the file of a day, which the product loads, not someone's own.
    if (RELATIVE_DAYS.has(t.w)) continue;
    // "SkiStar's file is semicolon separated": a company named by its brand sends it, and the brief describes it.
    if (mixedCase(raw, t.s + 1, t.e)) continue;
    const f = ownedFile(toks, k);
    if (f >= 0) return { s: t.s, e: toks[f].e };
  }
  return null;
}

/** "on the G: drive", "the S drive", "the P-drive": a mapped network drive. */
const MAPPED_DRIVE = /\b(?:the|our|on)\s+[A-Z](?::?\s+|-)drive\b/;

/** A Slack-style "#channel-name" in prose. */
function channel(prose: string): { s: number; e: number } | null {
  for (let i = prose.indexOf("#"); i >= 0; i = prose.indexOf("#", i + 1)) {
    if (i > 0 && !/[\s(]/.test(prose[i - 1])) continue;
    // "[Edge cases](#edge-cases)": a link to a section of the brief.
    if (i > 1 && prose[i - 1] === "(" && prose[i - 2] === "]") continue;
    let j = i + 1;
    while (j < prose.length && /[a-z0-9_-]/.test(prose[j])) j++;
    if (j - i >= 4 && /[a-z]/.test(prose[i + 1]) && /[-_]/.test(prose.slice(i + 1, j))) return { s: i, e: j };
    // "the sheet linked in #leases on Slack", "the #pricing channel": one word, named a channel by what follows.
    if (j - i >= 3 && /[a-z]/.test(prose[i + 1]) && CHANNEL_AFTER.test(prose.slice(j, j + 24))) return { s: i, e: j };
  }
  return null;
}
const CHANNEL_AFTER = /^ (?:channel\b|on (?:Slack|Teams|Discord|Mattermost)\b)/;

/**
 * Words before a channel the product posts to or makes: "posted to", "Bot posts every Monday at 10:00 in",
 * "and post the failing tests to", "alerts in our Slack channel", "creates `#client-{slug}`".
 */
const DELIVERED_TO = /(?:\b(?:[Pp]osts?|[Pp]osted|[Ss]ends?|[Ss]ent|[Nn]otif(?:y|ies)|[Pp]ublish(?:es)?|[Aa]ppears?|[Gg]oes|[Ww]rites?|[Ww]ritten|[Ss]hown|[Dd]isplayed|[Aa]lerts)\b[^.;]{0,60}\b(?:to|in|into|on)\s+(?:(?:the|our)\s+)?(?:[Ss]lack\s+channel\s+)?|\b[Cc]reates?\s+(?:a\s+)?)$/;

const OUT_OF_SERVICE = /^\s*(?:is |are |was |goes )?(?:down|offline|unavailable|unreachable|not reachable|not available)\b/;

/** A document on a lettered drive: "S:\Rounds\Empties 2024.xlsx" (a name may hold spaces, up to its extension). */
const DRIVE_DOCUMENT = /(^|[\s(`"'“])[A-Za-z]:\\[^\n`"”)]{1,120}?\.(?:xlsx|xlsm|xls|docx|doc|pdf|pptx|ppt|odt|ods|csv)\b/;

/** "\\server\share\…": a path on a Windows file server. */
function uncPath(text: string): boolean {
  return text.length > 3 && text.charCodeAt(0) === 92 && text.charCodeAt(1) === 92 && isAlnum(text.charCodeAt(2)) && text.indexOf("\\", 3) > 3;
}

/** The first "\\server\share\…" path that stands as a word of the prose (outside code spans). */
function uncInProse(line: Line): { s: number; e: number } | null {
  const raw = line.raw;
  for (let at = raw.indexOf("\\\\"); at >= 0; at = raw.indexOf("\\\\", at + 2)) {
    if (at > 0 && raw[at - 1] !== " " && raw[at - 1] !== "\t" && raw[at - 1] !== "(") continue;
    if (line.code.some((c) => at >= c.start && at < c.end)) continue;
    let end = at;
    while (end < raw.length && raw[end] !== " " && raw[end] !== "\t" && raw[end] !== ")") end++;
    // A sentence's own full stop or comma is not part of the path.
    while (end > at && ".,;:".indexOf(raw[end - 1]) >= 0) end--;
    if (uncPath(raw.slice(at, end))) return { s: at, e: end };
  }
  return null;
}

const REFUSED_INPUT = /\b(?:reject|rejects|rejected|rejecting|block|blocks|blocked|deny|denies|denied|refuse|refuses|refused|disallow|disallows|forbid|forbids|resolves? to|resolving to)\b|\breturns? `?4\d\d\b/i;

/** Host-like words among the prose tokens ("grafana.acme.internal", "10.0.0.5:6379", "localhost"). */
function proseHost(line: Line, toks: readonly Tok[], extra: readonly string[]): { s: number; e: number } | null {
  for (const t of toks) {
    if (t.t !== WORD && t.t !== NUM) continue;
    if (t.w.indexOf(".") < 0 && t.w !== "localhost") continue;
    // Version numbers and decimals are not hosts; an IPv4 address has three dots.
    if (t.t === NUM && t.w.split(".").length !== 4) continue;
    const hit = scanHosts(line.raw.slice(t.s, t.e), extra);
    // "a URL that resolves to a private range (10.0.0.0/8, …): `422`": a range a check refuses, not a host to reach.
    if (hit && (REFUSED_INPUT.test(line.raw.slice(0, t.s)) || REFUSED_INPUT.test(line.raw.slice(t.e)))) continue;
    if (hit) {
      // Extend over a port or path written right after the host.
      let e = t.e;
      while (e < line.raw.length && !/[\s"'`)\]>,]/.test(line.raw[e])) e++;
      return { s: t.s + hit.s, e };
    }
  }
  return null;
}

/** "https://www.canva.com/design/DAF8x2kLm1Q/edit": a design open only to the account that made it. */
const EDITOR_LINK = /\bcanva\.com\/design\/[^\s/]+\/edit\b/i;

function privateUrl(line: Line, toks: readonly Tok[] | null, chars: number, extra: readonly string[]): { s: number; e: number } | null {
  for (const u of line.urls) {
    if (u.text.startsWith("#")) continue;
    if (isPrivateHost(hostOf(u.text), extra) || EDITOR_LINK.test(u.text)) return { s: u.start, e: u.end };
  }
  for (const span of line.code) {
    const text = span.text;
    // "posted to `#sre-alerts`": a channel the product writes to, not a thread to read.
    if (line.kind !== "code" && text.indexOf("#") >= 0 && channel(text) && !DELIVERED_TO.test(line.raw.slice(Math.max(0, span.start - 80), span.start))) return { s: span.start, e: span.end };
    // "\\planfs01\apas\import\": a Windows file share on the company network.
    if (uncPath(text)) return { s: span.start, e: span.end };
    // Every private host form has a dot or is "localhost"; then one quick pattern test.
    if (extra.length === 0 && (text.indexOf(".") < 0 || !MAY_HOLD_PRIVATE_HOST.test(text)) && text.indexOf("localhost") < 0) continue;
    const hit = scanHosts(text, extra);
    // "reject private ranges and `localhost`", "a URL that resolves to `10.0.0.5` returns `422`", "a `url` of
    // `https://10.0.0.5/collector` is rejected": a host as the input a check refuses is example data, not a place to open.
    if (hit && line.kind !== "code" && (REFUSED_INPUT.test(line.raw.slice(0, span.start)) || REFUSED_INPUT.test(line.raw.slice(span.end)))) continue;
    if (hit) {
      const offset = line.raw.indexOf(span.text, span.start);
      const base = offset >= 0 ? offset : span.start;
      return { s: base + hit.s, e: base + hit.e };
    }
  }
  if (toks && (chars & F_DOT) !== 0) return proseHost(line, toks, extra);
  return null;
}

/** Reports one private link or place on line i (`ctx` null for code lines). */
export function privateLinkLine(doc: Doc, i: number, ctx: LineCtx | null, emit: Emit): void {
  const line = doc.lines[i];
  const toks = ctx ? ctx.toks : null;
  const flags = ctx ? ctx.flags : 0;
  const chars = ctx ? ctx.chars : 0;
  const extra = doc.options.privateHosts ?? NO_HOSTS;
  const url = privateUrl(line, toks, chars, extra);
  // A plain line has no backslash (scanInline's test for markup looks for one), so neither a UNC path nor a mapped drive.
  const backslash = !line.plain && line.raw.indexOf("\\") >= 0;
  let place: { s: number; e: number } | null = null;
  if (!url && toks) {
    // "Jira · Story · Component: auth": the ticket's own header, not a place to open.
    if (flags & T_PRIVATE && !trackerHeader(line.raw)) place = namedPlace(toks, (tool) => integrationSubject(doc, tool));
    if (!place && (chars & F_NAME) !== 0) place = personalFile(toks, line.raw);
    if (!place && (chars & F_ACR) !== 0) place = internalDocument(toks);
    if (!place && line.raw.indexOf("#", line.contentStart) >= 0) place = channel(line.raw);
    // "go/offcycle-runbook": a company short link.
    // indexOf stops at every occurrence of a needle's first letter (for " drive", every space):
    // a first search for a rarer part ("/", "drive") rules out almost every line at less cost.
    if (!place && line.raw.indexOf("/") >= 0 && line.raw.indexOf("go/") >= 0) {
      const m = GO_LINK.exec(line.raw);
      if (m) place = { s: m.index + m[1].length, e: m.index + m[0].length };
    }
    if (!place && line.raw.indexOf("drive") >= 0 && (line.raw.indexOf(" drive") >= 0 || line.raw.indexOf("-drive") >= 0)) {
      const m = MAPPED_DRIVE.exec(line.raw);
      if (m) place = { s: m.index, e: m.index + m[0].length };
    }
    // "in the Excel file \\fs01\produkt\Zuordnung.xlsx" written as prose, not in a code span.
    if (!place && backslash) place = uncInProse(line);
  }
  // "Sharon's count is in S:\Rounds\Empties 2024.xlsx", "the Excel sheet `S:\Werkstatt\Teile.xlsx`": a document on
  // a mapped drive of the office network ("writes raw files to `D:\Data`" is a folder a program fills, not a document).
  if (!url && !place && backslash && line.raw.indexOf(":\\") > 0) {
    const m = DRIVE_DOCUMENT.exec(line.raw);
    if (m) place = { s: m.index + m[1].length, e: m.index + m[0].length };
  }
  const hit = url ?? place;
  if (!hit) return;
  // "Folder not readable (file server down): the job retries": the place failing is a case to handle, not one to open.
  if (url === null && OUT_OF_SERVICE.test(line.raw.slice(hit.e, hit.e + 24))) return;
  const text = line.raw.slice(hit.s, hit.e);
  emit({
    li: i,
    rule: "private-link",
    s: hit.s,
    e: hit.e,
    excerpt: text,
    message: url
      ? `'${text}' points to a private host the contractor cannot open: copy what it contains into the brief, or link to a public page`
      : `'${text}' is a place the contractor cannot open: copy the content it refers to into the brief`,
    suggestion: "paste the relevant content (or a public link) into the brief itself",
  });
}

/** Tools people meet in, and the words of a meeting held there. */
const MEETING_TOOLS = new Set(["teams", "zoom"]);
const MEETINGS = new Set(["meeting", "meetings", "hearing", "hearings", "video", "call", "calls", "interview", "interviews", "session", "sessions", "consultation", "consultations"]);

/** Tokens on each side of the tool within which its sentence's meeting is looked for (a long line stays linear). */
const MEETING_REACH = 30;

/** Whether the tool at k is where a meeting of its sentence is held, with no channel, file or chat named after it. */
function meetingHeldIn(toks: readonly Tok[], k: number): boolean {
  if (!MEETING_TOOLS.has(toks[k].w)) return false;
  const next = toks[k + 1];
  if (next !== undefined && next.t === WORD && PLACE_NOUNS.has(next.w)) return false;
  const end = Math.min(toks.length, k + MEETING_REACH);
  for (let j = Math.max(sentenceStart(toks, k), k - MEETING_REACH); j < end && !(j > k && endsSentence(toks, j)); j++) if (MEETINGS.has(toks[j].w)) return true;
  return false;
}

const WRITERS = new Set(["i", "we"]);
const PERFECT = new Set(["have", "had", "'ve", "’ve", "ve"]);

/** Index of "I" or "we" in "I've attached", "we have attached", "I attached" right before `k`, or -1. */
function writerBefore(toks: readonly Tok[], k: number): number {
  const w = toks[k - 1]?.w ?? "";
  if (w === "i've" || w === "we've" || w === "i’ve" || w === "we’ve" || WRITERS.has(w)) return k - 1;
  if (PERFECT.has(w) && WRITERS.has(toks[k - 2]?.w ?? "")) return k - 2;
  return -1;
}

/** Words before a lower-case "slack" that make it the ordinary noun: "a bit of slack", "some slack", "in the slack". */
const LOOSENESS_LEADS = new Set(["of", "some", "more", "less", "no", "enough", "little", "the", "any"]);
