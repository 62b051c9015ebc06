import type { PejlemaerkeId } from "../content/content-schema.ts";
import type { Strategy } from "../content/strategy.ts";
import { type ExpectedAnswer, expectedAnswer } from "./answer-type.ts";
import { askedThing, asksForSeveral } from "./asked-thing.ts";
import type { CompiledLexicon, WeightedTerm } from "./compiled-lexicon.ts";
import { type Concept, concept } from "./concept.ts";
import { foldDanishLetters } from "./fold-danish-letters.ts";
import { danishTerm, detectLanguage, type QueryLanguage } from "./language.ts";
import type { NameFinder } from "./question-names.ts";
import type { TermAnalyzer } from "./term-analyzer.ts";
import { tokenize } from "./tokenize.ts";
import { createKnownWordCheck, typedWords, unknownNamePositions } from "./unknown-names.ts";
import { createWordConcepts, type WordConceptOptions } from "./word-concepts.ts";

export type { WeightedTerm };

/** A question taken apart: its language, the units and pejlemærker it names, and what it asks about. */
export interface AnalyzedQuery {
  language: QueryLanguage;
  unitIds: string[];
  pejlemaerkeIds: PejlemaerkeId[];
  concepts: Concept[];
  /**
   * Why the strategy cannot answer the question whatever else matches: it asks about a number the
   * strategy never mentions (`112`) or about another year's strategy (`strategi 2026`).
   */
  unanswerable?: string;
  /** The kind of answer asked for ("how many", "when"), if the question asks for a specific kind. */
  expects?: ExpectedAnswer;
  /** How many words the question has besides the names it uses (fillers included). */
  otherWords: number;
  /** For "which ones?": the terms of the thing asked about (the first noun after `hvilke`). */
  askedAbout?: string[];
  /** "hvilke skoler", "which schools": several asked for, so the answer must say which (`vague-mention.ts`). */
  asksForSeveral?: boolean;
}

/** Options for {@link createQueryAnalyzer}: how words become concepts, and how much a unit's name weighs. */
export interface QueryAnalyzerOptions extends WordConceptOptions {
  /** Importance of a named unit's own name as a concept (its paragraphs are also steered to). Default 0.3. */
  unitNameImportance?: number;
}

/** A strategy or plan of another year than this one's: `strategi 2026`, `strategy for 2030`, `plan for 2027`. */
const otherYearsPlan = /\b(strategi\w*|strategy|plan\w*)( \w+)? ((19|20)\d\d)\b/;

const maxPhraseWords = 4;

/**
 * Builds the function that analyses questions for one strategy: finds unit and pejlemærke names first,
 * then out-of-scope topics and lexicon phrases, then single words, which are stemmed, compound-split
 * and expanded with their synonyms or glossary meaning. Filler and function words are dropped.
 */
