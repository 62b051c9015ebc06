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
      thing.names.map((name) => ({ id: thing.id, words: tokenize(name).map(foldDanishLetters) })),
    )
    .filter((name) => name.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);

  return function findNames(words: readonly string[]): NameMatch<Id>[] {
    const matches: NameMatch<Id>[] = [];
    const taken = new Set<number>();
    for (const name of names) {
      for (let start = 0; start + name.words.length <= words.length; start++) {
        const span = words.slice(start, start + name.words.length);
        const free = span.every((_, offset) => !taken.has(start + offset));
        if (free && span.every((word, offset) => sameName(word, name.words[offset] ?? ""))) {
          for (let position = start; position < start + span.length; position++) taken.add(position);
          matches.push({ id: name.id, start, end: start + span.length });
        }
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  };
}

function sameName(typed: string, name: string): boolean {
  if (typed === name) return true;
  if (name.length < 6) return false;
  if (danishTerm(typed) === danishTerm(name)) return true;
  const allowed = name.length >= 11 ? 2 : 1;
  return editDistance(typed, name, allowed) <= allowed || editDistance(typed, `${name}s`, allowed) <= allowed;
}
