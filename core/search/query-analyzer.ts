import type { PejlemaerkeId } from "../content/content-schema.ts";
import type { Strategy } from "../content/strategy.ts";
import { type ExpectedAnswer, expectedAnswer } from "./answer-type.ts";
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
  /**
   * How much this concept says about the question's topic, from 0 to 1: nouns and names 1, verbs and
   * adjectives less (`bruge`, `rigtig`), the modifier of a compound less (`hoved` in `hovedansvar`).
   */
  importance: number;
  /**
   * Set for a topic the strategy does not cover (from `out-of-scope.yaml`): no paragraph answers the
   * question unless it contains this concept itself.
   */
  required?: boolean;
}

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
}

/** Options for {@link createQueryAnalyzer}. */
export interface QueryAnalyzerOptions {
  /** Weight of a lexicon synonym relative to the word typed. Default 0.7. */
  synonymWeight?: number;
  /** Weight of a compound's part when the whole word is also known. Default 0.5. */
  partWeight?: number;
  /** Importance of a verb or adjective relative to a noun. Default 0.4. */
  verbAndAdjectiveImportance?: number;
  /** Importance of the first parts of a compound the strategy does not use, relative to its last part. Default 0.5. */
  modifierImportance?: number;
  /** Importance of an English word the glossary does not know. Default 0.5. */
  unknownEnglishImportance?: number;
}

type PhraseTable = Map<string, WeightedTerm[]>;

/**
 * Words that only say what kind of thing a name is. Once a question names a pejlemærke or a unit,
 * `pejlemærket` or `enheden` add nothing; matched as concepts they would favour any paragraph that
 * happens to use the word.
 */
const kindWords = {
  pejlemaerke: new Set([
    "pejlemaerke",
    "pejlemaerket",
    "pejlemaerker",
    "pejlemaerkerne",
    "guidepost",
    "guideposts",
  ]),
  unit: new Set([
    "enhed",
    "enheden",
    "enhedens",
    "enheder",
    "unit",
    "units",
    "afdeling",
    "afdelingen",
    "department",
  ]),
};

