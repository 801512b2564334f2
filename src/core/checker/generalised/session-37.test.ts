/**
 * Behaviours added in session 37 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen, round 346): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const AC = 17;

describe("session 37: a capitalised verb goes on with an organisation's name", () => {
  it("stays quiet on 'Hartley & Vale Signs' and 'Eko Outdoor & Signs Ltd'", () => {
    expect(rulesAt(brief({ context: "We're a two-person sign-writing studio in Bristol (Hartley & Vale Signs)." }), 5)).toEqual([]);
    expect(rulesAt(brief({ context: "Eko Outdoor & Signs Ltd builds and manages roadside billboards in Lagos." }), 5)).toEqual([]);
  });

  it("still reports a person's approval written with a lower-case verb", () => {
    expect(rulesAt(brief({ context: "The refund stays on hold until Dr. Olsen signs off." }), 5)).toEqual(["shared-context"]);
  });
});

describe("session 37: a reference whose literal follows its colon", () => {
  it("stays quiet when a code span after the colon gives the text itself", () => {
    expect(rulesAt(brief({ context: "The checkbox text on the form is given by our lawyer and must be exactly: `Ich habe die Regeln gelesen.`" }), 5)).toEqual([]);
  });

  it("still reports the reference when the code span after the colon is a status, the case's outcome", () => {
    expect(rulesAt(brief({ edge: "- A stop on a snow-day route from the list Dariusz keeps: `404` with `code: no_service_today`." }), 13)).toEqual(["shared-context"]);
  });
});

describe("session 37: 'the same … as the first time' in a line about repeated calls", () => {
  it("stays quiet on 'Return `200` with the same body as the first time and store nothing'", () => {
    expect(rulesAt(brief({ edge: "- Duplicate passing: the PC resends on errors. Return `200` with the same body as the first time and store nothing." }), 13)).toEqual([]);
  });

  it("still reports the first time as an occasion someone remembers", () => {
    expect(rulesAt(brief({ context: "The export should give the same result as the first time we ran it." }), 5)).toEqual(["shared-context"]);
  });
});

describe("session 37: scaling with growth names no load", () => {
  it("reports 'The register should scale as we grow'", () => {
    expect(rulesAt(brief({ context: "The register should scale as we grow." }), 5)).toEqual(["vague-term"]);
  });

  it("stays quiet on 'scale' followed by what is scaled", () => {
    expect(rulesAt(brief({ context: "The nightly job scales counts back to the base unit." }), 5)).toEqual([]);
  });
});

describe("session 37: a short criterion that ends on 'works'", () => {
  it("reports 'Monthly reminder works.': the frequency names the feature and checks nothing", () => {
    expect(rulesAt(brief({ ac: "- Monthly reminder works." }), AC)).toEqual(["untestable-criterion"]);
  });

  it("stays quiet on the noun and on a state after a case", () => {
    expect(rulesAt(brief({ ac: "- `format=pdf` for the same concert returns a PDF of 1 page that lists the same 3 works." }), AC)).toEqual([]);
    expect(rulesAt(brief({ ac: "- Invalid signature → `401` and the token still works." }), AC)).toEqual([]);
  });
});

describe("session 37: 'about to expire' leaves how soon open", () => {
  it("reports 'lists the permits that are about to expire'", () => {
    expect(rulesAt(brief({ api: "- `GET /permits/due` lists the permits that are about to expire, soonest first." }), 9)).toEqual(["unquantified"]);
  });

  it("stays quiet when the window is given", () => {
    expect(rulesAt(brief({ api: "- `GET /permits/due` lists the permits that expire within 30 days, soonest first." }), 9)).toEqual([]);
  });
});

describe("session 37: HDMI is a public acronym", () => {
  it("stays quiet on 'the screens show the timing window by HDMI'", () => {
    expect(rulesAt(brief({ context: "Now the lobby screens show the timing software window directly by HDMI from the race PC." }), 5)).toEqual([]);
  });
});

describe("session 37: COVID is a public acronym", () => {
  it("stays quiet on 'mostly after COVID'", () => {
    expect(rulesAt(brief({ context: "We rent oxygen concentrators to families, mostly after COVID or for old people." }), 5)).toEqual([]);
  });
});

describe("session 37: 'the usual' step named by a code span right after it", () => {
  it("stays quiet on 'goes through the usual payment step, `POST /api/bookings` with the `offer_id`'", () => {
    expect(rulesAt(brief({ api: "- Accepting an offer goes through the usual payment step, `POST /api/bookings` with the `offer_id`." }), 9)).toEqual([]);
  });

  it("still reports 'the usual payment step' with nothing after it", () => {
    expect(rulesAt(brief({ api: "- Accepting an offer goes through the usual payment step." }), 9)).toEqual(["shared-context"]);
  });
});

describe("session 37: 'by a lot' and 'much smaller than usual' leave the size out", () => {
  it("reports 'A cost that goes up by a lot' and 'The feed is much smaller than usual'", () => {
    expect(rulesAt(brief({ edge: "- A cost that goes up by a lot is not applied automatically; a buyer approves it." }), 13)).toEqual(["unquantified"]);
    expect(rulesAt(brief({ edge: "- The feed is much smaller than usual: keep the stock as it is." }), 13)).toEqual(["unquantified"]);
  });

  it("stays quiet when the size is given", () => {
    expect(rulesAt(brief({ edge: "- A cost that goes up by more than 20 % is not applied automatically; a buyer approves it." }), 13)).toEqual([]);
  });
});

describe("session 37: 'the same way as our own'", () => {
  it("stays quiet on 'handled in the same way as our own'", () => {
    expect(rulesAt(brief({ api: "- Partner reservations must be handled in the same way as our own." }), 9)).toEqual([]);
  });

  it("still reports 'the same rules as our old app'", () => {
    expect(rulesAt(brief({ api: "- Use the same rules as our old app." }), 9)).toEqual(["shared-context"]);
  });
});

describe("session 37: how often the world changes is not a schedule", () => {
  it("stays quiet on 'The breed list changes from time to time; reception must be able to edit it'", () => {
    expect(rulesAt(brief({ api: "- The breed list changes from time to time; reception must be able to edit it." }), 9)).toEqual([]);
  });

  it("still reports a change the system makes for a purpose", () => {
    expect(rulesAt(brief({ api: "- The member code changes regularly so that a screenshot cannot be reused." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 37: a figure cited 'per our' document", () => {
  it("stays quiet on '(junior karts are 8+ per our insurance)'", () => {
    expect(rulesAt(brief({ edge: "- Birthday kid under 8: `422 too_young` (junior karts are 8+ per our insurance)." }), 13)).toEqual([]);
  });

  it("still reports 'per our insurance' with no rule written", () => {
    expect(rulesAt(brief({ edge: "- Birthday kid too young: `422 too_young`, per our insurance." }), 13)).toEqual(["shared-context"]);
  });
});

describe("session 37: 'with the right OTP' names the case's input", () => {
  it("stays quiet on 'A shared link with the right OTP returns the PDF of that report'", () => {
    expect(rulesAt(brief({ ac: "- A shared link with the right OTP returns the PDF of that report and of no other." }), AC)).toEqual([]);
  });

  it("still reports 'has the right totals', the outcome itself", () => {
    expect(rulesAt(brief({ ac: "- The export has the right totals." }), AC)).toEqual(["untestable-criterion"]);
  });
});

describe("session 37: the writer's team asking another party to act, and users logging in with their accounts", () => {
  it("stays quiet on 'For every launch we ask AirNav Indonesia to publish a NOTAM'", () => {
    expect(rulesAt(brief({ context: "For every launch we ask AirNav Indonesia to publish a notice for the danger area." }), 5)).toEqual([]);
  });

  it("stays quiet on 'Jury members log in with the same accounts as the staff portal'", () => {
    expect(rulesAt(brief({ context: "Jury members log in with the same accounts as the staff portal." }), 5)).toEqual([]);
  });

  it("still reports 'ask Kenji' and a service's account shared with another project", () => {
    expect(rulesAt(brief({ context: "If the notice is unclear, ask Kenji." }), 5)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "SMS provider: Zenziva, same account as the other project." }), 5)).toEqual(["shared-context"]);
  });
});

describe("session 37: a private place and a person to ask in two sentences are two problems", () => {
  it("reports both in 'Points rules are in the loyalty doc on the shared drive. Ask Dana in marketing if anything's unclear.'", () => {
    expect(rulesAt(brief({ context: "Points rules are in the loyalty doc on the shared drive. Ask Dana in marketing if anything's unclear." }), 5)).toEqual(["private-link", "shared-context"]);
  });

  it("keeps one finding when the thing sits in the place, in one sentence", () => {
    expect(rulesAt(brief({ context: "The paper form we use now is in our Google Drive folder." }), 5)).toEqual(["private-link"]);
  });
});

describe("session 37: 'capped at the …' names the cap", () => {
  it("stays quiet on 'capped at the hire price of that costume' and 'capped at the cart subtotal'", () => {
    expect(rulesAt(brief({ api: "- Late fee is £8 per costume per started day late, capped at the hire price of that costume." }), 9)).toEqual([]);
    expect(rulesAt(brief({ api: "- Credit applied is capped at the cart subtotal; the rest stays for the next order." }), 9)).toEqual([]);
  });

  it("still reports a cap with nothing named", () => {
    expect(rulesAt(brief({ api: "- Credit applied to one order is capped." }), 9)).toEqual(["unquantified"]);
  });
});

describe("session 37: a thing settled with a named person", () => {
  it("reports 'billed at the rates discussed with Marco' and 'the price agreed with Sigrun'", () => {
    expect(rulesAt(brief({ api: "- Shipping between stops is billed per move, at the rates discussed with Marco." }), 9)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "- Hire is charged at the price agreed with Sigrun." }), 9)).toEqual(["shared-context"]);
  });

  it("stays quiet when what was agreed follows", () => {
    expect(rulesAt(brief({ api: "- Rates agreed with Marco: `42.00` EUR per move between stops." }), 9)).toEqual([]);
  });
});

describe("session 37: a question followed by 'We must decide' or 'We wait for …' stays open", () => {
  it("reports '…: do we keep the edited drafts or overwrite them? We must decide.'", () => {
    expect(rulesAt(brief({ edge: "- Draft edited, then run again: do we keep the edited drafts or overwrite them? We must decide." }), 13)).toEqual(["open-question"]);
    expect(rulesAt(brief({ edge: "- Canal closed: does the skipper get the money back automatically, or only on request? We wait for the decision of the legal department." }), 13)).toEqual(["open-question"]);
  });

  it("stays quiet when the sentence after the question answers it", () => {
    expect(rulesAt(brief({ edge: "- Draft edited, then run again: do we keep the edited drafts or overwrite them? We keep them: `409 draft_edited`." }), 13)).toEqual([]);
  });
});

describe("session 37: a 'whether' clause after the case's colon that the writer calls not clear", () => {
  it("reports 'Empty vessels going back downstream: whether they need a slot is still not clear to us.'", () => {
    expect(rulesAt(brief({ edge: "- Empty vessels going back downstream: whether they need a slot is still not clear to us." }), 13)).toEqual(["open-question"]);
  });

  it("stays quiet when the sentence answers it", () => {
    expect(rulesAt(brief({ edge: "- Empty vessels going back downstream: whether they need a slot depends on `vessel.loaded`." }), 13)).toEqual([]);
  });
});

describe("session 37: an attachment the product must not send", () => {
  it("stays quiet on 'The zip is never attached to the email'", () => {
    expect(rulesAt(brief({ api: "- When a pack is ready, email the download link. The zip is never attached to the email (packs are often over 1 GB)." }), 9)).toEqual([]);
  });

  it("still reports 'the spec is attached to the email'", () => {
    expect(rulesAt(brief({ api: "- The field list is attached to the email." }), 9)).toEqual(["private-link"]);
  });
});

describe("session 37: an offline copy is not a cache whose entries expire", () => {
  it("stays quiet on 'The board is cached on the tablet so it still shows when the wifi drops'", () => {
    expect(rulesAt(brief({ api: "- The board is cached on the tablet so it still shows when the wifi in the arrivals hall drops." }), 9)).toEqual([]);
  });

  it("still reports 'Responses are cached.'", () => {
    expect(rulesAt(brief({ api: "- Responses from the rates service are cached." }), 9)).toEqual(["unquantified"]);
  });
});
