import type { WeightedTerm } from "./compiled-lexicon.ts";

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
  /** Set for a named unit's own name: it helps rank, but a question of names alone opens the unit. */
  fromName?: boolean;
  /**
   * Matched only as the term itself: no prefix, no typo tolerance (foreign words; required ones unless
   * set to false).
   */
  exact?: boolean;
  /**
   * Matched only in the strategy's own words (text and titles), not the editors' aids: set for a name
   * the strategy never uses, which an alternate may mention to lead to the paragraph about its kind.
   */
  strategyTextOnly?: boolean;
}

/** A concept with each term once, at its highest weight. */
export function concept(label: string, alternatives: WeightedTerm[], importance: number): Concept {
  const best = new Map<string, number>();
  for (const { term, weight } of alternatives) best.set(term, Math.max(weight, best.get(term) ?? 0));
  return { label, alternatives: [...best].map(([term, weight]) => ({ term, weight })), importance };
}
