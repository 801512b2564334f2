import { describe, expect, it } from "vitest";
import { html, raw } from "./html.js";

describe("html", () => {
  it("escapes interpolated text", () => {
    expect(html`<p>${'<script>alert("x")</script>'}</p>`.value).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>");
  });
  it("keeps nested templates and raw markup", () => {
    const inner = html`<b>${"a&b"}</b>`;
    expect(html`<p>${inner}${raw("<i>x</i>")}</p>`.value).toBe("<p><b>a&amp;b</b><i>x</i></p>");
  });
  it("renders arrays and drops null, undefined and false", () => {
    expect(html`${["<", html`<br>`]}${null}${undefined}${false}`.value).toBe("&lt;<br>");
  });
  it("keeps non-ASCII text as typed", () => {
    expect(html`${"山田太郎"}`.value).toBe("山田太郎");
  });
});
