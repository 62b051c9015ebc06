import { foldDanishLetters } from "../../core/search/fold-danish-letters.ts";
import { tokenize } from "../../core/search/tokenize.ts";

/** A text folded for comparison: its words, the same as a set, and joined with spaces around. */
export interface FoldedText {
  words: string[];
  set: ReadonlySet<string>;
  spaced: string;
}

/**
 * Folds a text so that spellings of one question meet: lower case, no punctuation, æ/ø/å and their
 * two-letter spellings (ae, oe, aa) and the plain vowels people type without them (a, o) all on one
 * spelling. The last step also merges a few unrelated words; that only makes the check stricter.
 */
export function foldText(text: string): FoldedText {
  const words = tokenize(text).map((word) =>
    foldDanishLetters(word).replace(/ae|aa/g, "a").replace(/oe/g, "o"),
  );
  return { words, set: new Set(words), spaced: ` ${words.join(" ")} ` };
}

/** Fewest words a phrase needs before containing it, or being contained, counts as a repeat. */
const minContainedWords = 4;
/** Share of words two texts must have in common, counted against the longer, to count as a repeat. */
const minSharedWords = 0.8;

/**
 * Why `entry` (a content example question, keyword or lexicon key) repeats `question`, or undefined:
 * equal once folded, one contained in the other (the contained one of 4+ words), or sharing ≥ 80 % of
 * the words of the longer one. Both come folded, so a large check folds each text once.
 */
export function repeatOf(entry: FoldedText, question: FoldedText): string | undefined {
  if (entry.words.length === 0 || question.words.length === 0) return undefined;
  if (entry.spaced === question.spaced) return "equal";
  if (entry.words.length >= minContainedWords && question.spaced.includes(entry.spaced)) {
    return "contained in the question";
  }
  if (question.words.length >= minContainedWords && entry.spaced.includes(question.spaced)) {
    return "contains the question";
  }
  const [smaller, larger] = entry.set.size < question.set.size ? [entry, question] : [question, entry];
  const needed = minSharedWords * larger.set.size;
  if (smaller.set.size < needed) return undefined;
  let shared = 0;
  for (const word of smaller.set) if (larger.set.has(word)) shared++;
  return shared >= needed ? "shares ≥ 80 % of the words" : undefined;
}
