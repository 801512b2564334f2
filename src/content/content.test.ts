// Loads the real content/ directory: a broken article or site.json fails `npm test` here.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countWords, loadArticles, relatedArticles } from "./articles.js";
import { loadSite } from "./site.js";

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));

describe("content/site.json", () => {
  const site = loadSite(contentDir);

  it("describes the company, its offices and the service", () => {
    expect(site.name).toBe("Clean Systems Consulting");
    expect(site.offices.map((o) => [o.name, o.timezone, o.workingHours.start, o.workingHours.end])).toEqual([
      ["Copenhagen", "Europe/Copenhagen", "09:00", "17:00"],
      ["Magelang", "Asia/Jakarta", "09:00", "17:00"],
    ]);
    expect(site.offices[0].address).toMatchObject({ street: "1 Carlsberg Gate", postalCode: "1260", country: "Denmark" });
    expect(site.offices[1].address).toMatchObject({ street: "12 Jalan Bligo", postalCode: "56485", country: "Indonesia" });
    expect(site.contractorRegions.map((r) => r.id)).toEqual(["US", "EU", "APAC"]);
    expect(site.service.name).toBe("Scale your backend");
    expect(site.service.offerings).toHaveLength(6);
  });

  it("gives each offering two or three sentences", () => {
    for (const o of site.service.offerings) {
      const sentences = o.copy.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, o.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, o.id).toBeLessThanOrEqual(3);
    }
  });
});

describe("content/articles", () => {
  const articles = loadArticles(contentDir);

  it("has at least six articles of 600–1200 words, dated in 2026, newest first", () => {
    expect(articles.length).toBeGreaterThanOrEqual(6);
    for (const a of articles) {
      const words = countWords(a.body);
      expect(words, a.slug).toBeGreaterThanOrEqual(600);
      expect(words, a.slug).toBeLessThanOrEqual(1200);
      expect(a.date.startsWith("2026-"), a.slug).toBe(true);
    }
    const dates = articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("contains no raw HTML in the Markdown bodies", () => {
    for (const a of articles) {
      const prose = a.body.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
      expect(prose, a.slug).not.toMatch(/<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i);
    }
  });

  it("varies authors and shares tags so related articles mean something", () => {
    expect(new Set(articles.map((a) => a.author)).size).toBeGreaterThanOrEqual(3);
    for (const a of articles) {
      const [first] = relatedArticles(articles, a.slug, 1);
      expect(first.tags.some((t) => a.tags.includes(t)), a.slug).toBe(true);
    }
  });
});
