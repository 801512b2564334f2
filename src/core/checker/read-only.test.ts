import { describe, expect, it } from "vitest";
import { readOnly } from "./read-only.js";

describe("readOnly (the benchmark's ceiling)", () => {
  it("counts the tokens of prose lines and headings, not of code", () => {
    // "# Context" → 1 word; "Refunds are fast." → 3 words and "."; the fenced line is code.
    expect(readOnly("# Context\n\nRefunds are fast.\n\n```\nnot prose here\n```\n")).toBe(5);
  });
  it("reads nothing in an empty brief", () => {
    expect(readOnly("")).toBe(0);
  });
});
