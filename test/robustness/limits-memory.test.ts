/**
 * Memory under hostile input: every per-input cache on the request path stays at its stated size
 * however many never-seen words arrive, and forgetting a word never changes its terms.
 */
import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { danishDictionary } from "../../core/search/danish-dictionary.ts";
import { englishTerm, maxRememberedTerms, rememberedTermCounts } from "../../core/search/language.ts";
import { createTermAnalyzer, maxCachedWords } from "../../core/search/term-analyzer.ts";
import { tokenize } from "../../core/search/tokenize.ts";

/**
 * The `n`-th word nobody has typed before: letters only. `compound` makes it long enough to be tried as
 * a compound (the costly path); the many words of the bounds test are kept short so that it runs quickly.
 */
function neverSeenWord(n: number, compound = false): string {
  const letters = [...n.toString(26)].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26)));
  return `qx${letters.join("")}${compound ? "bandekriminal" : ""}`;
}

function strategyAnalyzer() {
  const strategy = loadStrategy("content/strategi-2025");
  const words = strategy.items.flatMap((item) => item.paragraphs.flatMap((p) => tokenize(p.text)));
  return createTermAnalyzer(words, danishDictionary());
}

describe("per-input caches", () => {
  it("100,000 never-seen words leave the term and stem caches at their sizes", () => {
    const analyzer = strategyAnalyzer();
    const words = Array.from({ length: 100_000 }, (_, n) => neverSeenWord(n));
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) {
      analyzer.wordTerms(word);
      englishTerm(word);
    }
    expect(analyzer.cachedWords).toBe(maxCachedWords);
    expect(rememberedTermCounts()).toEqual({ danish: maxRememberedTerms, english: maxRememberedTerms });
  }, 120_000);

  it("a word forgotten by the cache gets the same terms when it comes back", () => {
    const analyzer = strategyAnalyzer();
    const before = analyzer.wordTerms("bandekriminaliteten");
    expect(before).toContain("band");
    for (let n = 0; n < maxCachedWords + 10; n++) analyzer.wordTerms(neverSeenWord(n, true));
    expect(analyzer.wordTerms("bandekriminaliteten")).toEqual(before);
  });
});
