import type { Strategy } from "../../core/content/strategy.ts";
import { danishDictionary } from "../../core/search/danish-dictionary.ts";
import { danishStopwords, danishTerm } from "../../core/search/language.ts";
import { createTermAnalyzer } from "../../core/search/term-analyzer.ts";
import { tokenize } from "../../core/search/tokenize.ts";

/**
 * The strategy's own vocabulary as the search sees it: the index terms of every word of its quoted
 * text, titles and slogans (the word's own term and its compound parts' terms, as `TermAnalyzer` makes
 * them), without function words. Editors' keywords and example questions
 * are left out on purpose: a language resource should carry people's words onto the strategy's words,
 * and the compiled file should not change each time an editor adds a search aid.
 */
export function strategyVocabulary(strategy: Strategy): ReadonlySet<string> {
  const texts = strategy.items.flatMap((item) => [
    item.title,
    item.slogan ?? "",
    ...item.paragraphs.map((paragraph) => paragraph.text),
  ]);
  const words = texts.flatMap(tokenize).filter((word) => !danishStopwords.has(word) && !/^\d+$/.test(word));
  const analyzer = createTermAnalyzer(words, danishDictionary());
  return new Set(words.flatMap((word) => analyzer.wordTerms(word)));
}

/** Whether a word or phrase is one the strategy uses: every one of its words is in the vocabulary. */
export function usesOnly(vocabulary: ReadonlySet<string>, phrase: string): boolean {
  const words = tokenize(phrase).filter((word) => !danishStopwords.has(word));
  return words.length > 0 && words.every((word) => vocabulary.has(danishTerm(word)));
}
