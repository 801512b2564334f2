/**
 * General English vocabulary the rules lean on: function words (to tell English
 * prose from other languages), number words and time units (to tell whether a
 * quantity is given), and small closed word classes used as grammatical cues.
 */

import { wordSet as set } from "./word-list.js";

/** High-frequency English function words and auxiliaries. */
export const ENGLISH_FUNCTION_WORDS = set(`
a about above after again against all also always am an and any are as at be because been before being
below between both but by can cannot could did do does doing done down during each either neither else every
few for from further had has have having he her here hers him his how i if in into is it its itself
just least less let like may me might more most much must my never no nor not now of off often on once
only or other our ours out over own per same shall she should since so some such than that the their
theirs them then there these they this those through thus to too under until up upon us very via was we
were what whatever when where whether which while who whom whose why will with within without would yet you your
isn't aren't doesn't don't didn't won't can't hasn't haven't wasn't weren't shouldn't wouldn't
it's we'll we're they're there's that's let's i'm
nothing everything something anything nobody everyone someone anyone
get gets got use uses used make makes made need needs needed send sends sent return returns returned
new old first last one two three next each already still instead otherwise
`);

/** Words that stand for a number ("three retries", "twice a day", "half"). */
export const NUMBER_WORDS = set(`
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
thousand thousands million millions billion once twice thrice half double triple dozen single
`);

/** Units that make "a"/"an"/"every"/"per" + unit a quantity ("within a minute", "every hour"). */
export const TIME_UNITS = set(`
millisecond milliseconds ms second seconds sec secs minute minutes min mins hour hours hr hrs day days
week weeks month months year years night nights quarter
`);

/** Frequency adverbs that carry their own number. */
export const FREQUENCY_WORDS = set(`
hourly daily nightly weekly biweekly fortnightly monthly quarterly yearly annually
`);

/** Forms of "be" and linking verbs: "X is fast", "keep it simple", "feels snappy". */
/** Forms of "be" ("is probably a typo", "when it is lower"). */
export const BE_FORMS = set(`is are was were be 's`);

export const LINKING_VERBS = set(`
is are be been being was were isn't aren't feel feels felt look looks seem seems remain remains stay
stays become becomes sound sounds keep keeps kept get gets
`);

/** Modal verbs ("the form will call", "must scale"). */
export const MODALS = set(`will would can could must should shall may might`);

/** Modal verbs and markers after which a base verb follows ("must scale"). */
export const VERB_MARKERS = set(`
must should shall will would can could may might to please and or then also always never we they you
i it needs need but
`);

/** Determiners that introduce a noun phrase. */
export const DETERMINERS = set(`a an the some any this that these those our their its his her my your no every each`);

/** Degree adverbs that may sit between a linking verb and an adjective. */
export const DEGREE_WORDS = set(`very really quite pretty fairly dead reasonably sufficiently extremely super so too more most always still also not never much far even slightly considerably no longer anymore fully completely entirely totally`);

/** Abbreviations after which "." does not end a sentence. */
export const ABBREVIATIONS = set(`e.g i.e etc vs approx incl cf fig no nr mr mrs ms dr st inc ltd co jr sr`);
