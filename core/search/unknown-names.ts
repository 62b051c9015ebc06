import type { Strategy } from "../content/strategy.ts";
import type { CompiledLexicon } from "./compiled-lexicon.ts";
import type { QueryLanguage } from "./language.ts";
import type { TermAnalyzer } from "./term-analyzer.ts";

/**
 * Names a question uses that the strategy never does: a product, system or place typed as a name
 * ("skal vi bruge Copilot", "bruger vi stadig POLSAS"). A question about such a thing is not answered by
 * a paragraph that shares only its other words (the strategy's AI paragraph does not say anything about
 * Copilot); the paragraph may still be offered as related reading.
 */

/** Letters and digits as typed, case kept; the same runs as `tokenize`, so positions line up. */
const wordRuns = /[\p{L}\p{N}]+/gu;

/** A question's words with the case they were typed in, position for position with `tokenize`. */
export function typedWords(question: string): string[] {
  return question.normalize("NFKC").match(wordRuns) ?? [];
}

/**
 * Positions of the words typed as a name — all capitals (two letters or more, in a question not typed
 * in capitals), or a capital inside a sentence — that `isKnown` does not know. A capital after `.`, `!`,
 * `?` or `:` starts a sentence and says nothing; `I` is a pronoun.
 */
export function unknownNamePositions(
  question: string,
  wordCount: number,
  isKnown: (position: number) => boolean,
): Set<number> {
  const positions = new Set<number>();
  const typed = [...question.normalize("NFKC").matchAll(wordRuns)];
  if (typed.length !== wordCount) return positions;
  const shouting = question === question.toUpperCase();
  typed.forEach((match, position) => {
    const word = match[0];
    const before = question.slice(0, match.index).trimEnd();
    const startsSentence = before === "" || /[.!?:]$/.test(before);
    const allCapitals = !shouting && word.length >= 2 && /^\p{Lu}+$/u.test(word);
    const capitalised = !startsSentence && /^\p{Lu}\p{Ll}/u.test(word);
    if ((allCapitals || capitalised) && !isKnown(position)) positions.add(position);
  });
  return positions;
}

/**
 * Whether a question word is one the strategy covers: a number, a filler, a word of the strategy's own
 * text (its keywords and alternates do not count: they may name a product to lead to the paragraph
 * about its kind), one the editors' lexicon leads to the strategy's words (`ChatGPT` → `AI`: they
 * decided it is covered) or, in English, a word the glossary translates (`Copenhagen`).
 */
export function createKnownWordCheck(
  strategy: Strategy,
  lexicon: CompiledLexicon,
  analyzer: TermAnalyzer,
): (word: string, language: QueryLanguage) => boolean {
  const strategyTerms = new Set(
    strategy.items.flatMap((item) =>
      [item.title, item.slogan ?? "", ...item.paragraphs.map((paragraph) => paragraph.text)].flatMap(
        analyzer.wholeWordTerms,
      ),
    ),
  );
  return (word, language) =>
    /^\d+$/.test(word) ||
    lexicon.isFiller(word, language) ||
    strategyTerms.has(analyzer.wordTerms(word)[0] ?? word) ||
    lexicon.synonymsOf(word).length > 0 ||
    (language === "en" && lexicon.glossaryOf(word).length > 0);
}
