/**
 * Cue words for the rules that read intent rather than quantity: references
 * to past conversations and private knowledge (shared-context), doubt
 * (open-question), places a contractor cannot open (private-link), text not
 * written yet (placeholder), and the nouns that tell a person's work from a
 * system (undefined-term, shared-context).
 */

import { wordSet as set } from "./word-list.js";
const list = (s: string): string[] => s.split(",").map((p) => p.trim().replace(/\s+/g, " ")).filter(Boolean);

/** Verbs of talking and deciding: "as discussed", "what we agreed". */
export const CONVERSATION_VERBS = set(`
discussed agreed mentioned decided promised said talked planned aligned covered chatted settled
requested suggested proposed noted explained raised saw showed shown presented
`);

/** Events where knowledge was shared out loud. */
/** Past verbs of talking or showing that "as we …" makes a conversation ("as we talked", "as I showed you"). */
export const TALK_VERBS = set(`talked showed chatted spoke walked told`);

export const MEETING_NOUNS = set(`
call calls meeting meetings standup stand-up standups sync syncs sync-up kickoff kick-off offsite off-site
postmortem post-mortem retro retrospective huddle all-hands 1:1 one-on-one workshop demo planning grooming
refinement conversation conversations chat chats discussion discussions thread session catch-up town-hall
assembly assemblies agm
`);

/** Time words that make a reference point to the past ("last year", "Monday's standup"). */
export const PAST_TIME_WORDS = set(`
last yesterday yesterday's earlier previous previously ago before monday's tuesday's wednesday's
thursday's friday's saturday's sunday's today's morning's week's month's year's
`);

/**
 * Fixed phrases that point at knowledge outside the brief (matched on words;
 * "|" separates alternatives in one slot).
 */
export const SHARED_PHRASES = list(`
as discussed, as we discussed, as agreed, as we agreed, as mentioned, as we mentioned, as decided,
as i discussed, as i agreed, as i mentioned, as i promised, as i explained, as i told you,
as we decided, as promised, as we promised, as we said, as you know, as you may know, as everyone knows,
as we all know, as per our, per our, per the call, per the meeting, per the discussion,
like last time, same as last time, as last time, like before, as usual, like usual, like always, same like before,
same bug as, same problem as, same issue as, same fault as, same glitch as,
as we do now, like we do now, as we do it now, like we do it now,
per convo, per the convo, per conversation, per the conversation, per discussion, per the discussion, per the call,
per our chat, per my chat, per the arrangement, per our arrangement, per the agreement with,
worked out with, arrangement with, same as it does now,
client's existing approach, customer's existing approach, their existing approach, their existing process,
their current approach, their current process, their usual approach, their usual process,
wie bisher, som hidtil, seperti biasa, como antes, comme d'habitude,
wie besprochen, wie vereinbart, som aftalt, som vi aftalte, som avtalt, som överenskommet, comme convenu, comme discuté,
como combinado, como falamos, como acordado, como acordamos, como hablamos, come concordato, come discusso,
zoals besproken, zoals afgesproken, jak ustalono, seperti dibahas, sesuai pembicaraan, seperti yang dibahas, reuse whatever, whatever made sense, we already tried, usual rule, usual rules, usual limit, usual limits, usual logic, usual threshold, usual policy, usual criteria,
usual settings, usual format, usual numbers, her head, his head, their heads, their head, my head, our heads, someone's head, people's heads, the usual way, the usual place,
the usual process, the usual approach, the usual format, the usual, our usual, as always, as we always do,
like we always do, as we usually do, as we normally do, as we typically do, like we usually do,
like we did, as we did, the way we did, the same way we did, same way we did, same as we did,
what we did, you know the one, you know which one, you know what i mean, you know who,
the old flow, the old way, the old process, the old system, the old logic, the old script,
same as the old, like the old, as in the old, like the other, stored like the other, the same as the other,
along the lines of what, what we discussed, what we agreed, what we decided, what we promised,
what we talked about, was agreed, was decided, was discussed, been agreed, been decided,
we discussed, we agreed, we talked about, we promised, as per the email, per the email, per your email,
as per the call, as outlined in the meeting, as we covered, as covered in, as flagged in, as you'll remember,
you'll remember, as you recall, as you'll recall, if you remember, you remember the, the thing we built,
the thing from, the one we built, the one we used, whatever we did, whatever we used, what we used,
our standard approach, our standard way, our standard process, our usual approach, our usual way,
our usual process, the standard way, the normal way, the normal process, our normal process,
the existing pattern, the existing approach, the existing convention, the established pattern,
our conventions, our convention, house style, like we handled, as we handled, the way we handle, like we use, as we use,
like the previous, same as the previous, like the last,
as last year, like last year, same as last year, the previous approach, the previous way,
as in the old, as with the old, everyone knows, you know
`);

