import { describe, expect, it } from "vitest";
import { findMentionSpans, findMentions, mentionHandles } from "./mentions.js";

const PEOPLE = [
  { id: "yamada", name: "山田太郎", email: "yamada@sakura-payments.example" },
  { id: "dewi", name: "Dewi Lestari", email: "dewi@cleansystems.example" },
  { id: "aiko", name: "Aiko Tanaka", email: "aiko@sakura-payments.example" },
  { id: "aiko2", name: "Aiko Sato", email: "a.sato@sakura-payments.example" },
  { id: "zoe", name: "Zoë Ångström", email: "zoe@example.com" },
];

describe("@mentions", () => {
  it("matches a display name, an e-mail local part, case-insensitively and in any script", () => {
    expect(findMentions("@Dewi Lestari please look", PEOPLE)).toEqual(["dewi"]);
    expect(findMentions("cc @DEWI and @a.sato", PEOPLE)).toEqual(["dewi", "aiko2"]);
    expect(findMentions("@山田太郎さん、確認お願いします", PEOPLE)).toEqual(["yamada"]);
    expect(findMentions("thanks @zoë ångström!", PEOPLE)).toEqual(["zoe"]);
    expect(findMentions("@yamada: done", PEOPLE)).toEqual(["yamada"]);
  });

  it("leaves addresses, unknown names, longer words and shared first names alone", () => {
    expect(findMentions("mail dewi@cleansystems.example or x.@dewi", PEOPLE)).toEqual([]);
    expect(findMentions("@freja @dewis @dewi.lestari @dewi_x", PEOPLE)).toEqual([]);
    // Two people are called Aiko: the first name is nobody's handle, so "@Aiko" is Aiko Tanaka's address local part only.
    expect(findMentions("@Aiko", PEOPLE)).toEqual(["aiko"]);
    expect(mentionHandles(PEOPLE).filter((h) => h.userId === "aiko2").map((h) => h.handle)).toEqual(["aiko sato", "a.sato"]);
    expect(mentionHandles(PEOPLE).filter((h) => h.userId === "dewi").map((h) => h.handle)).toEqual(["dewi lestari", "dewi"]);
  });

  it("reports spans that cover the @ and the longest handle", () => {
    const text = "Hi @Dewi Lestari. And @dewi.";
    expect(findMentionSpans(text, PEOPLE).map((s) => text.slice(s.start, s.end))).toEqual(["@Dewi Lestari", "@dewi"]);
    expect(findMentions("@Dewi Lestari @dewi", PEOPLE)).toEqual(["dewi"]);
  });
});
