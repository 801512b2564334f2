import { describe, expect, it } from "vitest";
import { check } from "./index.js";
import { brief } from "./test-support.js";
import { criterionHash, fnv1a, normaliseCriterion } from "./criteria.js";

const ac = "- `GET /a` returns `200`.\n- `GET /b` returns `404`.\n  - and logs `b_missing`.\n- `GET /a` returns `200`.";

describe("criteria", () => {
  it("lists acceptance-criteria items with lines, joining nested items", () => {
    const { criteria } = check(brief({ ac }));
    expect(criteria.map((c) => [c.line, c.text])).toEqual([
      [17, "`GET /a` returns `200`."],
      [18, "`GET /b` returns `404`. and logs `b_missing`."],
      [20, "`GET /a` returns `200`."],
    ]);
  });

  it("derives ids from the item text and suffixes repeats", () => {
    const { criteria } = check(brief({ ac }));
    const base = "ac-" + fnv1a(normaliseCriterion("`GET /a` returns `200`."));
    expect(criteria[0].id).toBe(base);
    expect(criteria[2].id).toBe(`${base}-2`);
    expect(criteria[0].id).toMatch(/^ac-[0-9a-f]{8}$/);
  });

  it("keeps ids when other parts of the brief or other items change", () => {
    const before = check(brief({ ac })).criteria;
    const edited = ac.replace("`404`", "`410`").replace("- `GET /a`", "-   `GET /a`");
    const after = check(brief({ context: "A longer context.\n\nWith two paragraphs.", ac: edited })).criteria;
    expect(after[0].id).toBe(before[0].id);
    expect(after[1].id).not.toBe(before[1].id);
  });

  it("ignores case, spacing and a trailing period", () => {
    expect(normaliseCriterion("  GET /a   Returns 200. ")).toBe("get /a returns 200");
  });

  it("takes paragraphs as items when the section has no list", () => {
    const { criteria } = check(brief({ ac: "`GET /a` returns `200`\nwith an empty body.\n\n`GET /b` returns `404`." }));
    expect(criteria.map((c) => c.line)).toEqual([17, 20]);
    expect(criteria[0].text).toBe("`GET /a` returns `200` with an empty body.");
  });

  it("hashes an item's text as fnv1a of its normalised form, without building it", () => {
    const texts = ["", " . ; ", "Done.", "A  b\t.c ;", "x .. y..", "Ends ; . ", "¥ 500 — OK", "İstanbul ÉTÉ", "\u00a0a\u00a0", "日本 TBD."];
    for (const t of texts) expect(criterionHash(t)).toBe(fnv1a(normaliseCriterion(t)));
  });
});