/** Words after "same" that make "the same X as …" a reference to an unstated precedent. */
export const PRECEDENT_NOUNS = set(`
way approach rule rules pattern patterns logic format setup set-up process trick script method
convention conventions thing config configuration algorithm formula handling behaviour behavior
mapping treatment procedure flow steps strategy fix hack workaround solution
`);

/** A person's work: "Kenji's trick", "Marieke's analysis". */
/**
 * Owners whose pages belong to the writer's side ("the legal team's Drive folder", "the
 * client's Notion board"), unlike a record's own place ("the incident's Slack channel").
 */
export const WRITER_SIDE_OWNERS = set(`
team board client accountant company department office agency vendor partner supplier
manager lead ceo cto cfo coo founder owner boss colleague consultant lawyer auditor
committee council group organisation organization headquarters hq it ops finance legal
marketing sales support hr engineering product design management staff
association cooperative co-op coop club foundation society union federation guild charity firm studio workshop
`);

export const PERSON_ARTIFACTS = set(`
trick tricks hack script scripts analysis approach notes note prototype spreadsheet sheet doc docs file files excel
template templates matrix formula rules wording mapping
document draft idea fix patch workaround setup set-up work branch experiment investigation research
findings proposal query queries snippet notebook memo slides deck numbers estimate estimates benchmark logins credentials
solution method plan suggestion recommendation comments feedback change changes pr code
implementation version diagram mockup mockups sketch writeup write-up summary list checklist playbook thread threads email emails
config configuration logic mapping calculation calculations formula algorithm heuristic email message
post
`);

/** Verbs after a person's name: "the approach Hiroshi prototyped", "Lena took". */
export const PERSON_VERBS = set(`
took did built wrote prototyped described explained showed mentioned suggested proposed figured fixed
set used tried made shared sent posted implemented created designed drafted started knows has had
handled ran measured found discovered said agreed decided promised recommended tested benchmarked
added owns owned wants asked approved reviewed will can
`);

/** What a person keeps that lets the reader in ("ask Jonas for access", "ask Kenta for the login"). */
export const ACCESS_WORDS: readonly string[] = ["access", "login", "logins", "credentials", "password", "passwords", "key", "keys", "token"];

/** "ask Kenji", "check with him". */
export const ASK_VERBS = list(`ask, ask to, check with, talk to, speak to, speak with, talk with, ping, reach out to,
get in touch with, consult, confirm with, sync with, coordinate with`);

