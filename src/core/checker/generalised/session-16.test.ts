/**
 * Behaviours added in session 16 after measuring the checker on independently written
 * briefs (test/fixtures/checker-unseen): each test pairs the smell with the
 * near-miss that must stay quiet, so a rule cannot pass by flagging more.
 */
import { describe, expect, it } from "vitest";
import { brief, rulesAt } from "../test-support.js";

const EDGE = 13;
const CONTEXT = 5;
const API = 9;

describe("session 16: an acronym inside prose in another language", () => {
  it("reports an Indonesian line with 'DP' as non-english alone", () => {
    expect(rulesAt(brief({ context: "Kalau pelanggan belum bayar DP dalam 1 jam setelah pesan, booking otomatis batal." }), CONTEXT)).toEqual(["non-english"]);
    expect(rulesAt(brief({ edge: "- Untuk siswa SMP dan SMA, kartu pelajar dari sekolah sudah cukup." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reports an acronym in the English sentence before the foreign one", () => {
    const md = brief({ context: "The ZRP ledger is exported nightly. Kalau pelanggan belum bayar dalam satu jam, booking otomatis batal dan lapangan dibuka lagi." });
    expect(rulesAt(md, CONTEXT)).toEqual(["non-english", "undefined-term"]);
  });
});

describe("session 16: 'Y/N' is two letters, not the Spanish 'y'", () => {
  it("reads a column list with '(Y/N)' flags as English", () => {
    expect(rulesAt(brief({ api: "Columns, in this order: `id`, `serious` (Y/N), `severity` (1–5, the grade), `amended` (Y/N)." }), API)).toEqual([]);
  });

  it("still reports a Spanish sentence joined by 'y'", () => {
    expect(rulesAt(brief({ api: "Los pedidos se cancelan y el cliente recibe un correo con el reembolso." }), API)).toEqual(["non-english"]);
  });
});

describe("session 16: a public page after a conversation", () => {
  it("reports 'As discussed with Mette' although the provider's public docs follow", () => {
    expect(rulesAt(brief({ api: "As discussed with Mette on Tuesday, the deposit goes through MobilePay (docs: https://developer.vippsmobilepay.com/docs/)." }), API)).toEqual(["shared-context"]);
  });

  it("still reads a format documented on a public page as written down", () => {
    expect(rulesAt(brief({ api: "Webhooks use the same format as our payment webhooks (public docs: https://docs.example.com/webhooks)." }), API)).toEqual([]);
  });
});

describe("session 16: handled like the other things of its kind, through a named system", () => {
  it("leaves 'goes through Ikada, like the other cancellations' to the system's name", () => {
    expect(rulesAt(brief({ edge: "- Stock release goes through Ikada, like the other cancellations." }), EDGE)).toEqual(["undefined-term"]);
  });

  it("still reports 'stored like the other Cloudflare secrets', where the others' way is the gap", () => {
    expect(rulesAt(brief({ edge: "- Purge credentials: an API token stored like the other Cloudflare secrets." }), EDGE)).toEqual(["shared-context"]);
  });
});

describe("session 16: 'so you know' tells the reader now", () => {
  it("reads 'it is here only so you know what the sailmaker sees' as told in the brief", () => {
    expect(rulesAt(brief({ api: "The backend does not send this text; it is here only so you know what the sailmaker sees." }), API)).toEqual([]);
  });

  it("still reports 'you know the one'", () => {
    expect(rulesAt(brief({ api: "Use the same layout as the 2023 statements, you know the one." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 16: 'calls' as the verb of a relative clause", () => {
  it("reads 'an endpoint that the form on our website calls' as a call to the endpoint", () => {
    expect(rulesAt(brief({ context: "We want an endpoint that the form on our website calls, so the owner sees a price." }), CONTEXT)).toEqual([]);
  });

  it("still reports a decision from our calls", () => {
    expect(rulesAt(brief({ context: "The price rules were settled on our calls last week." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 16: a capitalised '-ed' word goes on with a name", () => {
  it("reads 'the Rijksdienst voor het Cultureel Erfgoed' as an organisation, not a person who 'erfgoed'", () => {
    expect(rulesAt(brief({ context: "Most towers are registered with the Rijksdienst voor het Cultureel Erfgoed (RCE, the Dutch heritage agency)." }), CONTEXT)).toEqual([]);
  });

  it("still reports a name and its past-tense verb", () => {
    expect(rulesAt(brief({ context: "Keep the canary process that Ines documented for the gateway." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 16: 'per' beside another language's function words", () => {
  it("reads an Italian line with 'per' as Italian", () => {
    expect(rulesAt(brief({ edge: "- Il rimborso parziale per i corpi danneggiati lo decidiamo caso per caso." }), EDGE)).toEqual(["non-english"]);
  });

  it("still reads 'Payload per push: inn code, room type code, date' as English", () => {
    expect(rulesAt(brief({ api: "- Payload per push: inn code, room type code, date, free rooms (integer)." }), API)).toEqual([]);
  });
});

describe("session 16: a decision stated below, after an aside in parentheses", () => {
  it("reads 'Prices were agreed at the annual general meeting (AGM) in August:' and its list as written down", () => {
    const md = brief({ context: "Prices for 2024 were agreed at the annual general meeting (AGM) in August:\n\n- Member: 120 DKK\n- Guest: 150 DKK" });
    expect(rulesAt(md, CONTEXT)).toEqual([]);
  });

  it("still reports the meeting when nothing follows", () => {
    expect(rulesAt(brief({ context: "Prices for 2024 were agreed at the annual general meeting (AGM) in August." }), CONTEXT)).toEqual(["shared-context"]);
  });
});

describe("session 16: a device's own last sync", () => {
  it("reads 'since its last successful sync' as the device's last run", () => {
    expect(rulesAt(brief({ api: "The tablet sends all assessments created or changed since its last successful sync." }), API)).toEqual([]);
  });

  it("still reports a decision from the last sync meeting", () => {
    expect(rulesAt(brief({ api: "The payout rules were agreed in the last sync." }), API)).toEqual(["shared-context"]);
  });
});

describe("session 16: compared with a thing the brief's own section describes", () => {
  const withDrawSection = (edge: string): string =>
    `# Lottery\n\n## Context\n\nWe sell pre-orders by lottery.\n\n## API\n\n### Draw\n\nThe draw picks applications in a random order until the stock is gone.\n\n## Edge cases\n\n${edge}\n\n## Acceptance criteria\n\n- A draw over 10 applications for 5 bottles marks 5 \`won\`.\n`;
  const lineOf = (md: string, text: string): number => md.split("\n").findIndex((l) => l.includes(text)) + 1;

  it("reads 'same rules as the main draw' as the '### Draw' section", () => {
    const md = withDrawSection("- Waitlist draw: same rules as the main draw, over the `lost` applications.");
    expect(rulesAt(md, lineOf(md, "Waitlist draw"))).toEqual([]);
  });

  it("still reports 'same rules as the main draw' in a brief without such a section", () => {
    expect(rulesAt(brief({ edge: "- Waitlist draw: same rules as the main draw, over the `lost` applications." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reports a comparison whose noun phrase goes on past the section's name", () => {
    const md = withDrawSection("- Layout: same as the draw sheet from Pak Budi.");
    expect(rulesAt(md, lineOf(md, "Layout:"))).toEqual(["shared-context"]);
  });
});

describe("session 16: well-known acronyms and a public payment network", () => {
  it("reads DPI, UV, PVC, UIDs and Interac as known", () => {
    expect(rulesAt(brief({ edge: "- PNG logo under 300 DPI at print size: `422 logo_resolution_too_low`." }), EDGE)).toEqual([]);
    expect(rulesAt(brief({ context: "Each depot keeps caps, PVC seals and UV lamps; both card UIDs are stored." }), CONTEXT)).toEqual([]);
    expect(rulesAt(brief({ edge: "- Paid by Interac e-Transfer instead of card: no Stripe refund." }), EDGE)).toEqual([]);
  });

  it("still asks what an in-house acronym is", () => {
    expect(rulesAt(brief({ edge: "- Repeated alerts: send them to the PKR queue." }), EDGE)).toEqual(["undefined-term"]);
  });
});

describe("session 16: who knows the answer", () => {
  it("reports 'the crew knows it', 'the kitchen admin knows the steps' and 'Pak Darto in finance knows it'", () => {
    expect(rulesAt(brief({ api: "Also show the stock count per barn, the crew knows it." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "Set up the holiday period, the kitchen admin knows the steps." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ api: "For the mutation format, Pak Darto in finance knows it." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Urgent cases: Dolores at the Mesa clinic knows which patients that means." }), EDGE)).toEqual(["shared-context"]);
  });

  it("leaves what the product will tell someone, and the system's own state, alone", () => {
    expect(rulesAt(brief({ api: "Record each boarding, so the transport office knows who used the bus." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "After login the app knows which outlet the cashier works at." }), API)).toEqual([]);
  });
});

describe("session 16: a titled owner's file inside a comparison", () => {
  it("reports 'the same rule as Mr. Kato's spreadsheet' as the comparison, not the file as a link", () => {
    expect(rulesAt(brief({ api: "Quote price calculation follows the same rule as Mr. Kato's spreadsheet." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ edge: "- Amounts must be formatted the same way as in Bu Dewi's Excel." }), EDGE)).toEqual(["shared-context"]);
  });

  it("still reports a titled owner's file named without a comparison as a link", () => {
    expect(rulesAt(brief({ api: "The price list is in Bu Dewi's Excel." }), API)).toEqual(["private-link"]);
  });
});

describe("session 16: 'as we talked', 'as we showed you'", () => {
  it("reports talk that happened", () => {
    expect(rulesAt(brief({ api: "Assignment rules are as we talked in the office on Monday." }), API)).toEqual(["shared-context"]);
    expect(rulesAt(brief({ context: "Zone borders on the sand are the same as we showed you at the site visit." }), CONTEXT)).toEqual(["shared-context"]);
  });

  it("leaves a pointer into the brief, and 'as we talk to the provider' in the present, alone", () => {
    expect(rulesAt(brief({ api: "We sign every request, as the table below shows." }), API)).toEqual([]);
    expect(rulesAt(brief({ api: "Retries are safe as we talk to the provider with an idempotency key." }), API)).toEqual([]);
  });
});

describe("session 16: 'like Pak Darto tells it now'", () => {
  it("reports what someone tells as the model", () => {
    expect(rulesAt(brief({ edge: "- The message text should be like Pak Darto tells it now." }), EDGE)).toEqual(["shared-context"]);
  });

  it("leaves a provider's public docs as the model alone", () => {
    expect(rulesAt(brief({ edge: "- Verify signatures as the provider's public docs describe." }), EDGE)).toEqual([]);
  });
});

describe("session 16: someone's taste or an authority's decision as the criterion", () => {
  it("reports 'The office likes the proposal', 'Regulars like the new pass', 'The inspector approves the report'", () => {
    expect(rulesAt(brief({ ac: "- The office likes the proposal." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- Regulars like the new pass." }), 17)).toEqual(["untestable-criterion"]);
    expect(rulesAt(brief({ ac: "- The inspector approves the report." }), 17)).toEqual(["untestable-criterion"]);
  });

  it("leaves a system that accepts a payload alone", () => {
    expect(rulesAt(brief({ ac: "- The API accepts the payload and returns `201`." }), 17)).toEqual([]);
  });
});

describe("session 16: a reminder's lead time, not another deadline's", () => {
  it("asks how long before the party when the brief's only figure times the cancellation", () => {
    const md = brief({ api: "Parents can cancel free of charge until 48 hours before the party.", edge: "- Send reminder emails to the parent before the party." });
    expect(rulesAt(md, EDGE)).toEqual(["unquantified"]);
  });

  it("reads 'remind the evening before the new date' as timed", () => {
    expect(rulesAt(brief({ edge: "- Pickup moved because of a holiday: remind the evening before the new date." }), EDGE)).toEqual([]);
  });

  it("still reads the reminder's lead time given on another line", () => {
    const md = brief({ api: "Reminders go out 2 days before the party.", edge: "- Send reminder emails to the parent before the party." });
    expect(rulesAt(md, EDGE)).toEqual([]);
  });
});

describe("session 16: 'knows' closing its sentence", () => {
  it("reports 'the crew knows.' as it reports 'the crew knows it.'", () => {
    expect(rulesAt(brief({ api: "Also show the stock count per barn; the crew knows." }), API)).toEqual(["shared-context"]);
  });

  it("leaves a product that knows its own state alone", () => {
    expect(rulesAt(brief({ api: "After login the app knows." }), API)).toEqual([]);
  });
});
