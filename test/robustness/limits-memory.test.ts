/**
 * Memory under hostile input: every per-input cache on the request path stays at its stated size
 * however many never-seen words arrive, and forgetting a word never changes its terms.
 */
import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { danishDictionary } from "../../core/search/danish-dictionary.ts";
import { englishTerm, maxRememberedTerms, rememberedTermCounts } from "../../core/search/language.ts";
import { maxRememberedParagraphs, mentionsIn, rememberedParagraphs } from "../../core/search/mentions.ts";
import { createNameMatcher, maxRememberedNameWords } from "../../core/search/name-matcher.ts";
import { buildPassageIndex, maxRememberedScores } from "../../core/search/passage-index.ts";
import { maxRememberedQuestions, rememberOutcomes } from "../../core/search/remembered-outcomes.ts";
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

const strategy = loadStrategy("content/strategi-2025");

function strategyAnalyzer() {
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

  it("never-seen words leave the name matcher's memory at its size, and it still finds names", () => {
    const findUnits = createNameMatcher(strategy.units.map((unit) => ({ id: unit.id, names: [unit.name] })));
    for (let n = 0; n < maxRememberedNameWords + 10; n++) findUnits([neverSeenWord(n)]);
    expect(findUnits.rememberedWords).toBe(maxRememberedNameWords);
    expect(findUnits(["hvad", "goer", "specialenheden"])).toEqual([
      { id: "specialenheden", start: 2, end: 3 },
    ]);
  });

  it("never-seen terms leave the passage index's remembered scores at their size, and scores stay the same", () => {
    const index = buildPassageIndex(strategy, strategyAnalyzer());
    const known = [{ term: "band", weight: 1 }];
    const before = [...index.scoresFor(known)];
    expect(before.length).toBeGreaterThan(0);
    for (let n = 0; n < maxRememberedScores + 10; n++)
      index.scoresFor([{ term: neverSeenWord(n), weight: 1 }], { exact: true });
    expect(index.rememberedScores).toBe(maxRememberedScores);
    expect([...index.scoresFor(known)]).toEqual(before);
  });

  it("never-asked questions leave the remembered outcomes at their size; a question asked again is not searched again", () => {
    const asked: string[] = [];
    const search = rememberOutcomes((question) => {
      asked.push(question);
      return { kind: "not-found", suggestions: [] };
    });
    for (let n = 0; n < maxRememberedQuestions + 10; n++) search(neverSeenWord(n));
    expect(search.rememberedQuestions).toBe(maxRememberedQuestions);
    const last = neverSeenWord(maxRememberedQuestions + 9);
    expect(search(last)).toBe(search(last));
    expect(asked.filter((question) => question === last)).toHaveLength(1);
  });

  it("never-seen paragraphs leave the remembered mentions at their size, and mentions are found the same", () => {
    const termsOf = (word: string) => [word];
    const split = { name: "words", tokens: (text: string) => text.split(" ") };
    const before = mentionsIn("skoler og skoleveje ved skoler", split, termsOf).positionsOf(
      new Set(["skoler"]),
    );
    expect(before).toEqual([0, 4]);
    for (let n = 0; n < maxRememberedParagraphs + 10; n++) mentionsIn(neverSeenWord(n), split, termsOf);
    expect(rememberedParagraphs(termsOf)).toBe(maxRememberedParagraphs);
    expect(
      mentionsIn("skoler og skoleveje ved skoler", split, termsOf).positionsOf(new Set(["skoler"])),
    ).toEqual(before);
  });
});
