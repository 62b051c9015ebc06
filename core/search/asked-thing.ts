import type { Concept } from "./concept.ts";

/**
 * What a "which" question asks about, and whether it asks for several: the search then checks that the
 * answering paragraph says which (`vague-mention.ts`).
 */

/** Words that only count or sort what is asked for: "hvilke fire kommuner", "which types of cases". */
const countOrSort =
  /^(\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|two|three|four|five|six|typer|slags|former|arter|types?|kinds?|sorts?)$/;

/**
 * The thing a "which" question asks about: its first noun that is neither a name nor a count or sort
 * word (`hvilke fire kommuner` asks about kommuner; `which kinds of crime` about crime). Verbs and
 * adjectives count less than nouns (`hvilke nye indsatsområder`), so the first concept at full
 * importance is the noun; failing one, the first concept.
 */
export function askedThing(concepts: readonly Concept[]): Concept | undefined {
  const candidates = concepts.filter(
    (candidate) => !candidate.fromName && !countOrSort.test(candidate.label),
  );
  return candidates.find((candidate) => candidate.importance >= 1) ?? candidates[0];
}

/** Danish `hvilke` is plural; English `which` asks for several when its noun is plural (`which schools`). */
export function asksForSeveral(folded: readonly string[]): boolean {
  const [first, next = ""] = prepositions.has(folded[0] ?? "") ? folded.slice(1) : folded;
  return first === "hvilke" || (first === "which" && /[^s]s$/.test(next));
}

/** Prepositions a "which" question may open with: "ved hvilke skoler", "in which districts". */
export const prepositions = new Set(
  [
    "i",
    "ved",
    "paa",
    "pa",
    "til",
    "fra",
    "for",
    "med",
    "under",
    "om",
    "af",
    "hos",
    "blandt",
    "mellem",
  ].concat(["in", "at", "on", "from", "to", "with", "by", "of", "near", "among", "between", "for", "under"]),
);
