import { LRUCache } from "lru-cache";
import { inflectedWordChecker, splitCompound } from "./compound-splitter.ts";
import type { DanishDictionary } from "./danish-dictionary.ts";
import { foldDanishLetters } from "./fold-danish-letters.ts";
import { danishStopwords, danishTerm } from "./language.ts";
import { tokenize } from "./tokenize.ts";
import { createTypoCorrector } from "./typo-correction.ts";

/** Turns Danish words into index terms, knowing the strategy's own vocabulary. */
export interface TermAnalyzer {
  /**
   * The terms of one word: its own term first, then the terms of its compound parts
   * (`bandekriminalitet` → `bandekriminalit`, `band`, `kriminalit`). Stopword parts are left out.
   */
  wordTerms(word: string): string[];
  /** All terms of a text, for the index. */
  textTerms(text: string): string[];
  /** One term per word of a text, without compound parts: what a lexicon value names. */
  wholeWordTerms(text: string): string[];
  /**
   * Puts æ/ø/å back into a word typed without them when the strategy knows the word: typed as two
   * letters (`saerligt`) or as the nearest plain vowel (`ifolge`, `hvornar`).
   */
  restoreSpelling(word: string): string;
  /**
   * The strategy's word a Danish word is one typing slip away from (`forbrydeler` → `forbrydelser`),
   * when the word is neither the strategy's, nor Danish, nor a compound of Danish words, and exactly one
   * such word exists; otherwise the word itself.
   */
  correctTypo(word: string): string;
  /** Whether a term occurs in the indexed text. */
  knowsTerm(term: string): boolean;
  /** Whether a word is a verb or adjective (in any inflection), which rarely carries a question's topic. */
  isVerbOrAdjective(word: string): boolean;
  /** How many typed words' terms are remembered now; never more than `maxCachedWords`. */
  readonly cachedWords: number;
}

/**
 * Most typed words whose terms are remembered (least recently used forgotten first). The strategy and
 * its lexicon have about 3,500 words and a chat's vocabulary repeats, so this keeps every word worth
 * keeping while hostile or merely varied input cannot grow the heap: at about 200 bytes a word, 2 MB.
 */
export const maxCachedWords = 10_000;

/**
 * Builds the analyzer for a corpus. `corpusWords` are the surface words of the strategy and its
 * keywords; `dictionary` tells real Danish words from fragments when compounds are split.
 */
export function createTermAnalyzer(
  corpusWords: Iterable<string>,
  dictionary: DanishDictionary,
): TermAnalyzer {
  const surfaceByFolding = new Map<string, string>();
  const surfaceByLooseFolding = new Map<string, string>();
  const corpus = new Set<string>();
  for (const word of corpusWords) {
    corpus.add(word);
    surfaceByFolding.set(foldDanishLetters(word), word);
    surfaceByLooseFolding.set(looseFolding(word), word);
  }
  const isWord = inflectedWordChecker(dictionary.words, corpus);
  const isDictionaryWord = inflectedWordChecker(dictionary.words);
  const isVerbOrAdjective = inflectedWordChecker(dictionary.verbsAndAdjectives);
  // Splitting a compound tries every cut against the dictionary: the costliest step, so worth keeping.
  const cache = new LRUCache<string, string[]>({ max: maxCachedWords });
  const knownTerms = new Set<string>();

  const restoreSpelling = (word: string) =>
    corpus.has(word) || /[æøå]/.test(word)
      ? word
      : (surfaceByFolding.get(word) ?? surfaceByLooseFolding.get(looseFolding(word)) ?? word);

  const wordTerms = (typed: string): string[] => {
    const cached = cache.get(typed);
    if (cached) return cached;
    const word = restoreSpelling(typed);
    // A word the dictionary knows whole may still be a compound (`bandekriminalitet`), but may also be
    // a derivation that splits into a coincidence (`digitalise|ring`): its parts must be longer.
    const split = isDictionaryWord(word) ? { isWord, minPartLength: 4, minLastPartLength: 5 } : { isWord };
    const parts = splitCompound(word, split).filter((part) => !danishStopwords.has(part));
    const whole = danishTerm(word);
    const partTerms = parts.length > 1 ? parts.map(danishTerm) : [];
    const terms = [...new Set([whole, ...partTerms, ...derivationalRoot(whole)])];
    cache.set(typed, terms);
    return terms;
  };

  for (const word of corpus) for (const term of wordTerms(word)) knownTerms.add(term);
  const slipFrom = createTypoCorrector(corpus);
  const correctTypo = (word: string) => {
    // A word whose stem the index knows needs no correction; most typed words end here, cheaply.
    if (corpus.has(word) || knownTerms.has(danishTerm(word)) || isWord(word)) return word;
    const corrected = slipFrom(word);
    // A compound of Danish words the strategy never uses (`narkohandel`) is no slip.
    return corrected && splitCompound(word, { isWord }).length === 1 ? corrected : word;
  };

  return {
    wordTerms,
    textTerms: (text) => tokenize(text).flatMap((word) => (danishStopwords.has(word) ? [] : wordTerms(word))),
    wholeWordTerms: (text) =>
      tokenize(text).flatMap((word) => (danishStopwords.has(word) ? [] : wordTerms(word).slice(0, 1))),
    restoreSpelling,
    correctTypo,
    knowsTerm: (term) => knownTerms.has(term),
    get cachedWords() {
      return cache.size;
    },
    isVerbOrAdjective: (typed) => {
      const word = restoreSpelling(typed);
      const baseFormOfOtherKind = dictionary.words.has(word) && !dictionary.verbsAndAdjectives.has(word);
      return !baseFormOfOtherKind && isVerbOrAdjective(word);
    },
  };
}

/** The spelling of a word typed with the nearest plain vowel for each of æ, ø and å. */
function looseFolding(word: string): string {
  return foldDanishLetters(word).replace(/ae/g, "a").replace(/oe/g, "o").replace(/aa/g, "a");
}

/**
 * The verb root of a noun made with -ering or -ation, which Snowball keeps whole: `kommunikation` and
 * `kommunikere` meet as `kommunik`, `koordinering` and `koordinere` as `koordin`. (The verb forms already
 * stem to the root, so this adds the root to the nouns only.)
 */
function derivationalRoot(term: string): string[] {
  const root = term.replace(/(ering|ation)$/, "");
  return root !== term && root.length >= 4 ? [root] : [];
}
