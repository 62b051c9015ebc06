import { danishTerm } from "./language.ts";
import { editDistance, foldDanishLetters, tokenize } from "./text-analysis.ts";

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

/**
 * Finds the names of units or pejlemærker in a question's words (folded, lower-case): whole phrases
 * for multi-word names (`sund drift`, `special unit`), and for one-word names also their inflected
 * and slightly misspelt forms (`specialenhedens`, `anklagemydigheden`). Longest names win.
 */
export function createNameMatcher<Id extends string>(things: readonly Named<Id>[]) {
  const names = things
    .flatMap((thing) =>
      thing.names.map((name) => ({
        id: thing.id,
        words: tokenize(name)
          .map(foldDanishLetters)
          .map((word) => ({ word, term: danishTerm(word) })),
      })),
    )
    .filter((name) => name.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);

  return function findNames(typedWords: readonly string[]): NameMatch<Id>[] {
    const words = typedWords.map((word) => ({ word, term: danishTerm(word) }));
    const matches: NameMatch<Id>[] = [];
    const taken = new Set<number>();
    for (const name of names) {
      for (let start = 0; start + name.words.length <= words.length; start++) {
        const span = words.slice(start, start + name.words.length);
        const free = span.every((_, offset) => !taken.has(start + offset));
        if (free && span.every((typed, offset) => sameName(typed, name.words[offset]))) {
          for (let position = start; position < start + span.length; position++) taken.add(position);
          matches.push({ id: name.id, start, end: start + span.length });
        }
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  };
}

interface AnalysedWord {
  word: string;
  term: string;
}

function sameName(typed: AnalysedWord, name: AnalysedWord | undefined): boolean {
  if (!name) return false;
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
  const differ = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]));
  const [first, second] = differ;
  return (
    differ.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first]
  );
}