/** Doubt about required behaviour, without a question mark. */
export const HEDGES = list(`
not sure, unsure, unclear whether, unclear if, unclear how, unclear what, unclear which, unclear who,
it's unclear, it is unclear, still unclear, not clear whether, not clear if, maybe, perhaps, probably,
i think, i guess, i believe, we think, not certain, uncertain whether, undecided, not decided,
not yet decided, no decision yet, not yet been determined, not been determined, not yet determined, yet to be determined, not yet been decided, not been decided, open question, not 100 sure, not 100 percent sure, unsure whether, unsure if, no one knows,
nobody knows, tbd if, up for debate, up for discussion, open for discussion, debatable,
still figuring out, figure out later, decide later, need to figure out, haven't figured out, not settled,
not finalised, not finalized, pending a decision, awaiting a decision, awaiting confirmation, i wonder, advise whether, advise if,
wondering whether, wondering if, the question is whether, or should we, presumably, i suppose, iirc, afaik,
vielleicht, nicht sicher, unklar, peut-être, pas sûr, pas sûrs, talvez, não sei, quizás, tal vez, no sé, misschien,
niet zeker, forse, non so, kanske, tbd whether, unknown whether, don't know whether,
don't know if, don't know yet, do not know whether, do not know if, do not know yet, not known yet,
no idea, we'll see, we will see, might want to, might need to, may need to, need to decide,
needs to be decided, still need to confirm, need to confirm with, need to check with, still deciding,
haven't decided, hasn't decided, haven't confirmed, hasn't confirmed, hasn't been confirmed,
have not confirmed, has not confirmed, waiting for confirmation, pending confirmation, or maybe,
might also want to, may also want to, may want to, might also need to, may also need to,
nobody has decided, no one has decided, hasn't been decided, nobody has confirmed, no one has confirmed, not agreed yet,
not yet agreed, open point,
wanted to double-check, wants to double-check, double-check with, they'd like, we'd have to ask,
más tarde, lo decidimos, decidimos después, mais tarde, nao sei, ainda nao, später, lembrar de, note to self,
remember to check, lige afklare, skal afklares, ikke afklaret endnu, belum ditentukan, belum diputuskan,
belum yakin, tidak yakin, kurang yakin, belum pasti, masih dicek, masih dibahas, nog niet beslist, nie wiem, jeszcze nie wiem, i don't know, i do not know, still not decide, still not decided, not decide yet, not decided yet, still discussing, still under discussion,
je ne sais pas, ne sais pas, pas encore décidé, pas encore clair, noch nicht klar, noch offen, weiß nicht, wissen nicht,
no sabemos, no está claro, não sabemos, ainda não, belum jelas, belum pasti, belum tahu, tidak tahu, tidak yakin,
ikke sikre, ikke sikker, ikke afklaret, jeg tror, vi tror, vi ved ikke, ved ikke, weet niet, nog niet duidelijk, misschien,
not entirely sure, not entirely certain, not quite sure, not completely sure, not yet clear, going back and forth on,
go back and forth on, not reached a decision, not yet reached a decision, haven't reached a decision
`).concat(undecidedWhether());

/**
 * "It has not yet been confirmed whether …", "It is not yet clear to us whether …": a decision not taken, said of the
 * question the "whether" opens. Without it the participle is a record's state ("lots awarded but not yet settled").
 */
function undecidedWhether(): string[] {
  const out: string[] = [];
  for (const done of ["confirmed", "settled", "clarified", "established", "agreed", "determined", "decided", "clear", "clear to us", "clear to me"]) {
    for (const not of ["not", "not yet", "not been", "not yet been"]) out.push(`${not} ${done} whether`);
  }
  return out;
}

/** Doubt written in Japanese or Chinese (matched as text: these scripts have no spaces). */
export const CJK_HEDGES = ["かどうか", "未定", "要確認", "たぶん", "多分", "でしょうか", "決まっていません", "決まっていない", "未決", "不确定", "待定"];

/** Words right after "?" that answer the question on the same line. */
export const ANSWER_STARTS = set(`yes no not only once never always because a answer`);

/** Collaboration tools whose pages a contractor cannot open (lower case). */
export const PRIVATE_TOOLS = set(`
slack confluence notion jira figma miro trello asana airtable quip coda loom lucidchart clickup
sharepoint onedrive dropbox gdrive intranet wiki 1password lastpass bitwarden dashlane nas keepass
`);

/** Internal dashboards and trackers: private when a place noun follows ("the Grafana folder"). */
export const DASHBOARD_TOOLS = set(`
grafana kibana datadog sentry metabase looker tableau redash pagerduty opsgenie splunk newrelic honeycomb
zendesk intercom hubspot salesforce github gitlab bitbucket kintone
`);

/** Tool names that are words of other languages in lower case ("dla nas", "nas duas línguas"): count only in capitals. */
export const UPPER_CASE_TOOLS = set(`nas`);

/** Tool names that are also ordinary English words: count only when capitalised. */
export const CAPITALISED_TOOLS = set(`notion coda loom box teams linear quip drive backlog basecamp`);

