import { LRUCache } from "lru-cache";
import { newStemmer } from "snowball-stemmers";
import { dan, eng } from "stopword";
import { foldDanishLetters } from "./fold-danish-letters.ts";

/** The two languages a question may be asked in. */
export type QueryLanguage = "da" | "en";

const danishStemmer = newStemmer("danish");
const englishStemmer = newStemmer("english");

/**
 * A Danish word as an index term: Snowball-stemmed (on the æ/ø/å spelling, which the stemmer knows)
 * and then folded, so `særligt`, `saerligt` and `særlige` meet as `saer`.
 */
export function danishTerm(word: string): string {
  return remembered(danishTerms, word, () => foldDanishLetters(guardedStem(word)));
}

/** Endings taken off a word whose Snowball stem is too short to be trusted. */
const plainEndings = /(ernes|erne|enes|ene|ens|ets|er|en|et|es|e|s)$/;

/**
 * Snowball sometimes cuts a long word down to a common short one (`ledelse` → `led`, as in "som led
 * i"; `muligheder` → `mul`). When the stem is under four letters but the word is seven or more, only
 * the plain inflection ending is removed (`ledelse`, `ledelsen` → `ledels`).
 */
function guardedStem(word: string): string {
  const stem = danishStemmer.stem(word);
  if (stem.length >= 4 || word.length < 7) return stem;
  return word.replace(plainEndings, "");
}

/** An English word as a glossary key: Snowball-stemmed (`patrols`, `patrolling` → `patrol`). */
export function englishTerm(word: string): string {
  return remembered(englishTerms, word, () => englishStemmer.stem(word));
}

/**
 * Stemming is the costliest step of reading a question, and chat vocabulary repeats, so terms are
 * remembered, the least recently used forgotten first so that hostile input cannot grow the memory.
 */
export const maxRememberedTerms = 20_000;
const danishTerms = new LRUCache<string, string>({ max: maxRememberedTerms });
const englishTerms = new LRUCache<string, string>({ max: maxRememberedTerms });

function remembered(memory: LRUCache<string, string>, word: string, compute: () => string): string {
  let term = memory.get(word);
  if (term === undefined) {
    term = compute();
    memory.set(word, term);
  }
  return term;
}

/** How many stems are remembered now, Danish and English; each never more than `maxRememberedTerms`. */
export function rememberedTermCounts(): { danish: number; english: number } {
  return { danish: danishTerms.size, english: englishTerms.size };
}

/**
 * Function words of either language. The library's Danish list also holds a few words that carry
 * meaning in this strategy (numbers, `ny`, `god`, `stor`), which are put back.
 */
const meaningfulDanishWords = new Set([
  "fire",
  "fem",
  "seks",
  "syv",
  "otte",
  "ni",
  "ti",
  "to",
  "tre",
  "ny",
  "nyt",
  "god",
  "godt",
  "stor",
  "store",
  "lille",
  "mand",
  "tid",
]);
export const danishStopwords: ReadonlySet<string> = new Set(
  dan.filter((word) => !meaningfulDanishWords.has(word)),
);
export const englishStopwords: ReadonlySet<string> = new Set([...eng, "s", "t", "d", "ll", "re", "ve", "m"]);

/**
 * Tells an English question from a Danish one. Short chat questions defeat statistical detectors, so
 * it counts evidence: each language's own function words (words both languages have, like `for`, count
 * for neither), æ/ø/å for Danish, and words only the English glossary knows (`staff`, `support`) for
 * English. Ties go to Danish, the app's primary language.
 */
export function detectLanguage(
  words: readonly string[],
  isEnglishContentWord: (word: string) => boolean = () => false,
): QueryLanguage {
  let danish = 0;
  let english = 0;
  for (const word of words) {
    const danishFunctionWord = danishStopwords.has(word);
    const englishFunctionWord = englishStopwords.has(word);
    if ((danishFunctionWord && !englishFunctionWord) || /[æøå]/.test(word)) danish++;
    else if (englishFunctionWord && !danishFunctionWord) english++;
    else if (!danishFunctionWord && isEnglishContentWord(word)) english++;
  }
  return english > danish ? "en" : "da";
}
