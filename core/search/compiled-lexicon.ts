import { foldDanishLetters } from "./fold-danish-letters.ts";
import {
  danishStopwords,
  danishTerm,
  englishStopwords,
  englishTerm,
  type QueryLanguage,
} from "./language.ts";
import type { Lexicon } from "./lexicon.ts";
import { tokenize } from "./tokenize.ts";

/** An index term and how much a match on it counts (1 for the word itself, less for a synonym). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** The lexicon made ready for lookups: keys stemmed per language, values turned into index terms. */
export interface CompiledLexicon {
  /** The strategy's terms for a phrase (English glossary or Danish synonyms, the question's language first). */
  meaning(words: readonly string[], language: QueryLanguage): WeightedTerm[] | undefined;
  /** The strategy's terms for an everyday Danish word. */
  synonymsOf(word: string): WeightedTerm[];
  /** The strategy's terms for an English word. */
  glossaryOf(word: string): WeightedTerm[];
  /** Whether a word or phrase is an out-of-scope topic in the given language. */
  isOutOfScope(words: readonly string[], language: QueryLanguage): boolean;
  /** Whether a word carries no topic in a question of that language. */
  isFiller(word: string, language: QueryLanguage): boolean;
  /** Whether the English glossary knows the word: evidence that a question is in English. */
  isEnglishWord(word: string): boolean;
}

/** What compiling needs to know about the index. */
export interface LexiconIndexView {
  /** One index term per word of a text, without compound parts. */
  wholeWordTerms(text: string): string[];
  /** How many paragraphs contain a term. */
  documentFrequency(term: string): number;
}

/**
 * Weight of a term reached through the compiled dictionary, relative to the word typed: below a
 * hand-written glossary entry (0.7 by default), since a dictionary lists every sense of a word.
 */
export const defaultResourceWeight = 0.5;

/**
 * Compiles the lexicon for one index. A value of several words (`vold i nære relationer`) stands for
 * the phrase, so it is represented by its rarest word in the index: matching any common word of it
 * (`vold`) would claim the phrase where it is not. The compiled dictionary answers only where the
 * hand-written glossary has no entry, at `resourceWeight`.
 */
export function compileLexicon(
  lexicon: Lexicon,
  index: LexiconIndexView,
  synonymWeight: number,
  year: number,
  resourceWeight = defaultResourceWeight,
): CompiledLexicon {
  const valueTerms = (value: string, weight: number): WeightedTerm[] => {
    const terms = index.wholeWordTerms(value);
    if (tokenize(value).length <= 1) return terms.map((term) => ({ term, weight }));
    const rarest = [...terms].sort(
      (a, b) => index.documentFrequency(a) - index.documentFrequency(b) || b.length - a.length,
    )[0];
    return rarest ? [{ term: rarest, weight }] : [];
  };
  const table = (
    entries: Record<string, string[]>,
    keyOf: (words: readonly string[]) => string,
    weight = synonymWeight,
  ) => {
    const compiled = new Map<string, WeightedTerm[]>();
    for (const [phrase, values] of Object.entries(entries)) {
      const key = keyOf(tokenize(phrase));
      compiled.set(key, [
        ...(compiled.get(key) ?? []),
        ...values.flatMap((value) => valueTerms(value, weight)),
      ]);
    }
    return compiled;
  };
  const english = table(lexicon.english, englishKey);
  const danish = table(lexicon.synonyms, danishKey);
  const dictionary = table(lexicon.dictionary, englishKey, resourceWeight);
  const outOfScope = {
    da: new Set(lexicon.outOfScope.da.map((phrase) => danishKey(tokenize(phrase)))),
    en: new Set(lexicon.outOfScope.en.map((phrase) => englishKey(tokenize(phrase)))),
  };
  const fillers = {
    da: new Set([...lexicon.fillers.da, String(year)].map(foldDanishLetters)),
    en: new Set([...lexicon.fillers.en, String(year)].map(foldDanishLetters)),
  };
  // The first term of every key: a span whose first word starts no key needs no key built for it.
  const starts = {
    english: firstTerms([...english.keys(), ...dictionary.keys(), ...outOfScope.en]),
    danish: firstTerms([...danish.keys(), ...outOfScope.da]),
  };
  const englishKeyOrNone = keyIfItMayExist(starts.english, englishTerm);
  const danishKeyOrNone = keyIfItMayExist(starts.danish, danishTerm);
  const englishWords = new Set(
    Object.keys(lexicon.english)
      .filter((key) => !key.includes(" "))
      .map(englishTerm),
  );

  return {
    meaning(words, language) {
      const asEnglish = englishKeyOrNone(words);
      const asDanish = danishKeyOrNone(words);
      const inEnglish = asEnglish === undefined ? undefined : english.get(asEnglish);
      const inDanish = asDanish === undefined ? undefined : danish.get(asDanish);
      return language === "en"
        ? (inEnglish ?? inDanish ?? (asEnglish === undefined ? undefined : dictionary.get(asEnglish)))
        : (inDanish ?? inEnglish);
    },
    synonymsOf: (word) => danish.get(danishKey([word])) ?? [],
    glossaryOf: (word) => english.get(englishKey([word])) ?? dictionary.get(englishKey([word])) ?? [],
    isOutOfScope: (words, language) => {
      const key = language === "en" ? englishKeyOrNone(words) : danishKeyOrNone(words);
      return key !== undefined && outOfScope[language].has(key);
    },
    isFiller: (word, language) =>
      fillers[language].has(foldDanishLetters(word)) ||
      (language === "en" ? englishStopwords.has(word) : danishStopwords.has(word)),
    isEnglishWord: (word) => !danishStopwords.has(word) && englishWords.has(englishTerm(word)),
  };
}

const englishKey = (words: readonly string[]) => words.map(englishTerm).join(" ");
const danishKey = (words: readonly string[]) => words.map(danishTerm).join(" ");
const firstTerms = (keys: readonly string[]) => new Set(keys.map((key) => key.split(" ")[0] ?? ""));

/** A span's key, built only when its first word's term starts some key in `starts`. */
const keyIfItMayExist =
  (starts: ReadonlySet<string>, termOf: (word: string) => string) =>
  (words: readonly string[]): string | undefined =>
    starts.has(termOf(words[0] ?? "")) ? words.map(termOf).join(" ") : undefined;
