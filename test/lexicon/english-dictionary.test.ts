import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { createStrategySearch, type StrategySearch } from "../../core/search/strategy-search.ts";

const strategy = loadStrategy("content/strategi-2025");
const lexicon = loadLexicon("content/lexicon");

/** The quoted text of the answer, or the outcome's kind when it is not an answer. */
function quoted(search: StrategySearch, question: string): string {
  const outcome = search.search(question);
  if (outcome.kind !== "answer") return `(${outcome.kind})`;
  return outcome.answer.paragraphIndexes
    .map((index) => outcome.answer.item.paragraphs[index]?.text)
    .join("\n");
}

describe("the English→Danish dictionary compiled from FreeDict", () => {
  // "confidence" is in neither the hand-written glossary nor the strategy; FreeDict translates it to
  // "tillid", which the strategy uses.
  const question = "Is anything said about confidence in the police?";

  it("answers an English word only it knows with the paragraph that uses its Danish translation", () => {
    expect(lexicon.english.confidence).toBeUndefined();
    expect(quoted(createStrategySearch(strategy, lexicon), question)).toContain("tillid");
  });

  it("is what finds it: without the dictionary the same question is not answered from that paragraph", () => {
    expect(quoted(createStrategySearch(strategy, { ...lexicon, dictionary: {} }), question)).not.toContain(
      "tillid",
    );
  });
});