/** Two-word private places. */
export const PRIVATE_PHRASES = list(`
google drive, google doc, google docs, google sheet, google sheets, google slides, google folder,
shared drive, shared folder, team drive, network drive, shared doc, shared docs, internal docs,
internal documentation, internal wiki, team wiki, company wiki, microsoft teams, ms teams, teams channel,
email thread, the forwarded email, my inbox, zoom recording, meeting recording,
shared sheet, shared spreadsheet, internal portal, internal tracker, our tracker, our issue tracker, our ticket system,
our ticketing system, our helpdesk, whatsapp group, telegram group, line group, wechat group, viber group,
zalo group, messenger group, feishu doc, lark doc,
finance handbook, staff handbook, our handbook, ops portal, ops dashboard, ops wiki, see thread, see the thread, our help desk,
our jira, file server, network share, our intranet, company intranet,
see attached, see the attached, see attachment, see the attachment, in the attachment, attached below,
attached above, attached here, as attached, per the attached
`);

/** Nouns after a tool name that make it a place ("Notion page", "Slack thread"). */
export const PLACE_NOUNS = set(`
page pages thread threads channel channels doc docs document documents file files board boards folder
folders space spaces ticket tickets card cards issue issues note notes post posts message messages link
links workspace canvas sheet sheets spreadsheet deck slides wiki dm dms conversation comment comments
dashboard dashboards vault workbook workbooks runbook runbooks notebook notebooks
`);

/** Nouns after a tool name that make it an integration target, not a place ("Slack API"). */
export const INTEGRATION_NOUNS = set(`
api apis sdk webhook webhooks app apps integration integrations bot bots oauth connector plugin client
events adapter incoming outgoing notifications notification project projects
message messages dm dms direct account accounts post posts issue issues ticket tickets comment comments user users
`);

/** Verbs of past work after "we": "the cache layer we built for…", "the problem we had at…". */
export const PAST_WORK_VERBS = set(`built made wrote created used did implemented developed designed added introduced set ran shipped
prototyped had saw hit sketched drew drafted mocked`);

/** Nouns that mark a capitalised word as a system ("the Hoshi progress API", "Mochi's upload hook"). */
/** Verbs of a decision handed to someone: "Legal to confirm", "Faculty to decide". */
export const HANDOFF_VERBS = set(`decide confirm clarify advise`);

export const SYSTEM_NOUNS = set(`
api apis service services replica replicas gateway job jobs hook hooks queue queues worker workers cluster clusters sidecar sidecars
pipeline pipelines sdk client clients server servers database databases db system systems app apps bot
tool tools module modules library libraries endpoint endpoints backend frontend platform integration
adapter schema table tables store cache index dashboard console cli instance instances node proxy
broker scheduler engine sync feed service's microservice repo repository monolith daemon cron
progress calculator generator parser importer exporter sweeper runner agent bus stream topic
blob blobs bucket buckets collection collections registry ledger warehouse lake datastore storage streams topics
connector connectors plugin plugins widget rules model models script scripts outbox relay firmware mailer
wrapper wrappers filter filters notifier callback callbacks export exports
catalogue catalog flag rota
screen screens admin report reports tier tiers track tracks list lists score scores
`);

/** Words before a capitalised word that put it in a system's place ("calls Kitsune", "logged to Ichigo"). */
export const SYSTEM_PREPOSITIONS = set(`
by to from through via into on in calls call using use uses reuse reuses behind against onto inside
`);

/** Bracketed or angle-bracketed first words that mark a placeholder: "[fill in]", "<insert …>". */
export const PLACEHOLDER_WORDS = set(`
fill insert add enter put write describe specify tbd tbc tba todo placeholder link url your replace
update pending missing details value name date number amount period tk xxx owner description
`);

/** "to be decided" and friends. */
export const TO_BE_WORDS = set(`
decided determined confirmed defined agreed announced written filled clarified finalised
finalized specified discussed
`);

/** Verbs before a keyword a person sends back: "reply STOP", "texted YES", "keyword HELP". */
export const REPLY_VERBS: ReadonlySet<string> = new Set(["reply", "replies", "replied", "replying", "text", "texts", "texted", "type", "types", "typed", "send", "sends", "sent", "keyword"]);
