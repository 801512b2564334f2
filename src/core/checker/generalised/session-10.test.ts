/**
 * Behaviours added in session 10 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { check } from "../index.js";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 10: a question followed by what is or was so", () => {
  it("keeps 'Should animals that moved be left out? We don't always know when they move.' open, and 'Should … be left out? No, never.' decided", () => {
    expect(rulesAt(brief({ edge: "- Should animals that moved to a clinic outside our group be left out? We don't always know when they move." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should the trace go back to the single tree? Andi says the auditors never asked, but one buyer mentioned it." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should animals that moved to a clinic outside our group be left out? No, never." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Should animals that moved to a clinic outside our group be left out? Always leave them out." }), EDGE)).toEqual([]);
  });
});

describe("session 10: asking someone after the topic, and a law's section", () => {
  it("reads 'For the printer protocol details ask Kenji.' as a source in someone's head, and 'Sellers ask support for a report' as users", () => {
    expect(rulesAt(brief({ edge: "- For the printer protocol details ask Kenji." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Sellers ask support for a monthly report; it is generated on the 1st." }), EDGE)).toEqual([]);
  });

  it("reads 'as discussed with Revenue' beside 'section 581 of the Act' as shared context, and 'as described in the section above' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- The four-week rule (section 581 of the Taxes Consolidation Act 1997): apply it as discussed with Revenue last year." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The four-week rule: apply it as described in the Context section." }), EDGE)).toEqual([]);
  });
});

describe("session 10: 'some' before any time unit, and more uncheckable outcomes", () => {
  const AC = 17;
  it("asks how long in 'for some months' and 'for some years', not in 'for 6 months'", () => {
    expect(rulesAt(brief({ api: "- Keep raw telemetry for some months, then delete it." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Signed waivers are kept for some years." }), 9)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ api: "- Keep raw telemetry for 6 months, then delete it." }), 9)).toEqual([]);
  });

  it("reads 'without any problem' and 'fully compliant with DAC8' as uncheckable, and a stated result as checkable", () => {
    expect(rulesAt(brief({ ac: "- Finance can upload the files without any problem." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The report is fully compliant with DAC8." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Uploading the sample file `bca-2026-03.txt` returns `202` and lists 40 transfers." }), AC)).toEqual([]);
  });
});

describe("session 10: a place before a past participle, and 'low latency'", () => {
  it("reads 'one boat at Westerdok rented 10:00–12:00' as a place, and 'the process that Ines documented' as a source", () => {
    expect(rulesAt(brief({ edge: "- With one boat at Westerdok rented 10:00–12:00, the 10:00 start lists durations `[1, 2]`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Roll back with the canary process that Ines documented." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads 'low latency' as a quality word like 'low-latency', not as a limit, and 'p95 under 200 ms' as its measure", () => {
    expect(rulesAt(brief({ edge: "- Show online bids with low latency so the room does not fall behind." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Show online bids within 2 seconds (p95) so the room does not fall behind." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a verdict no figure makes checkable", () => {
  const AC = 17;
  it("reads 'gives the right answer for all 14 rules' and 'matches what accounting expects' as uncheckable, and 'works for 140 nurses' as anchored", () => {
    expect(rulesAt(brief({ ac: "- The calculator gives the right answer for all 14 rules." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- For the demo employer, the Q4 2025 figures match what accountants expect." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Finance saves a lot of time every month." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The roster import works for 140 nurses in one file." }), AC)).toEqual([]);
  });
});

describe("session 10: 'clearly' and 'fairly' as manners nobody measured", () => {
  it("flags 'show the remaining time clearly' and 'distributed fairly between engineers', not 'fairly small, at most 2 MB' or a rule that says how", () => {
    expect(rulesAt(brief({ edge: "- The shop tablet must show the remaining time until cut-off clearly." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Shifts should be distributed fairly between engineers." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Payout is rounded in a fair way." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Uploads are fairly small, at most 2 MB each." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Shifts go round-robin between engineers, oldest last shift first." }), EDGE)).toEqual([]);
  });
});

describe("session 10: people named with a title or an honorific", () => {
  it("reads 'Ask Dr. Wanjiru which drugs' and 'what Okamoto-san showed us' as sources, and rules written in the brief as no source", () => {
    expect(rulesAt(brief({ edge: "- Opt-out: a patient who replies STOP gets no more reminders. Ask Dr. Wanjiru which drugs should be excluded." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Matching rules follow what Okamoto-san showed us on the screen share." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Matching rules are the three in the table below: amount, date, then name." }), EDGE)).toEqual([]);
  });
});

describe("session 10: places by who is there or who goes there", () => {
  it("reads 'a fourth hut in Sumbawa' and 'drive back to Thisted' as places, and 'pricing rules are pushed to Koyuki' as a system", () => {
    expect(rulesAt(brief({ edge: "- We plan to open a fourth hut in Sumbawa next year; it gets its own stock list." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Technicians drive back to Thisted for a part that another van had in stock." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Pricing rules are pushed to Koyuki every night." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 10: a percentage beside a quality word, and a field described by a cue of two words", () => {
  it("reads '30% polished' as measured and 'polished' alone as vague", () => {
    expect(rulesAt(brief({ edge: "- Grade `3bu` is rice 30% polished; grade `7bu` is 70% polished." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The rice for the premium grade must look polished." }), EDGE)).toEqual(["vague-term"]);
  });

  it("reads '| `late_fee` | late fee in yen |' as the field's description, and 'charge a late fee' as a missing amount", () => {
    const table = "| Field | Meaning |\n| --- | --- |\n| `late_fee` | late fee in yen, 0 for on-time returns |";
    expect(rulesAt(brief({ api: table }), 11)).toEqual([]);
    expect(rulesAt(brief({ api: "- Late returns: charge a late fee." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 10: Danish, Norwegian, Swedish and German lines the function words missed", () => {
  it("flags 'Kunderne skal kunne forny … uden at logge ind' and 'faktureres i SEK, men … og ikke i kroner', not an English line with 'I'", () => {
    expect(rulesAt(brief({ context: "Kunderne skal kunne forny direkte fra linket i mailen uden at logge ind." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Svenske kunder faktureres i SEK, men saldoen føres altid i antal paller og ikke i kroner." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Wir speichern alles in UTC, und die Zeiten kommen ohne Offset." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "I want customers in Oslo to renew from the link in the mail without logging in." }), CONTEXT)).toEqual([]);
  });
});

describe("session 10: 'above the cap' compares, and two people who think differently", () => {
  it("reads 'the way we agreed in the retro' as shared context even when the line says 'above the cap', and 'as shown in the table above' as the brief's own", () => {
    // The cap is given in the context: a cap compared with and never given is unquantified (session 20).
    expect(rulesAt(brief({ context: "Each seller may list up to 40 items (the cap).", edge: "- The listing is now above the cap: handle it the way we agreed in the retro." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Each seller may list up to 40 items (the cap).", edge: "- The listing is now above the cap: handle it as shown in the table above." }), EDGE)).toEqual([]);
  });

  it("keeps 'Should a second meal be billed? Budi thinks yes, Sari thinks no.' open, and 'Yes, bill both meals.' decided", () => {
    expect(rulesAt(brief({ edge: "- Should a second meal be billed if the worker is on a double shift? Budi thinks yes, Sari thinks no." }), EDGE)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Should a second meal be billed if the worker is on a double shift? Yes, bill both meals." }), EDGE)).toEqual([]);
  });
});

describe("session 10: 'the same' before a thing someone keeps", () => {
  it("reads 'the same exclusion list Thandi uses' and 'the one Pak Rudi sends' as practice never shown, and 'the same list as in the table above' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- Test accounts: use the same exclusion list Thandi uses for the monthly report." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Email format is the same as the one Pak Rudi sends by hand now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Test accounts: use the same exclusion list as in the table above." }), EDGE)).toEqual([]);
  });
});

describe("session 10: an in-house artifact known by its name", () => {
  it("reads 'after the Parang check passes' and 'the Skipperlog form' as code names, and 'the Parang hills' as a place", () => {
    expect(rulesAt(brief({ edge: "- Payouts only go out after the Parang check passes." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- After each slot the skipper fills in the Skipperlog form for the boat." }), EDGE)).toEqual(["undefined-term"]);
    expect(rulesAt(brief({ edge: "- Deliveries to farms in the Parang hills take a second day." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a time of day measures no quality", () => {
  it("flags 'go out smoothly at 08:00' and 'handle the 7:00–7:30 peak gracefully', not 'all within 2 minutes'", () => {
    expect(rulesAt(brief({ edge: "- The postponed pushes should go out smoothly at 08:00." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- Notification fan-out must handle the 7:00–7:30 peak gracefully." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The postponed pushes go out at 08:00, all within 2 minutes." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a quality word inside a term abbreviated right after it", () => {
  it("reads 'significant wave height (Hs)' and 'significant control (PSC)' as terms, and 'a significant load' as vague", () => {
    expect(rulesAt(brief({ edge: "- Transfers stop when the significant wave height (Hs) is above 1.5 m." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Check every person with significant control (PSC) against the sanctions list." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The import must cope with a significant load on Mondays." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 10: private addresses a check refuses, and 'nas' in other languages", () => {
  it("reads a private range or URL that the API refuses with a 4xx as example input, and a private host to open as private", () => {
    expect(rulesAt(brief({ edge: "- Subscription URL resolves to a private IP range (10.0.0.0/8, 192.168.0.0/16): `422 private_url`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Creating a subscription with `https://192.168.1.20/hook` returns `422 url_not_allowed`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The old receiver is still at `http://192.168.1.20/hook` if you want to look at it." }), EDGE)).toEqual(["private-link"]);
  });

  it("reads the Polish and Portuguese word 'nas' as no NAS", () => {
    expect(rulesAt(brief({ context: "To jest dla nas bardzo ważne, bo za brak faktury będą kary." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "The sample files are on the NAS under /finance/settlement." }), CONTEXT)).toEqual(["private-link"]);
  });
});

describe("session 10: a period named by what happens in it", () => {
  it("reads 'the pay period' and 'the same meal period' as spans the data gives, and 'after the review window' as a wait to set", () => {
    expect(rulesAt(brief({ edge: "- A second scan of the same badge in the same meal period is stored as `duplicate`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Worker joins mid-month: only days inside the employment period count." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Unanswered requests are approved automatically after the review window." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: fees left without their amount", () => {
  it("asks for the amount of 'we add a late fee', and not of 'no late fee' or 'any late fee is a separate row'", () => {
    const md = brief({ edge: "- If the customer pays late, we add a late fee." });
    expect(rulesAt(md, EDGE)).toEqual(["unquantified"]);
    expect(check(md).findings.find((f) => f.line === EDGE)?.message).toContain("give the amount");
    expect(rulesAt(brief({ edge: "- Customer extends before the due date: no late fee." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Any late fee is a separate row in `fines`." }), EDGE)).toEqual([]);
  });
});

describe("session 10: an order and a measured duration are not limits", () => {
  it("reads 'newest first' and 'the newest listings' as an order, 'prep time' as a measured value, and 'recent listings' as an age to give", () => {
    expect(rulesAt(brief({ edge: "- `q` empty and no filters: return the newest listings." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- ETA = remaining prep time + rider travel time to the restaurant." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- `q` empty and no filters: return recent listings." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: a guess about the data", () => {
  it("reads 'are probably duplicates: flag them' as a guess the line handles, and 'should probably be supported' as doubt", () => {
    expect(rulesAt(brief({ edge: "- Two payments for the same member within 10 minutes are probably duplicates: flag them." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Download of the whole gallery as a ZIP should probably be supported." }), EDGE)).toEqual(["open-question"]);
  });
});

describe("session 10: 'our workshop' as a place, 'our planning' as a tool", () => {
  it("reads 'to order in our workshop in Takayama' as a place, and 'as agreed in our workshop' as a meeting", () => {
    expect(rulesAt(brief({ context: "We build chairs to order in our workshop in Takayama." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Each morning I make the routes in our planning program and print a sheet per driver." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Missing hours: fill them as agreed in our workshop." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 10: 'lower' and 'higher' comparing two values in a condition", () => {
  it("reads '`short_paid` when the file amount is lower' as a comparison, and 'the yield is lower, so check it' as a level to give", () => {
    expect(rulesAt(brief({ edge: "- Set `cod_status` to `short_paid` when the file amount is lower, `over_paid` when it is higher." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- For fillet the yield is lower, so also check the ratio." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: compared against a limit, not asking for one", () => {
  it("reads 'a claim above a limit is still accepted' as one of the brief's limits, and 'up to a limit' as a limit left out", () => {
    expect(rulesAt(brief({ edge: "- Meals up to 40 EUR per day; a claim above a limit is still accepted but marked `over_limit`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Accept late updates up to a limit; older ones go to manual review." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: temperature scales and a law's number", () => {
  it("reads 'set to Celsius' and 'Directive 2003/88/EC' as public, and 'the Kelvin cluster' as a code name", () => {
    expect(rulesAt(brief({ context: "The loggers on our routes are set to Celsius." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The EU Working Time Directive 2003/88/EC requires 11 hours of rest between shifts." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "Processed data goes to the Kelvin cluster for the models." }), CONTEXT)).toEqual(["undefined-term"]);
  });
});

describe("session 10: who acts in a place, and a record posted twice", () => {
  it("reads 'our buyer in Liwa decides the price' and '- Inspection posted twice: `409`' as no source, and 'Priya decided the price' as one", () => {
    expect(rulesAt(brief({ context: "Every morning our buyer in Liwa decides the price we pay that day, per kilogram." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Inspection posted twice for the same core: `409`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The price follows the rule Priya decided last spring." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 10: 'batched' as a state", () => {
  it("reads 'Non-alarm readings can stay batched' as how they travel, and 'send them in batches' as a size to give", () => {
    expect(rulesAt(brief({ edge: "- Non-alarm readings can stay batched; alarms go out one by one." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send the SMS in batches so the operators do not block us." }), EDGE)).toEqual(["unquantified"]);
  });
});

describe("session 10: advice given once, a check someone made, a pastor", () => {
  it("reads 'the way our CA suggested', 'the colour check Lars made' and 'like Pastor Davis described' as sources, and 'the way the table below shows' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- Rounding: do it the way our CA suggested." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- For counting the colours use the colour check Lars made last year." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Security codes should work like Pastor Davis described on Sunday." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Rounding: do it the way the table below shows, half up to the cent." }), EDGE)).toEqual([]);
  });
});

describe("session 10: more Indonesian and Italian function words", () => {
  it("flags 'Harga ditampilkan dalam rupiah tanpa desimal.' and 'Bagaimana kalau stasiun offline seharian?', not 'per day' in English", () => {
    expect(rulesAt(brief({ context: "Harga ditampilkan dalam rupiah tanpa desimal." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Bagaimana kalau stasiun offline seharian?" }), EDGE)).toContain("non-english");
    expect(rulesAt(brief({ context: "Prices are shown per day, in rupiah, without decimals." }), CONTEXT)).toEqual([]);
  });
});

describe("session 10: meetings to come, API calls, records posted out of order", () => {
  it("reads 'the board decides at the October meeting' and 'in March makes the call return `422`' as no past meeting, and 'as discussed at the October meeting' as one", () => {
    expect(rulesAt(brief({ edge: "- Send time of day: the board decides at the October meeting; until then 09:00." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- A carcass without grade in March makes the call return `422 missing_grade`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Send time of day: as discussed at the October meeting." }), EDGE)).toEqual(["shared-context"]);
  });

  it("reads '- Entries posted out of order are stored' as records, not a person's act", () => {
    expect(rulesAt(brief({ edge: "- Entries posted out of order are stored and sorted by odometer." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a conversation held on a chat tool", () => {
  it("reports 'like we talked about on Teams last week' once, as shared context, and 'agreed in #sec-privacy on Slack' as a private link", () => {
    expect(rulesAt(brief({ edge: "- Stream the rows as they are read, like we talked about on Teams last week." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The pattern list was agreed in #sec-privacy on Slack." }), EDGE)).toContain("private-link");
  });
});

describe("session 10: 'as discussed' in other languages", () => {
  it("reads 'wie besprochen' and 'como combinado com a Joana' as shared context, and a stated refund as none", () => {
    expect(rulesAt(brief({ edge: "- Cancelled later than that: partial refund, como combinado com a Joana." }), EDGE)).toContain("shared-context");
    expect(rulesAt(brief({ context: "Quick one, wie besprochen." }), CONTEXT)).toContain("shared-context");
    expect(rulesAt(brief({ edge: "- Cancelled later than that: partial refund of 50%." }), EDGE)).toEqual([]);
  });
});

describe("session 10: what someone said, and another brief", () => {
  it("reads 'follow what she said' and 'as described in the separate gate-scan brief' as sources, and 'as described in the API section' as this brief", () => {
    expect(rulesAt(brief({ edge: "- Our accountant explained the retention rules on the phone, so follow what she said." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The gate service works as described in the separate gate-scan brief we sent last week." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- The gate service works as described in the API section of this brief." }), EDGE)).toEqual([]);
  });
});

describe("session 10: 'correct' beside a frequency word", () => {
  const AC = 17;
  it("reads 'The monthly report is correct.' as uncheckable, and 'The monthly report for March lists 14 rows.' as checkable", () => {
    expect(rulesAt(brief({ ac: "- The monthly report is correct." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The monthly report for March lists 14 rows." }), AC)).toEqual([]);
  });
});

describe("session 10: a quality word used as a noun after 'per' or 'each'", () => {
  it("reads 'The cut-off applies per fair' as the noun, and 'The split must be fair' as a quality", () => {
    expect(rulesAt(brief({ edge: "- The cut-off applies per fair; every fair from 2025 on has `build_up_start`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ edge: "- The split between the two halls must be fair." }), EDGE)).toEqual(["vague-term"]);
  });
});

describe("session 10: doubt and function words in more languages", () => {
  it("keeps 'Apakah …? Saya belum yakin.' open, and flags a Danish and an Estonian line", () => {
    expect(rulesAt(brief({ edge: "- Apakah increment juga berlaku untuk proxy bid? Saya belum yakin." }), EDGE)).toContain("open-question");
    expect(rulesAt(brief({ edge: "- Filen flyttes til done-mappen inden for 2 minutter." }), EDGE)).toEqual(["non-english"]);
    expect(rulesAt(brief({ context: "Saartele, kuhu pääseb ainult praamiga, me ei vea, isegi kui kaugus sobib." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- The file is moved to the done folder within 2 minutes." }), EDGE)).toEqual([]);
  });
});

describe("session 10: more precedents: a title before the name, how we handle another case, last harvest", () => {
  it("reads 'same as Pak Dedi does it now', 'same as we handle in-shop no-shows' and 'like last harvest' as practice never shown, and 'same as the table above' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- No answer by 20:00: move them to Batu Karas, same as Pak Dedi does it now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Customer not at home: rebooked automatically, same as we handle in-shop no-shows." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Rapeseed bookings are handled like last harvest." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Customer not at home: rebooked automatically, same as in the table above." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a figure does not measure a manner", () => {
  it("flags 'names up to 60 characters must wrap properly' and 'degrade gracefully for queries over 60 seconds', not 'fast: p95 under 200 ms'", () => {
    expect(rulesAt(brief({ edge: "- Production names up to 60 characters must wrap properly in the header." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The v1 endpoint should degrade gracefully for queries over 60 seconds." }), EDGE)).toEqual(["vague-term"]);
    expect(rulesAt(brief({ edge: "- The search must be fast: p95 under 200 ms." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a rule taken from an old version", () => {
  it("reads 'Use the rounding from the old PHP module' as practice never shown, and 'Events imported from the old claims system' as data", () => {
    expect(rulesAt(brief({ edge: "- Use the rounding from the old PHP module, it was validated by our accountant." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Events imported from the old claims system in 2022 already have distinct timestamps." }), EDGE)).toEqual([]);
  });
});

describe("session 10: an appearance compared with what the brief does not show", () => {
  const AC = 17;
  it("reads 'Tickets look like the current ones.' as uncheckable, and 'Tickets match the sample PDF in the repo' as checkable", () => {
    expect(rulesAt(brief({ ac: "- Tickets look like the current ones." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Tickets match `fixtures/ticket-sample.pdf` field by field." }), AC)).toEqual([]);
  });
});

describe("session 10: a basecamp, and readings posted late", () => {
  it("reads 'from our basecamp below the summit' as a place and 'in our Basecamp' as a private tool", () => {
    expect(rulesAt(brief({ context: "The tour starts at 04:00 from our basecamp below the summit." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ context: "The itinerary is in our Basecamp." }), CONTEXT)).toEqual(["private-link"]);
  });

  it("reads '- Readings posted 3 hours late produce no message.' as records", () => {
    expect(rulesAt(brief({ edge: "- Readings posted 3 hours late produce no message." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a borrowed word repeated is one sign of another language", () => {
  it("reads 'integers in øre (1 DKK = 100 øre)' as English, and 'Kommunerne skal have besked senest 24 timer før afgang' as Danish", () => {
    expect(rulesAt(brief({ api: "All amounts are integers in øre (1 DKK = 100 øre), including 25% VAT (value added tax). Days are calendar days in Danish time (Europe/Copenhagen)." }), 9)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Kommunerne skal have besked senest 24 timer før afgang, politiet senest 48 timer før." }), EDGE)).toEqual(["non-english"]);
  });
});

describe("session 10: 'the correct' in acceptance criteria", () => {
  const AC = 17;
  it("reads 'Buyer sees the correct price.' as uncheckable, and 'shows the correct total `1,250`' as anchored", () => {
    expect(rulesAt(brief({ ac: "- Buyer sees the correct price." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Commuters are not charged unfairly." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- For the sample cart the page shows the correct total `1,250`." }), AC)).toEqual([]);
  });
});

describe("session 10: someone's own way, and a file known by whose it is", () => {
  it("reads 'do it like Pak Joko plans it now' and 'like in the spreadsheet of Pak Rudi' as practice never shown, and 'like the table below' as the brief's own", () => {
    expect(rulesAt(brief({ edge: "- If one jeep picks up from 2 hotels, do it like Pak Joko plans it now." }), EDGE)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Late fees are calculated like in the spreadsheet of Pak Rudi." }), EDGE)).toContain("shared-context");
    expect(rulesAt(brief({ edge: "- If one jeep picks up from 2 hotels, order the stops like the table below." }), EDGE)).toEqual([]);
  });
});

describe("session 10: a problem that 'does not happen any more'", () => {
  const AC = 17;
  it("reads 'The double tap problem does not happen any more.' as uncheckable, and 'the job does not call the script any more' as a call to check", () => {
    expect(rulesAt(brief({ ac: "- The double tap problem does not happen any more." }), AC)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- After the switch, the nightly job does not call `export.sh` any more." }), AC)).toEqual([]);
  });
});