export function createQueryAnalyzer(
  strategy: Strategy,
  lexicon: CompiledLexicon,
  analyzer: TermAnalyzer,
  findNames: NameFinder,
  options: QueryAnalyzerOptions = {},
): (question: string) => AnalyzedQuery {
  const unitNameImportance = options.unitNameImportance ?? 0.3;
  const unitNameTerms = new Map(
    strategy.units.map((unit) => [
      unit.id,
      analyzer.wordTerms(foldDanishLetters(unit.name.toLowerCase())).slice(0, 1),
    ]),
  );
  const isEnglishContentWord = (word: string) =>
    lexicon.isEnglishWord(word) && !analyzer.knowsTerm(danishTerm(word));

  const wordConcepts = createWordConcepts(lexicon, analyzer, options);
  const isKnownWord = createKnownWordCheck(strategy, lexicon, analyzer);

  return function analyzeQuery(question) {
    const restored = tokenize(question).map(analyzer.restoreSpelling);
    const language = detectLanguage(restored, isEnglishContentWord);
    const words = language === "da" ? restored.map(analyzer.correctTypo) : restored;
    const folded = words.map(foldDanishLetters);
    const { units, pejlemaerker, taken } = findNames(folded, language, typedWords(question));
    const concepts: Concept[] = units.flatMap((match) => {
      const terms = unitNameTerms.get(match.id) ?? [];
      const alternatives = terms.map((term) => ({ term, weight: 1 }));
      return terms.length > 0
        ? [{ ...concept(match.id, alternatives, unitNameImportance), fromName: true }]
        : [];
    });
    let unknownNumber: string | undefined;
    const unknownNames = unknownNamePositions(
      question,
      words.length,
      (position) => isKnownWord(words[position] ?? "", language) || taken.has(position),
    );

    for (let start = 0; start < words.length; start++) {
      if (taken.has(start)) continue;
      if (unknownNames.has(start)) {
        const word = words[start] ?? "";
        const [whole = word] = analyzer.wordTerms(word);
        concepts.push({
          ...concept(word, [{ term: whole, weight: 1 }], 1),
          required: true,
          strategyTextOnly: true,
        });
        continue;
      }
      const excluded = longestPhrase(words, start, taken, (span) =>
        lexicon.isOutOfScope(span, language) ? [] : undefined,
      );
      if (excluded) {
        // Every word of an out-of-scope topic must be in a paragraph for it to answer (`nordsjællands
        // politi` is not answered by any paragraph that says `politi`), each as the whole word.
        for (const word of excluded.span.filter((spanWord) => !lexicon.isFiller(spanWord, language))) {
          const [whole = word] = analyzer.wordTerms(word);
          concepts.push({ ...concept(word, [{ term: whole, weight: 1 }], 1), required: true });
        }
        start += excluded.span.length - 1;
        continue;
      }
      const phrase = longestPhrase(words, start, taken, (span) =>
        span.length > 1 ? lexicon.meaning(span, language) : undefined,
      );
      if (phrase) {
        concepts.push(concept(phrase.span.join(" "), phrase.terms, 1));
        start += phrase.span.length - 1;
        continue;
      }
      const word = words[start] ?? "";
      if (lexicon.isFiller(word, language)) continue;
      if (/^\d+$/.test(word)) {
        if (analyzer.knowsTerm(word)) concepts.push(concept(word, [{ term: word, weight: 1 }], 1));
        else unknownNumber ??= word;
        continue;
      }
      concepts.push(...wordConcepts(word, language));
    }
    const otherYear = otherYearsPlan.exec(folded.join(" "))?.[3];
    const expects = expectedAnswer(folded.join(" "));
    const asked = expects === "specifics" ? askedThing(concepts) : undefined;
    return {
      language,
      unitIds: unique(units.map((match) => match.id)),
      otherWords: words.length - taken.size,
      pejlemaerkeIds: unique(pejlemaerker.map((match) => match.id)),
      concepts,
      ...unanswerableBecause(unknownNumber, otherYear === String(strategy.year) ? undefined : otherYear),
      ...optional("expects", expects),
      ...optional(
        "askedAbout",
        asked?.alternatives.map((alternative) => alternative.term),
      ),
      ...(asked && asksForSeveral(folded) ? { asksForSeveral: true } : {}),
    };
  };
}

function unanswerableBecause(unknownNumber?: string, otherYear?: string): { unanswerable?: string } {
  if (otherYear) return { unanswerable: `a plan for ${otherYear}` };
  return unknownNumber ? { unanswerable: `the number ${unknownNumber}` } : {};
}

function optional<Key extends string, Value>(key: Key, value: Value | undefined): { [K in Key]?: Value } {
  return (value === undefined ? {} : { [key]: value }) as { [K in Key]?: Value };
}

function longestPhrase(
  words: string[],
  start: number,
  taken: ReadonlySet<number>,
  lookup: (span: string[]) => WeightedTerm[] | undefined,
): { span: string[]; terms: WeightedTerm[] } | undefined {
  for (let length = Math.min(maxPhraseWords, words.length - start); length >= 1; length--) {
    if (anyTaken(taken, start, start + length)) continue;
    const span = words.slice(start, start + length);
    const terms = lookup(span);
    if (terms) return { span, terms };
  }
  return undefined;
}

function anyTaken(taken: ReadonlySet<number>, start: number, end: number): boolean {
  for (let position = start; position < end; position++) if (taken.has(position)) return true;
  return false;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
