/**
 * Behaviours added in session 11 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 11: a decision left open beside a placeholder is the placeholder's problem", () => {
  it("reads 'TBD, finance has not decided' and 'TBD, I must check with the vendor' as one placeholder, and a question or 'ask finance' as a second problem", () => {
    expect(rulesAt(brief({ edge: "- Later than that: TBD, finance has not decided." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Scanner firmware version: TBD, I must check with the vendor." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Threshold: TBD, Okada-san decides after Golden Week." }), EDGE)).toEqual(["placeholder"]);
    expect(rulesAt(brief({ edge: "- Payment deadline: TBD (7 days? or until the end of the month?)" }), EDGE)).toEqual(["open-question", "placeholder"]);
    expect(rulesAt(brief({ edge: "- Maximum range: TBD (ask finance)." }), EDGE)).toEqual(["placeholder", "shared-context"]);
  });
});

describe("session 11: a question 'still to discuss' stays open", () => {
  it("reads 'block it or allow? Still to discuss with Pak Haji Rusli.' as open, and 'block it or allow? Block it, with 409.' as answered", () => {
    expect(rulesAt(brief({ edge: "- Boat owner bidding on his own lot: block it or allow? Still to discuss with Pak Haji Rusli." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Driver from other outlet can take the order or not? Still discuss with franchise owners." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Boat owner bidding on his own lot: block it or allow? Block it, the API returns `409 own_lot`." }), EDGE)).toEqual([]);
  });
});

describe("session 11: the other side of an integration", () => {
  it("reads 'the same way we did for the Labcorp integration' as a company's product, and 'reuse the Kulku job' as an in-house name", () => {
    expect(rulesAt(brief({ context: "Handle the retries the same way we did for the Labcorp integration." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Card refunds go through our existing Tyro integration.", edge: "- Card refund rejected by Tyro: `502 refund_failed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Handle the retries with the Kulku job." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "Build it the same way as the old Kulku integration." }), CONTEXT)).toContain("undefined-term");
  });
});

describe("session 11: acronyms explained in other ways", () => {
  it("reads 'WIB, Western Indonesia Time)' and 'BPOM = Badan Pengawas Obat dan Makanan' as expansions, not 'WIB, Head Office)'", () => {
    expect(rulesAt(brief({ context: "The list is downloaded at opening time (07:00 WIB, Western Indonesia Time) every day." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each product carries its BPOM number (BPOM = Badan Pengawas Obat dan Makanan, the food and drug authority)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Orders close every day (17:00 WIB, Head Office)." }), CONTEXT)).toEqual(["undefined-term"]);
  });

  it("reads 'MPK Wrocław (the city's public transport company)' and 'SK ID Solutions' as organisations, not 'MPK Wrocław runs'", () => {
    expect(rulesAt(brief({ context: "MPK Wrocław (the city's public transport company) runs about 300 trams." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Signing goes through the SK ID Solutions signing service." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "MPK Wrocław runs about 300 trams." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 11: a usual value written right there", () => {
  it("reads 'follow the usual format `CT-YYYY-NNNNNN`' and '`Ekstra udstillerkort`, which is the wording accounting uses' as given, not 'the usual format' or 'the wording accounting uses' alone", () => {
    expect(rulesAt(brief({ edge: "- New ticket ids follow the usual format `CT-YYYY-NNNNNN`, with new numbers." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Extra badges appear on the invoice with the text `Ekstra udstillerkort`, which is the wording accounting uses." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- New ticket ids follow the usual format, with new numbers." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Extra badges appear on the invoice with the wording accounting uses." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 11: states that read like someone's past deed or kept list", () => {
  it("reads 'leaves Gaj with 4 and Borek unchanged' as a state, and 'the process Borek configured' as a precedent", () => {
    const AC = 17;
    expect(rulesAt(brief({ ac: "- A transfer of 6 to Borek leaves Gaj with 4 and Borek unchanged." }), AC)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Transfers between depots: the process Borek configured." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'the numbers we have are out of date' as data, and 'use the numbers we have' as a list no one wrote down", () => {
    const line = (s: string) => `${s} Holders log in with MitID (the Danish national digital ID).`;
    expect(rulesAt(brief({ context: line("About 1 in 8 of the numbers we have are out of date.") }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: line("Send the reminder to the numbers we have.") }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 11: a list of quoted messages introduced once", () => {
  it("reads the second quoted item under 'The letter text is literal output' as literal, and the same items after 'Two applicants wrote to us last week.' as prose", () => {
    const items = '- Approved: "Din ansøgning om økort er godkendt."\n- Rejected: "Din ansøgning om økort er afvist, fordi din adresse ikke er på øen."';
    const literal = brief({ edge: `The letter text is literal output and must read exactly as below.\n\n${items}` });
    expect(rulesAt(literal, 15)).toEqual([]);
    expect(rulesAt(literal, 16)).toEqual([]);
    const pasted = brief({ edge: `Two applicants wrote to us last week.\n\n${items}` });
    expect(rulesAt(pasted, 16)).toEqual(["non-english"]);
  });
});

describe("session 11: more premises that stand in a place", () => {
  // Session 13: "Ribe" became a known place (lexicon/home-places.ts); an invented town's name keeps the test's point.
  it("reads 'our Viking museum in Vestholm' as a place, and 'the visits are stored in Vestholm' as a system", () => {
    expect(rulesAt(brief({ context: "Schools book guided visits at our Viking museum in Vestholm." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Schools book guided visits, and the visits are stored in Vestholm." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 11: absences and nouns that ask for nothing", () => {
  it("reads 'both plans for a couple.', 'do not retry it', 'nothing is attached' and 'It has no LINE group' as behaviour, not gaps", () => {
    expect(rulesAt(brief({ edge: "- Some insurers can be both plans for a couple. The gateway sends two requests." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The gateway refuses one number: mark that message `failed` and do not retry it." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Reading outside the allowed range: `422 out_of_range`; nothing is attached." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Q: Should we alert for the online warehouse too? A: No. It has no LINE group." }), EDGE)).toEqual([]);
  });

  it("still reads 'a couple of times', 'retry it', 'the layout is attached' and 'post it in the LINE group' as gaps", () => {
    expect(rulesAt(brief({ edge: "- The gateway refuses one number: retry a couple of times." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The gateway refuses one number: mark that message `failed` and retry it." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Reading outside the allowed range: `422 out_of_range`; the layout is attached." }), EDGE)).toEqual(["private-link"]);
    expect(rulesAt(brief({ edge: "- Q: Should we alert for the online warehouse too? A: Yes, the list is in the LINE group." }), EDGE)).toEqual(["private-link"]);
  });
});

describe("session 11: a path segment is no host", () => {
  it("reads '/runs/{run_id}/internal.csv' as a path, and 'https://reports.internal/runs' as a private host", () => {
    expect(rulesAt(brief({ api: "`GET /v1/billing/runs/{run_id}/internal.csv` returns the file for the finance office." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "`GET https://reports.internal/runs` returns the file for the finance office." }), 9)).toEqual(["private-link"]);
  });
});

describe("session 11: a change measured by what it names", () => {
  const AC = 17;
  it("reads 'capped at the higher maximum' and 'goes down by the quantity of each order' as measured, not 'capped at some maximum' or 'goes down'", () => {
    expect(rulesAt(brief({ api: "The higher maximum wins at one increment above the lower maximum (capped at the higher maximum)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "`expires_in_days` is capped at some maximum, with a default when the field is omitted." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ ac: "- `seats_left` goes down by the quantity of each paid order." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- `seats_left` goes down after each paid order." }), AC)).toEqual(["untestable-criterion"]);
  });
});

describe("session 11: 'must be exactly:' introduces literal text", () => {
  it("reads a Japanese quotation after 'The LINE message text must be exactly:' as literal, and after 'A customer wrote to us last week:' as prose", () => {
    expect(rulesAt(brief({ api: 'The LINE message text must be exactly: "お待たせしました！ご希望のレンズをご用意できます。"' }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: 'A customer wrote to us last week: "お待たせしました！ご希望のレンズをご用意できます。"' }), 9)).toEqual(["non-english"]);
  });
});

describe("session 11: a capitalised function word of another language inside a sentence is a name", () => {
  it("reads 'Upgrade (Lite → Standard, Lite → Pro)' as English, and 'Det er lite tid igjen før fristen' as Norwegian", () => {
    expect(rulesAt(brief({ edge: "- Upgrade (Lite → Standard, Lite → Pro, Standard → Pro): charge the difference now and switch the plan now." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Det er lite tid igjen før fristen, så vi må sende påminnelsen i dag." }), EDGE)).toEqual(["non-english"]);
  });
});

describe("session 11: words of other languages that are no doubt", () => {
  it("reads 'au plus tard', 'sekecil mungkin' and 'かもしれません' as statements, and 'je ne sais pas encore' as doubt", () => {
    expect(rulesAt(brief({ context: "Le fichier doit être déposé au plus tard 2 heures avant le départ, puis mis à jour." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Sinyal internet lemah, jadi respons API harus sekecil mungkin." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "予約の変更は今回は対象外ですが、将来は必要になるかもしれません。" }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Ce qui se passe avec les recettes partagées, je ne sais pas encore." }), CONTEXT)).toEqual(["non-english", "open-question"]);
  });
});

describe("session 11: 'often' describing the world", () => {
  it("reads 'The van often has a bad connection', 'free text, often Japanese' and '(often in Malay)' as facts, and 'Run it often.' as a schedule to give", () => {
    expect(rulesAt(brief({ edge: "- The van often has a bad connection, so the endpoint accepts batches of up to 50 scans." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ api: "| `notes` | string | free text, often Japanese |" }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- `note`: free text up to 200 characters (often in Malay)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Something needs to sweep expired holds. Run it often." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 11: the size of a program or a piece of work", () => {
  it("reads 'a small web portal', 'our small reader process' and 'a small addition' as no figure to give, and 'Large price changes' and 'a small batch' as sizes", () => {
    expect(rulesAt(brief({ context: "We want licensees to place orders themselves in a small web portal." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "`POST /v1/weights` is sent by our small reader process next to the scale." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Hi, a small addition we need before the fair in November." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Large price changes need my approval before they are pushed." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Run the backfill in a small batch at night." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 11: a minimum and a maximum named together", () => {
  it("reads 'returns the minimum, the maximum and every excursion' as values, and 'TTL has a minimum and maximum' as limits left out", () => {
    expect(rulesAt(brief({ api: "`GET /v1/batches/{id}/report` returns the minimum, the maximum and every excursion, as JSON." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- The listing price is between the bank's minimum and maximum (`min_price`, `max_price`)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- TTL has a minimum and maximum." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 11: a parenthesis after the term's noun explains it", () => {
  it("reads 'the Kasse app (our own ticket-desk app …)', 'a STAT order (pickup within 60 minutes …)' and 'NAD = Namibian dollars' as explained, not 'the Kasse app (see the endpoints below)' or 'a STAT order (optional)'", () => {
    expect(rulesAt(brief({ context: "Desk staff use the Kasse app (our own ticket-desk app on the Android tablets)." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "A STAT order (pickup within 60 minutes of the request) costs 40 USD." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each row has the commission in NAD. NAD = Namibian dollars." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Desk staff use the Kasse app (see the endpoints below)." }), CONTEXT)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ context: "A STAT order (optional) costs 40 USD." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 11: knowledge kept by a named person", () => {
  it("reads 'same as Bu Sari gives now', 'Okada-san can tell you the time', 'Agnieszka has them', 'the weight Pak Budi use' and 'as in the last audit' as shared context", () => {
    expect(rulesAt(brief({ context: "The discount is the same as Bu Sari gives now on WhatsApp." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The cutoff stays as it is today; Okada-san can tell you the time." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "The compatibility data is in Excel files from the manufacturers, Agnieszka has them." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Portions are counted with the weight Pak Budi use in the kitchen." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Use the same threshold as in the last audit." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("still reads 'the weight the scale sends', 'as in the table below' and 'the importer reads them' as the brief's own", () => {
    expect(rulesAt(brief({ context: "Portions are counted with the weight the scale sends in grams." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Use the same threshold as in the table below." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The files come from the manufacturers, and the importer reads them." }), CONTEXT)).toEqual([]);
  });
});

describe("session 11: words that only look like gaps", () => {
  it("reads 'a QR code (quick response code)', 'returns all lots of a batch', 'ask Hiroshi if it is unclear' and 'has not confirmed by 20:00' as no gap", () => {
    expect(rulesAt(brief({ context: "Season passes carry a QR code (quick response code) with the pass id." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ api: "`GET /v1/batches/{id}/lots` returns all lots of a batch, sorted by weighing time." }), 9)).toEqual([]);
    expect(rulesAt(brief({ context: "Credit limits are in the table below; ask Hiroshi in sales if it is unclear." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The guide has not confirmed by 20:00: no message goes out, and the office phones the participants." }), EDGE)).toEqual([]);
  });

  it("still reads 'a quick response', 'returns lots of rows', 'it is unclear whether' and 'legal has not confirmed' as gaps", () => {
    expect(rulesAt(brief({ context: "Season passes need a quick response from the scanner." }), CONTEXT)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ api: "`GET /v1/batches/{id}/lots` returns lots of rows, sorted by weighing time." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ context: "It is unclear whether credit limits apply to new restaurants." }), CONTEXT)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Refunds after 30 days: legal has not confirmed yet." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 11: a level's name on a scale, and rules copied below", () => {
  it("reads '| 4 (high) or 5 (very high) |' as the names of levels, and 'if the danger is high' as a level left out", () => {
    expect(rulesAt(brief({ api: "| 4 (high) or 5 (very high) | `indoor` |" }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- If the danger is high, the course moves indoors." }), 9)).toEqual(["unquantified"]);
  });

  it("reads 'Bente wrote these rules in our planning doc; I copy them here as she wrote them:' as given below, and '…; follow them.' as a gap", () => {
    expect(rulesAt(brief({ context: "Bente wrote these two rules in our planning doc; I copy them here as she wrote them:" }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Bente wrote these two rules in our planning doc; follow them." }), CONTEXT)).toContain("shared-context");
  });
});

describe("session 11: a private URL under Out of scope, and a quote from someone's e-mail", () => {
  it("reports a Slack link under 'Out of scope', not a tool named there", () => {
    const withOutOfScope = (item: string) => brief({}) + `\n## Out of scope\n\n${item}\n`;
    expect(rulesAt(withOutOfScope("Support thread: https://spiceway.slack.com/archives/C04PAY12/p1717000000"), 21)).toEqual(["private-link"]);
    expect(rulesAt(withOutOfScope("- Showing the status in the ops dashboard."), 21)).toEqual([]);
  });

  it("reads a Spanish block quote after 'From the federation's email:' as prose, and after 'The push text must be exactly:' as literal", () => {
    const quoted = (intro: string) => brief({ context: `The federation shows live results on its website. ${intro}\n\n> Necesitamos recibir el resultado en menos de un minuto desde que el delegado lo confirma.` });
    expect(rulesAt(quoted("From the federation's email:"), 7)).toEqual(["non-english"]);
    expect(rulesAt(quoted("The push text must be exactly:"), 7)).toEqual([]);
  });
});

describe("session 11: more of what a named person or team does", () => {
  it("reads 'like Pak Darto explain in the meeting', 'Hanne in the pro shop knows the rules' and 'the same lookup the ticket office uses' as shared context", () => {
    expect(rulesAt(brief({ context: "The commission rule is like Pak Darto explain in the meeting last Monday." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Hanne in the pro shop knows the rules for buggies." }), CONTEXT)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- For the format in the e-mail, Jens in the gate office knows." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Cards are checked with the same lookup the ticket office uses." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("still reads 'like the table below shows', 'Hanne in the pro shop books the buggies' and 'the same lookup `GET /v1/cards` uses' as the brief's own", () => {
    expect(rulesAt(brief({ context: "The commission rule is like the table below shows." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Today Hanne in the pro shop books the buggies by phone." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Cards are checked with the same lookup `GET /v1/cards` uses." }), CONTEXT)).toEqual([]);
  });
});

describe("session 11: feelings and 'works well' that no figure anchors", () => {
  const AC = 17;
  it("reads 'Procurement is happy with the weekly report', 'without problems every night' and 'work well for all four clinics' as uncheckable", () => {
    expect(rulesAt(brief({ ac: "- Procurement is happy with the weekly report." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The import runs without problems every night." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The reminders work well for all four clinics." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Smart charging works correctly on all 14 sites." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("still reads 'works for 140 nurses' and 'all 4 students are satisfied' as anchored by their figures", () => {
    expect(rulesAt(brief({ ac: "- The roster works for 140 nurses on 3 wards." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- With 4 students choosing {A, B} and {C, D}, all 4 students are satisfied." }), AC)).toEqual([]);
  });
});

describe("session 11: a high similarity, a low confidence", () => {
  it("reads 'Flag theses with high similarity' and 'Reads with low confidence' as levels left out, not 'high similarity (above 40 %)'", () => {
    expect(rulesAt(brief({ edge: "- Flag theses with high similarity for the supervisor." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Reads with low confidence go to a separate list for a manual check." }), EDGE)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- Flag theses with high similarity (above 40 %) for the supervisor." }), EDGE)).toEqual([]);
  });
});
