/** Word lists written as whitespace-separated text, as every lexicon file writes them. */

/** The words of a list. */
export const words = (s: string): string[] => s.trim().split(/\s+/);

/** The words of a list, as a set. */
export const wordSet = (s: string): Set<string> => new Set(words(s));
