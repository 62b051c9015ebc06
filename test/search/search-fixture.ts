import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { createStrategySearch, type StrategySearch } from "../../core/search/strategy-search.ts";

let search: StrategySearch | undefined;

/** The search over the real content and lexicon, built once per test file. */
export function realSearch(): StrategySearch {
  search ??= createStrategySearch(loadStrategy("content/strategi-2025"), loadLexicon("content/lexicon"));
  return search;
}

/** The quoted text of the answer to `question`, or the outcome's kind when it is not an answer. */
export function answerText(question: string): string {
  const outcome = realSearch().search(question);
  if (outcome.kind !== "answer") return `(${outcome.kind})`;
  const { item, paragraphIndexes } = outcome.answer;
  return paragraphIndexes.map((index) => item.paragraphs[index]?.text ?? "").join("\n");
}
