import { LRUCache } from "lru-cache";
import type { SearchOutcome } from "./answer.ts";

/**
 * How many questions' outcomes the search remembers (an LRU keyed by the question as typed). Staff ask
 * the same things again ("hvad er pejlemærkerne?"); the search is a pure function of the question, so
 * a question asked before costs a lookup. Outcomes are shared between callers and never changed.
 */
export const maxRememberedQuestions = 2_000;

/** A search that remembers its outcomes; says how many it remembers now. */
export interface RememberingSearch {
  (question: string): SearchOutcome;
  readonly rememberedQuestions: number;
}

/** Wraps a pure search so that each question's outcome is worked out once while it is remembered. */
export function rememberOutcomes(search: (question: string) => SearchOutcome): RememberingSearch {
  const remembered = new LRUCache<string, SearchOutcome>({ max: maxRememberedQuestions });
  const rememberingSearch = (question: string): SearchOutcome => {
    let outcome = remembered.get(question);
    if (!outcome) {
      outcome = search(question);
      remembered.set(question, outcome);
    }
    return outcome;
  };
  return Object.defineProperty(rememberingSearch, "rememberedQuestions", {
    get: () => remembered.size,
  }) as RememberingSearch;
}