/** A strategy or plan of another year than this one's: `strategi 2026`, `strategy for 2030`, `plan for 2027`. */
const otherYearsPlan = /\b(strategi\w*|strategy|plan\w*)( \w+)? ((19|20)\d\d)\b/;

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
  const weakImportance = options.verbAndAdjectiveImportance ?? 0.4;
  const modifierImportance = options.modifierImportance ?? 0.5;
  const unknownEnglishImportance = options.unknownEnglishImportance ?? 0.5;
  const importanceOf = (word: string) => (analyzer.isVerbOrAdjective(word) ? weakImportance : 1);
  const findUnits = createNameMatcher(
    strategy.units.map((unit) => ({ id: unit.id, names: [unit.name, ...unit.aliases] })),
  );
  const findPejlemaerker = createNameMatcher(
    strategy.pejlemaerker.map((p) => ({ id: p.id, names: [p.title, ...p.aliases] })),
  );
  const toTerms = (values: string[]) =>
    values.flatMap((value) => analyzer.textTerms(value)).map((term) => ({ term, weight: synonymWeight }));
  const english = phraseTable(lexicon.english, englishKey, toTerms);
  const danish = phraseTable(lexicon.synonyms, danishKey, toTerms);
  const outOfScope = new Set([
    ...lexicon.outOfScope.da.map((phrase) => danishKey(tokenize(phrase))),
    ...lexicon.outOfScope.en.map((phrase) => englishKey(tokenize(phrase))),
  ]);
  const fillerSet = (words: string[]) => new Set([...words, String(strategy.year)].map(foldDanishLetters));
  const fillers = {
    da: fillerSet(lexicon.fillers.da),
    en: fillerSet([...lexicon.fillers.en, ...lexicon.fillers.da]),
  };
  // Danish function words are dropped from English questions too (`i`, `at`, `for` are both), but not
  // the other way round: `it` is a topic in a Danish question.
  const isFiller = (word: string, language: QueryLanguage) =>
    fillers[language].has(foldDanishLetters(word)) ||
    danishStopwords.has(word) ||
    (language === "en" && englishStopwords.has(word));

  const danishConcepts = (word: string): Concept[] => {
    const [whole = word, ...parts] = analyzer.wordTerms(word);
    const synonyms = danish.get(danishKey([word])) ?? [];
    if (analyzer.knowsTerm(whole) || parts.length === 0) {
      const partTerms = parts.map((term) => ({ term, weight: partWeight }));
      return [concept(word, [{ term: whole, weight: 1 }, ...partTerms, ...synonyms], importanceOf(word))];
    }
    // A compound the strategy never uses: found from its parts. Danish compounds put the meaning in the
    // last part (`hovedansvar` is an `ansvar`), so the first parts matter less.
    return parts.map((part, index) => {
      const alternatives = [
        { term: part, weight: 1 },
        { term: whole, weight: 1 },
        ...(danish.get(part) ?? []),
      ];
      return concept(
        part,
        alternatives,
        index === parts.length - 1 ? importanceOf(word) : modifierImportance,
      );
    });
  };

  return function analyzeQuery(question) {
    const words = tokenize(question).map(analyzer.restoreSpelling);
    const folded = words.map(foldDanishLetters);
    const language = detectLanguage(words);
    const units = findUnits(folded);
    const pejlemaerker = findPejlemaerker(folded);
    const taken = new Set([...units, ...pejlemaerker].flatMap((m) => range(m.start, m.end)));
    folded.forEach((word, position) => {
      const redundant =
        (pejlemaerker.length > 0 && kindWords.pejlemaerke.has(word)) ||
        (units.length > 0 && kindWords.unit.has(word));
      if (redundant) taken.add(position);
    });
    const concepts: Concept[] = [];
    let unknownNumber: string | undefined;
    const otherYear = otherYearsPlan.exec(folded.join(" "))?.[3];
    const tables = language === "en" ? [english, danish] : [danish, english];
    const keyOf = (table: PhraseTable, span: string[]) =>
      table === english ? englishKey(span) : danishKey(span);

    for (let start = 0; start < words.length; start++) {
      if (taken.has(start)) continue;
      const excluded = longestPhrase(words, start, taken, (span) =>
        outOfScope.has(danishKey(span)) || outOfScope.has(englishKey(span)) ? [] : undefined,
      );
      if (excluded) {
        // Every word of an out-of-scope topic must be in a paragraph for it to answer (`nordsjællands
        // politi` is not answered by any paragraph that says `politi`), each as the whole word.
        for (const word of excluded.span.filter((spanWord) => !isFiller(spanWord, language))) {
          const [whole = word] = analyzer.wordTerms(word);
          concepts.push({ ...concept(word, [{ term: whole, weight: 1 }], 1), required: true });
        }
        start += excluded.span.length - 1;
        continue;
      }
      const phrase = longestPhrase(words, start, taken, (span) =>
        span.length > 1 ? tables.map((table) => table.get(keyOf(table, span))).find(Boolean) : undefined,
      );
      if (phrase) {
        concepts.push(concept(phrase.span.join(" "), phrase.terms, 1));
        start += phrase.span.length - 1;
        continue;
      }
      const word = words[start] ?? "";
      if (isFiller(word, language)) continue;
      if (/^\d+$/.test(word)) {
        if (analyzer.knowsTerm(word)) concepts.push(concept(word, [{ term: word, weight: 1 }], 1));
        else unknownNumber ??= word;
        continue;
      }
      const glossary = english.get(englishKey([word])) ?? [];
      const own = danishConcepts(word);
      const ownKnown = own.some((known) => known.alternatives.some((alt) => analyzer.knowsTerm(alt.term)));
      if (language === "en" && glossary.length > 0) {
        const direct = ownKnown ? own.flatMap((known) => known.alternatives) : [];
        concepts.push(concept(word, [...glossary, ...direct], 1));
      } else if (!ownKnown && glossary.length > 0) {
        concepts.push(concept(word, glossary, 1));
      } else if (language === "en" && !ownKnown) {
        // An English word neither glossary nor strategy knows: not split as if it were a Danish compound.
        concepts.push(concept(word, [{ term: danishTerm(word), weight: 1 }], unknownEnglishImportance));
      } else concepts.push(...own);
    }
    return {
      language,
      unitIds: unique(units.map((match) => match.id)),
      pejlemaerkeIds: unique(pejlemaerker.map((match) => match.id)),
      concepts,
      ...unanswerableBecause(unknownNumber, otherYear === String(strategy.year) ? undefined : otherYear),
      ...optional("expects", expectedAnswer(folded.join(" "))),
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

/** A concept with each term once, at its highest weight. */
function concept(label: string, alternatives: WeightedTerm[], importance: number): Concept {
  const best = new Map<string, number>();
  for (const { term, weight } of alternatives) best.set(term, Math.max(weight, best.get(term) ?? 0));
  return { label, alternatives: [...best].map(([term, weight]) => ({ term, weight })), importance };
}

function phraseTable(
  entries: Record<string, string[]>,
  keyOf: (words: string[]) => string,
  toTerms: (values: string[]) => WeightedTerm[],
): PhraseTable {
  const table: PhraseTable = new Map();
  for (const [phrase, values] of Object.entries(entries)) {
    const key = keyOf(tokenize(phrase));
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
