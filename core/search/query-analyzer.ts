import type { PejlemaerkeId } from "../content/content-schema.ts";
import type { Strategy } from "../content/strategy.ts";
import {
  danishStopwords,
  danishTerm,
  detectLanguage,
  englishStopwords,
  englishTerm,
  type QueryLanguage,
} from "./language.ts";
import type { Lexicon } from "./lexicon.ts";
import { createNameMatcher } from "./name-matcher.ts";
import type { TermAnalyzer } from "./term-analyzer.ts";
import { foldDanishLetters, tokenize } from "./text-analysis.ts";

/** An index term and how much a match on it counts (1 for the word itself, less for a synonym). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** One thing the question asks about, and the index terms any of which would mean it is there. */
export interface Concept {
  label: string;
  alternatives: WeightedTerm[];
}

/** A question taken apart: its language, the units and pejlemærker it names, and what it asks about. */
export interface AnalyzedQuery {
  language: QueryLanguage;
  unitIds: string[];
  pejlemaerkeIds: PejlemaerkeId[];
  concepts: Concept[];
  /** A number the strategy never mentions (`2030`, `112`): the strategy cannot answer the question. */
  unknownNumber?: string;
}

/** Options for {@link createQueryAnalyzer}. */
export interface QueryAnalyzerOptions {
  /** Weight of a lexicon synonym relative to the word typed. Default 0.7. */
  synonymWeight?: number;
  /** Weight of a compound's part when the whole word is also known. Default 0.5. */
  partWeight?: number;
}

type PhraseTable = Map<string, WeightedTerm[]>;

/**
 * Builds the function that analyses questions for one strategy: finds unit and pejlemærke names first,
 * then lexicon phrases (English glossary, everyday Danish synonyms), then single words, which are
 * stemmed, compound-split and expanded with their synonyms. Filler and function words are dropped.
 */
export function createQueryAnalyzer(
  strategy: Strategy,
  lexicon: Lexicon,
  analyzer: TermAnalyzer,
  options: QueryAnalyzerOptions = {},
): (question: string) => AnalyzedQuery {
  const synonymWeight = options.synonymWeight ?? 0.7;
  const partWeight = options.partWeight ?? 0.5;
  const findUnits = createNameMatcher(strategy.units.map((unit) => ({ id: unit.id, names: [unit.name, ...unit.aliases] })));
  const findPejlemaerker = createNameMatcher(
    strategy.pejlemaerker.map((p) => ({ id: p.id, names: [p.title, ...p.aliases] })),
  );
  const toTerms = (values: string[]) =>
    values.flatMap((value) => analyzer.textTerms(value)).map((term) => ({ term, weight: synonymWeight }));
  const english = phraseTable(lexicon.english, englishKey, toTerms);
  const danish = phraseTable(lexicon.synonyms, danishKey, toTerms);
  const fillers = new Set([...lexicon.fillers.da, ...lexicon.fillers.en, String(strategy.year)].map(foldDanishLetters));
  const isFiller = (word: string) =>
    fillers.has(foldDanishLetters(word)) || danishStopwords.has(word) || englishStopwords.has(word);

  const danishConcepts = (word: string): Concept[] => {
    const [whole = word, ...parts] = analyzer.wordTerms(word);
    const synonyms = danish.get(danishKey([word])) ?? [];
    if (analyzer.knowsTerm(whole) || parts.length === 0) {
      const partTerms = parts.map((term) => ({ term, weight: partWeight }));
      return [{ label: word, alternatives: [{ term: whole, weight: 1 }, ...partTerms, ...synonyms] }];
    }
    return parts.map((part) => ({
      label: part,
      alternatives: [{ term: part, weight: 1 }, { term: whole, weight: 1 }, ...(danish.get(part) ?? [])],
    }));
  };

  return function analyzeQuery(question) {
    const words = tokenize(question).map(analyzer.restoreSpelling);
    const folded = words.map(foldDanishLetters);
    const language = detectLanguage(words);
    const units = findUnits(folded);
    const pejlemaerker = findPejlemaerker(folded);
    const taken = new Set([...units, ...pejlemaerker].flatMap((m) => range(m.start, m.end)));
    const concepts: Concept[] = [];
    let unknownNumber: string | undefined;
    const tables = language === "en" ? [english, danish] : [danish, english];
    const keyOf = (table: PhraseTable, span: string[]) => (table === english ? englishKey(span) : danishKey(span));

    for (let start = 0; start < words.length; start++) {
      if (taken.has(start)) continue;
      const phrase = longestPhrase(words, start, taken, (span) =>
        span.length > 1 ? tables.map((table) => table.get(keyOf(table, span))).find(Boolean) : undefined,
      );
      if (phrase) {
        concepts.push({ label: phrase.span.join(" "), alternatives: phrase.terms });
        start += phrase.span.length - 1;
        continue;
      }
      const word = words[start] ?? "";
      if (isFiller(word)) continue;
      if (/^\d+$/.test(word)) {
        if (analyzer.knowsTerm(word)) concepts.push({ label: word, alternatives: [{ term: word, weight: 1 }] });
        else unknownNumber ??= word;
        continue;
      }
      const glossary = english.get(englishKey([word])) ?? [];
      const own = danishConcepts(word);
      const ownKnown = own.some((concept) => concept.alternatives.some((alt) => analyzer.knowsTerm(alt.term)));
      if (language === "en" && glossary.length > 0) {
        const direct = ownKnown ? own.flatMap((concept) => concept.alternatives) : [];
        concepts.push({ label: word, alternatives: [...glossary, ...direct] });
      } else if (!ownKnown && glossary.length > 0) {
        concepts.push({ label: word, alternatives: glossary });
      } else concepts.push(...own);
    }
    return {
      language,
      unitIds: unique(units.map((match) => match.id)),
      pejlemaerkeIds: unique(pejlemaerker.map((match) => match.id)),
      concepts,
      ...(unknownNumber ? { unknownNumber } : {}),
    };
  };
}

function phraseTable(
  entries: Record<string, string[]>,
  keyOf: (words: string[]) => string,
  toTerms: (values: string[]) => WeightedTerm[],
): PhraseTable {
  const table: PhraseTable = new Map();
  for (const [phrase, values] of Object.entries(entries)) {
    const key = keyOf(tokenize(phrase).map(foldDanishLetters));
    table.set(key, [...(table.get(key) ?? []), ...toTerms(values)]);
  }
  return table;
}

const englishKey = (words: string[]) => words.map(englishTerm).join(" ");
const danishKey = (words: string[]) => words.map(danishTerm).join(" ");

const maxPhraseWords = 4;

function longestPhrase(
  words: string[],
  start: number,
  taken: ReadonlySet<number>,
  lookup: (span: string[]) => WeightedTerm[] | undefined,
): { span: string[]; terms: WeightedTerm[] } | undefined {
  for (let length = Math.min(maxPhraseWords, words.length - start); length >= 1; length--) {
    if (range(start, start + length).some((position) => taken.has(position))) continue;
    const span = words.slice(start, start + length);
    const terms = lookup(span);
    if (terms) return { span, terms };
  }
  return undefined;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
