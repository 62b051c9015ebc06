import { newStemmer } from "snowball-stemmers";
import { dan, eng } from "stopword";
import { foldDanishLetters } from "./text-analysis.ts";

/** The two languages a question may be asked in. */
export type QueryLanguage = "da" | "en";

const danishStemmer = newStemmer("danish");
const englishStemmer = newStemmer("english");

/**
 * A Danish word as an index term: Snowball-stemmed (on the æ/ø/å spelling, which the stemmer knows)
 * and then folded, so `særligt`, `saerligt` and `særlige` meet as `saer`.
 */
export function danishTerm(word: string): string {
  return foldDanishLetters(danishStemmer.stem(word));
}

/** An English word as a glossary key: Snowball-stemmed (`patrols`, `patrolling` → `patrol`). */
export function englishTerm(word: string): string {
  return englishStemmer.stem(word);
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
 * Tells an English question from a Danish one by counting each language's function words. Short chat
 * questions are too short for statistical detectors; function words are what distinguish them. Ties
 * go to Danish, the app's primary language.
 */
export function detectLanguage(words: readonly string[]): QueryLanguage {
  let danish = 0;
  let english = 0;
  for (const word of words) {
    if (danishStopwords.has(word) || /[æøå]/.test(word)) danish++;
    if (englishStopwords.has(word)) english++;
  }
  return english > danish ? "en" : "da";
}
