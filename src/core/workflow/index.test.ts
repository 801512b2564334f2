import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BRIEF_STATES, CANCELLABLE, TERMINAL, allowedTargets, checkMove, isReleaseRef, reviewOutcome, type BriefState, type Party } from "./index.js";

const PARTIES: Party[] = ["staff", "client", "contractor", "reviewer"];

describe("brief workflow table", () => {
  it("walks the happy path with the right parties", () => {
    const path: [BriefState, Party][] = [
      ["ready", "client"],
      ["in_progress", "contractor"],
      ["in_review", "contractor"],
      ["changes_requested", "reviewer"],
      ["in_review", "contractor"],
      ["accepted", "reviewer"],
      ["shipped", "client"],
    ];
    let s: BriefState = "draft";
    for (const [to, who] of path) {
      const r = checkMove(s, to, [who]);
      expect(r.ok, `${s} → ${to} by ${who}`).toBe(true);
      s = to;
    }
  });

  it("refuses moves outside the table and says what is allowed", () => {
    expect(checkMove("draft", "shipped", PARTIES)).toEqual({ ok: false, allowed: ["ready", "cancelled"] });
    expect(checkMove("ready", "in_progress", ["client"])).toEqual({ ok: false, allowed: ["cancelled"] });
    expect(checkMove("shipped", "cancelled", PARTIES)).toEqual({ ok: false, allowed: [] });
  });

  it("returns a ready brief to draft only as the system, never at a person's request", () => {
    expect(checkMove("ready", "draft", ["system"]).ok).toBe(true);
    for (const p of PARTIES) expect(checkMove("ready", "draft", [p]).ok, p).toBe(false);
    for (const s of BRIEF_STATES.filter((x) => x !== "ready")) expect(checkMove(s, "draft", ["system"]).ok, s).toBe(false);
    expect(allowedTargets("ready", PARTIES)).not.toContain("draft");
  });

  it("cancels from every state before shipped, never after", () => {
    for (const s of BRIEF_STATES) {
      expect(checkMove(s, "cancelled", ["staff"]).ok).toBe(CANCELLABLE.includes(s));
    }
    for (const s of TERMINAL) expect(allowedTargets(s)).toEqual([]);
  });

  it("never leaves the state set under random moves by random parties", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...BRIEF_STATES), fc.constantFrom(...PARTIES)), { maxLength: 60 }), (moves) => {
        let s: BriefState = "draft";
        for (const [to, who] of moves) {
          const r = checkMove(s, to, [who]);
          if (r.ok) {
            expect(allowedTargets(s, [who])).toContain(to);
            s = r.transition.to;
          } else {
            expect(r.allowed).not.toContain(to);
          }
          expect(BRIEF_STATES).toContain(s);
        }
      }),
    );
  });

  it("decides a review by its verdicts", () => {
    expect(reviewOutcome(["accepted", "accepted"])).toBe("accepted");
    expect(reviewOutcome(["accepted", "changes"])).toBe("changes_requested");
  });

  it("knows a release reference when it sees one", () => {
    for (const ok of ["v1.4.2", "https://github.com/acme/api/releases/tag/v2", "release/2026-05", "2026.05.01+build7"]) expect(isReleaseRef(ok), ok).toBe(true);
    for (const bad of ["", " ", "javascript:alert(1)", "ftp://x/y", "<script>", "-rm"]) expect(isReleaseRef(bad), bad).toBe(false);
  });
});
