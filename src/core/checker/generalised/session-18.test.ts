/**
 * Behaviours added in session 18 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, briefWithPreamble, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 18: scripts written without spaces", () => {
  it("reports a Thai or Khmer sentence, which is one run of letters, as another language", () => {
    expect(rulesAt(brief({ edge: "- ราคาเด็กให้คิดตามตารางราคาของฝ่ายขายเหมือนเดิม" }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Staff policy from Human Resources: พนักงานห้ามทำงานติดต่อกันเกินหกวันโดยไม่มีวันหยุด" }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- ម៉ោងថែមលើសពីពីរម៉ោងក្នុងមួយថ្ងៃ ត្រូវមានការអនុញ្ញាតពីប្រធានផ្នែកជាមុន។" }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads a Thai label in a code span, or one Thai word among English ones, as English", () => {
    expect(rulesAt(brief({ edge: "- A full tour returns `409` and the app shows `ขออภัย รอบนี้เต็มแล้ว` in Thai." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The receipt header reads Reprint / พิมพ์ซ้ำ and the shop name, and the total stays the same." }), EDGE)).toEqual([]);
  });
});

describe("session 18: Spanish and Portuguese 'a', Nordic 'husk', Estonian and Finnish function words", () => {
  it("reads a sentence whose only English-looking word is the preposition 'a' as another language", () => {
    expect(rulesAt(brief({ context: "Queremos reducir ese gasto a la mitad antes de diciembre." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Atenção: a nota de devolução tem que referenciar a chave de acesso da nota original." }), EDGE)).toEqual(["non-english"]);
  });

  it("reads 'Husk at …', Estonian and Finnish sentences as another language", () => {
    expect(rulesAt(brief({ edge: "- Husk at akutte tider i weekenden kun kan bookes over telefon." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Eesti klientidele peab PDF olema ka eesti keeles." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Jos viitenumero on virheellinen, tallenna se silti viestikenttään." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads English lines with 'a', 'per', a language code '(ja)' or a borrowed word as English", () => {
    expect(rulesAt(brief({ edge: "- Each booking gets a reference number, printed on the label and stored with the order." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| state | title (en) | title (ja) |" }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Price is 250,000 rupiah per car, max 4 guests with boards per car." }), EDGE)).toEqual([]);
  });
});

describe("session 18: days, trades, standards, units and work orders are no gaps", () => {
  it("reads '(Youth Day observed, …)' and 'the treasurer Ibu Sari does not calculate by hand' as no precedent", () => {
    expect(rulesAt(brief({ edge: "- Booking on 2024-06-17 (Youth Day observed, present in `public_holidays`) returns `422 not_a_working_day`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "We want a backend for this, so the treasurer Ibu Sari does not calculate by hand any more." }), CONTEXT)).toEqual([]);
  });

  it("still reports 'the rules Bu Sari uses today' and a person who did something", () => {
    expect(rulesAt(brief({ edge: "- Rounding follows the rules Bu Sari uses today." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Keep the categories Marta documented." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'our partner dry cleaner', 'work orders', 'OIML R 76-1' and '±2 e' as what they name", () => {
    expect(rulesAt(brief({ context: "Every costume goes to dry cleaning at our partner dry cleaner." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ ac: "- `GET /v1/jobs?status=waiting_parts` returns only work orders in that status." }), 17)).toEqual([]);
    expect(rulesAt(brief({ context: "Use the errors of OIML R 76-1 (International Organization of Legal Metrology, Recommendation 76)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "| 500 e < m ≤ 2000 e | ±2 e |" }), EDGE)).toEqual([]);
  });

  it("still asks what 'the OIML' is and what 'make it cleaner' means, and reports an Italian sentence", () => {
    expect(rulesAt(brief({ context: "The scales are checked by the OIML every year." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Make the export cleaner." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Il totale deve essere arrotondato e mostrato con due decimali per il cliente." }), EDGE)).toEqual(["non-english"]);
  });
});

describe("session 18: a name in the reference, how recent, verdicts about every future case, comparisons without an article", () => {
  it("reports 'same as we did for the Cargill feed' once, as shared context", () => {
    expect(rulesAt(brief({ edge: "- Event ids and ordering guarantees: same as we did for the Cargill feed." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Exemption bookings are confirmed by the office like we did for the council job in Cahersiveen." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reports a name standing alone on a line, or in a clause of its own after the reference", () => {
    expect(rulesAt(brief({ edge: "- Send the totals to Kargbo after each run." }), EDGE)).toEqual(["undefined-term"]);
    // Session 19: the writer labelled this very line undefined-term alone; the old system named as where the export
    // comes from is no reference (writers labelled none of 14 such bare mentions).
    expect(rulesAt(brief({ context: "The export from the old system will be made by Kraken and delivered as CSV files." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("asks how recent 'recently' is when the sentence counts something else, not when it gives a span or a date", () => {
    expect(rulesAt(brief({ edge: "- Don't send a reminder to a patient who already got one recently." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Buyers who paid late recently get half the default limit." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Skip patients who got a reminder recently (in the last 7 days)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Product without weaver (old products from before 2022): `weaver` is `null`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The job also backfills recent data if a day was missed." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'never cause problems', 'are never wrong' and 'audit-ready' as verdicts no test can give", () => {
    expect(rulesAt(brief({ ac: "- Double payments never cause problems." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Prices are never wrong." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The system is audit-ready." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- A second payment for the same rental returns `409` and is never charged." }), 17)).toEqual([]);
  });

  it("reports 'same as Namba store does now' and 'same like Pak Budi excel' with the article or possessive left out", () => {
    expect(rulesAt(brief({ edge: "- Deposit rules should work same as Namba store does now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Format same like Pak Budi excel." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Deposit rules work the same as in the section above." }), EDGE)).toEqual([]);
  });
});

describe("session 18: a limit set by comparison, registrations, formats, absences, ranges and drawings", () => {
  it("reports 'Cache headers the same as we agreed …' and 'the cutoff like we did …' once, as shared context", () => {
    expect(rulesAt(brief({ edge: "- Cache headers the same as we agreed for the Japanese names last month." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Please calculate the cargo cutoff like we did for the Taipei shipments." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("still reports a vague quantity beside a reference, and a limit with no reference", () => {
    expect(rulesAt(brief({ edge: "- The hold should expire after a while, same like we did for the café table reservations." }), EDGE)).toEqual(["shared-context", "unquantified"]);
    expect(rulesAt(brief({ edge: "- Skips must respect the kitchen cutoff." }), EDGE)).toEqual(["unquantified"]);
  });

  it("reads aircraft registrations in a brief about aircraft, and 'HH:MM', as identifiers and formats", () => {
    const aircraft = brief({ context: "Our club flies 4 aircraft from one airfield.", edge: "- A row for ZK-FQB (not our aircraft) is reported `unmatched`." });
    expect(rulesAt(aircraft, EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| `start` | string | local time (HH:MM) |" }), API)).toEqual([]);
  });

  it("still asks what 'CK-MES' is in a brief about anything else", () => {
    expect(rulesAt(brief({ context: "Every evening the restaurants enter their forecast into CK-MES." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'Hospital has no email', 'small children', 'Mon–Fri' in a table and a French school's name in a byline as given", () => {
    expect(rulesAt(brief({ edge: "- Hospital has no email: send WhatsApp only." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The mountain gives free passes to small children, so return `422` with `free_for_child`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| office | Mon–Fri 08:00 | Mon–Fri 17:00 | front desk |" }), API)).toEqual([]);
    expect(rulesAt(briefWithPreamble("Geneviève Tremblay, chief pilot, École de pilotage de brousse Haute-Mauricie (Lac-à-la-Tortue, Quebec)"), 3)).toEqual([]);
  });

  it("still reports 'Hanne has the rules' and a French sentence", () => {
    expect(rulesAt(brief({ edge: "- For the discounts, Hanne has the rules." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Mon équipe veut que le total soit arrondi à deux décimales." }), EDGE)).toEqual(["non-english"]);
  });

  it("reads 'SkiStar's file is semicolon separated' and 'shows the sign at scale' as described, and reports 'Rosa's Excel file'", () => {
    expect(rulesAt(brief({ api: "SkiStar's file is semicolon separated, UTF-8, with a header row:" }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "The customer approves a proof: a PDF that shows the sign at scale, with colours and dimensions." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Prices come from Rosa's Excel file." }), EDGE)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- The endpoint must work at scale." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reports 'the loading factor Bu Rina told you' and 'the 2023 flow that Pak Yudi build'", () => {
    expect(rulesAt(brief({ context: "Please use the loading factor Bu Rina told you in the call." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Registration must follow the flow that Pak Yudi build for the night run." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 18: nouns in table cells, stories after a colon, asides with dates, product names, no lead time, no retries", () => {
  it("reads '| scale |' in a table and 'the long vowel mark' as nouns, and still asks how the service must scale", () => {
    expect(rulesAt(brief({ api: "| net weight | scale | `412 g` |" }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The long vowel mark `ー` is allowed in names." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The label service must scale." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads a story after a colon and a decision dated in an aside before a colon as no precedent", () => {
    expect(rulesAt(brief({ context: "The webshop has its own stock numbers, and they drift: last week we sold 6 kg of langoustines we did not have." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The board's rule (decided at the general assembly in March 2025): each member gets a share proportional to sheep-days." }), CONTEXT)).toEqual([]);
  });

  it("still reports 'like last year' after a colon", () => {
    expect(rulesAt(brief({ edge: "- Slots: like last year, but online." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'the Distance Matrix API stubbed to time out' as a test's setup, and still reports 'the Excel Pak Budi use'", () => {
    expect(rulesAt(brief({ edge: "- With the Distance Matrix API stubbed to time out, the response arrives within 4 seconds." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Discount for orders over 50 kg is calculated like the Excel Pak Budi use." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'right before each send' and 'nothing is retried' as given, and asks how much 'enough notice' is", () => {
    expect(rulesAt(brief({ edge: "- A queued reminder is dropped: the worker re-reads both flags right before each send." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Retries are switched off in our GoCardless settings, so nothing is retried." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Members can only change availability with enough notice." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- A failed payment is retried." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 18: the writer's own understanding, sentence-opening parts, records picked out, habits, printed strings", () => {
  it("reads 'write to me if something is not clear' and 'not clear to us' as the writer's understanding", () => {
    expect(rulesAt(briefWithPreamble("Hi! Søren here, so write to me if something in this brief is not clear."), 3)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The error message must be clear." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads '- Backend computes the total' as the system's part, and 'that the family has not confirmed yet' as a record's state", () => {
    expect(rulesAt(brief({ edge: "- Backend computes the total from the `ticket_prices` table." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Include a row for each payment that the family has not confirmed yet." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The family has not confirmed yet whether the refund goes to the card." }), EDGE)).toEqual(["open-question"]);
  });

  it("reports 'like the Excel from Kadek', 'retry like the SMS module' and 'same as we always declare'", () => {
    expect(rulesAt(brief({ edge: "- Make the statement like the Excel from Pak Kadek, same columns." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Meta API error: retry like the SMS module." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Customs value per order: same as we always declare." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'capped at the end of the shift' and quoted printed strings in capitals as given", () => {
    expect(rulesAt(brief({ edge: "- Minutes are counted from `in` to `out`, capped at the end of the shift." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: '- The ticket prints "HARI LIBUR" for holidays and "HARI BIASA" for weekdays.' }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: '- The ticket prints "HARI LIBUR" on holidays; the PSP field holds the provider name.' }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 18: what a named person or the team does today, adopted standards, public apps, titled people", () => {
  it("reports 'same like Pak Agus writes it', 'same like we send to Pak Hendra' and 'the same rounding Karen uses'", () => {
    expect(rulesAt(brief({ edge: "- Date format in the message same like Pak Agus writes it by hand now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Format of the report same like we send to Pak Hendra every month." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same rounding Karen uses in her spreadsheet." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reads 'the same rounding as in the table above' as given", () => {
    expect(rulesAt(brief({ edge: "- Use the same rounding as in the table above." }), EDGE)).toEqual([]);
  });

  it("reads 'BS EN 13242' as a standard and 'like in the Gojek app' as a public product", () => {
    expect(rulesAt(brief({ edge: "- Every product must meet BS EN 13242 for aggregates." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- We want a tracking link like in the Gojek app." }), EDGE)).toEqual([]);
  });

  it("still reports 'like in the Kirana app' (an in-house one) and an acronym with no number", () => {
    expect(rulesAt(brief({ edge: "- We want a tracking link like in the Kirana app." }), EDGE)).toEqual(["shared-context", "undefined-term"]);
    expect(rulesAt(brief({ edge: "- Every product must meet the BS rules for aggregates." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 18: requirements with their source, keywords, a format's letters, records not known yet", () => {
  it("reads 'as required for professional fees in Kenya' and 'the word DONATE' as given", () => {
    expect(rulesAt(brief({ context: "Withholding tax of 5% is deducted before payment, as required for professional fees in Kenya." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Radio adverts ask people to SMS the word DONATE and their ID number to our short code 31234." }), CONTEXT)).toEqual([]);
  });

  it("still asks what 'retried as required' means", () => {
    expect(rulesAt(brief({ edge: "- Failed uploads are handled as required." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads 'The export CSV has the columns …', 'in Türkiye time' and 'Outcome not known yet (…):' as given", () => {
    expect(rulesAt(brief({ api: "The export CSV has the columns `date` and `amount`, with `;` as separator." }), API)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The app shows `updated_at` in Türkiye time (UTC+3)." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Outcome not known yet (baby not born yet): leave the live-birth column empty." }), EDGE)).toEqual([]);
  });

  it("still reports 'the export Mette has' and 'whether we refund is not known yet'", () => {
    expect(rulesAt(brief({ edge: "- Use the export Mette has on her laptop." }), EDGE)).toContain("shared-context");
    expect(rulesAt(brief({ edge: "- Whether the fee is refunded is not known yet." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 18: what may be large, even in a long paragraph", () => {
  it("asks how large 'Photos can be large' is inside a long context paragraph", () => {
    const paragraph = "Photos of the home (the child's room, the smoke detector, the bath) are attached to the report. Photos can be large, so upload them separately from the report text.";
    expect(rulesAt(brief({ context: paragraph }), CONTEXT)).toEqual(["unquantified"]);
  });

  it("still reads a big wedding or large families in a long paragraph as the story", () => {
    const paragraph = "We run a small catering business in Aarhus and cook for weddings and company parties; a big wedding can be large work for the kitchen, and large families often order twice.";
    expect(rulesAt(brief({ context: paragraph }), CONTEXT)).toEqual([]);
  });
});

describe("session 18: translated definitions, units, conditions tested, holidays last year", () => {
  it("reads 'WIB is Western Indonesia Time', 'NGOs', 'MWp cleaned' and 'Warning lifted before the event' as given", () => {
    expect(rulesAt(brief({ edge: "- Slots are in WIB. WIB is Western Indonesia Time, UTC+7." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "The seed banks are funded by two NGOs." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Totals per source: total litres, total MWp cleaned, litres per MWp." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Warning lifted before the event: no email." }), EDGE)).toEqual([]);
  });

  it("reads 'If the agency has not confirmed the manifest by 18:00' as a condition tested, and 'has not confirmed yet whether' as open", () => {
    expect(rulesAt(brief({ edge: "- If the agency has not confirmed the manifest by 18:00, send it again." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The agency has not confirmed yet whether it takes the manifest by email." }), EDGE)).toEqual(["open-question"]);
  });

  it("reports 'like last Christmas', 'as last Valentine's' and 'like we use on the whiteboard'", () => {
    expect(rulesAt(brief({ edge: "- Slots should work like last Christmas, but online." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Use the same priority order as last Valentine's." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Event colours like we use on the whiteboard." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'Two times last Christmas we sold packs we did not have' as a story", () => {
    expect(rulesAt(brief({ context: "Two times last Christmas we sold packs on Amazon that we did not have." }), CONTEXT)).toEqual([]);
  });
});

describe("session 18: files followed as the model, titles of respect, habits between name and verb", () => {
  it("reports 'follow Pak Budi's Excel' and 'follow Bu Rina's spreadsheet' as shared context, not as a link", () => {
    expect(rulesAt(brief({ edge: "- The record format must follow Pak Rudi's Excel." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Status rules should follow Bu Rina's spreadsheet." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reports 'the list in Rosa's Excel file' as a link", () => {
    expect(rulesAt(brief({ edge: "- Use the price list in Rosa's Excel file." }), EDGE)).toEqual(["private-link"]);
  });

  it("reports 'as Aunty Ngozi explained in the WhatsApp group' and 'like Lars always does it' once, as shared context", () => {
    expect(rulesAt(brief({ edge: "- A session counts only if the set passes inspection, as Aunty Ngozi explained in the WhatsApp group." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The price is indexed each year with the net price index, like Lars always does it." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 18: clothing sizes, a number defined by 'is the', 'bukan'", () => {
  it("reads 'sizes XS to XXL' and 'A CVR number is the company number …' as given, and 'bukan per orang' as Indonesian", () => {
    expect(rulesAt(brief({ api: "Item types: softboard, longboard, wetsuit (sizes XS to XXL)." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "A CVR number is the company number from the Danish Central Business Register." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Mohon antrian dibuat per gondola, bukan per orang." }), EDGE)).toEqual(["non-english"]);
  });

  it("still asks what 'the CVR' is without a definition", () => {
    expect(rulesAt(brief({ context: "Every company invoice carries the CVR from the customer record." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 18: two function words of another language against shared English ones", () => {
  it("reports 'Husk at prisen skal vises inklusive moms …', 'Foreninger med under 25 medlemmer er fritaget for gebyret' and an Italian 'Se il cliente …'", () => {
    expect(rulesAt(brief({ edge: "- Husk at prisen skal vises inklusive moms for danske kunder." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Foreninger med under 25 medlemmer er fritaget for gebyret." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Se il cliente scrive in italiano ma sceglie inglese, rispondiamo comunque in inglese." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads rates, car pages and inns as English", () => {
    expect(rulesAt(brief({ edge: "- Price is 250,000 rupiah per car, max 4 guests with boards per car." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "Dining rooms per inn: Yumoto 8, Tonosawa 6. One stay uses one dining room for one seating per night." }), API)).toEqual([]);
    expect(rulesAt(brief({ context: "We show car loan quotes on car pages for every dealer." }), CONTEXT)).toEqual([]);
  });
});
