import { LRUCache } from "lru-cache";
import { editDistance } from "./edit-distance.ts";
import { foldDanishLetters } from "./fold-danish-letters.ts";
import { danishTerm } from "./language.ts";
import { tokenize } from "./tokenize.ts";

/** Something with names staff call it by: a unit or a pejlemærke. */
export interface Named<Id extends string> {
  id: Id;
  names: readonly string[];
}

/** Where a name was found in a question: the thing's id and the word positions it covered. */
export interface NameMatch<Id extends string> {
  id: Id;
  start: number;
  end: number;
}

/** Finds names in a question's words; says how many typed words it remembers the name words of. */
export interface NameMatcher<Id extends string> {
  (typedWords: readonly string[]): NameMatch<Id>[];
  readonly rememberedWords: number;
}

/**
 * How many typed words a matcher remembers the matching name words of (an LRU): comparing a word with
 * every name word costs edit distances, and the same words come back in question after question.
 */
export const maxRememberedNameWords = 10_000;

/**
 * Finds the names of units or pejlemærker in a question's words (folded, lower-case): whole phrases
 * for multi-word names (`sund drift`, `special unit`), and for one-word names also their inflected
 * and slightly misspelt forms (`specialenhedens`, `anklagemydigheden`). Longest names win.
 */
export function createNameMatcher<Id extends string>(things: readonly Named<Id>[]): NameMatcher<Id> {
  const names = things
    .flatMap((thing) =>
      thing.names.map((name) => ({ id: thing.id, words: tokenize(name).map(foldDanishLetters) })),
    )
    .filter((name) => name.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  const nameWords = [...new Set(names.flatMap((name) => name.words))].map(analysed);
  const remembered = new LRUCache<string, ReadonlySet<string>>({ max: maxRememberedNameWords });

  const nameWordsMatching = (word: string): ReadonlySet<string> => {
    let matching = remembered.get(word);
    if (!matching) {
      const typed = analysed(word);
      matching = new Set(nameWords.filter((name) => sameName(typed, name)).map((name) => name.word));
      remembered.set(word, matching);
    }
    return matching;
  };

  const findNames = (typedWords: readonly string[]): NameMatch<Id>[] => {
    const matching = typedWords.map(nameWordsMatching);
    // Where each name word was typed, so a name is tried only where its first word stands.
    const typedAt = new Map<string, number[]>();
    matching.forEach((words, position) => {
      for (const word of words) {
        const positions = typedAt.get(word);
        if (positions) positions.push(position);
        else typedAt.set(word, [position]);
      }
    });
    const matches: NameMatch<Id>[] = [];
    const taken = new Set<number>();
    for (const name of names) {
      for (const start of typedAt.get(name.words[0] ?? "") ?? []) {
        const fits = name.words.every(
          (word, offset) => !taken.has(start + offset) && matching[start + offset]?.has(word),
        );
        if (!fits) continue;
        for (let position = start; position < start + name.words.length; position++) taken.add(position);
        matches.push({ id: name.id, start, end: start + name.words.length });
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  };
  return Object.defineProperty(findNames, "rememberedWords", {
    get: () => remembered.size,
  }) as NameMatcher<Id>;
}

interface AnalysedWord {
  word: string;
  term: string;
}

function analysed(word: string): AnalysedWord {
  return { word, term: danishTerm(word) };
}

function sameName(typed: AnalysedWord, name: AnalysedWord): boolean {
  // The Danish genitive adds -s to a name's last word, short ones too: "sund drifts indsatsområder".
  if (typed.word === name.word || typed.word === `${name.word}s`) return true;
  // Two letters swapped is the commonest chat typo (`drfit`), and rarely makes another word.
  if (name.word.length >= 5 && swapsTwoLetters(typed.word, name.word)) return true;
  if (name.word.length < 6) return false;
  if (typed.term === name.term) return true;
  // A typo rarely hits the first letter, and checking it first keeps this cheap for every word.
  if (typed.word[0] !== name.word[0]) return false;
  const allowed = name.word.length >= 11 ? 2 : 1;
  return (
    editDistance(typed.word, name.word, allowed) <= allowed ||
    editDistance(typed.word, `${name.word}s`, allowed) <= allowed
  );
}

/** Whether `a` is `b` with two neighbouring letters swapped. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  for (let index = 0; index < a.length; index++) {
    if (a[index] === b[index]) continue;
    if (first >= 0) {
      return (
        index === first + 1 &&
        a[first] === b[index] &&
        a[index] === b[first] &&
        a.slice(index + 1) === b.slice(index + 1)
      );
    }
    first = index;
  }
  return false;
}
