import { LRUCache } from "lru-cache";

/** Turns a word into its index terms (the search's analyser). */
export type TermsOf = (word: string) => readonly string[];

/** A way of cutting a paragraph into tokens, named so that its results can be remembered. */
export interface Split {
  name: string;
  tokens(paragraph: string): string[];
}

/** A paragraph cut into tokens, and where it mentions any of some terms. */
export interface Mentions {
  tokens: readonly string[];
  /** Positions of the tokens with any of `terms` among their index terms (lower-cased first), in order. */
  positionsOf(terms: ReadonlySet<string>): number[];
}

/**
 * How many paragraphs' tokens and term positions are remembered per analyser (an LRU): the rules that
 * read where a paragraph mentions the asked thing run for every candidate of every "which" question,
 * and the paragraphs are the strategy's own, so their words need analysing once, not once a question.
 */
export const maxRememberedParagraphs = 1_000;

const remembered = new WeakMap<TermsOf, LRUCache<string, Mentions>>();

/** The paragraph's tokens by `split` and where they mention terms, worked out once per analyser. */
export function mentionsIn(paragraph: string, split: Split, termsOf: TermsOf): Mentions {
  let byParagraph = remembered.get(termsOf);
  if (!byParagraph) {
    byParagraph = new LRUCache({ max: maxRememberedParagraphs });
    remembered.set(termsOf, byParagraph);
  }
  const key = `${split.name}\n${paragraph}`;
  let mentions = byParagraph.get(key);
  if (!mentions) {
    mentions = analyse(split.tokens(paragraph), termsOf);
    byParagraph.set(key, mentions);
  }
  return mentions;
}

function analyse(tokens: readonly string[], termsOf: TermsOf): Mentions {
  const positionsByTerm = new Map<string, number[]>();
  tokens.forEach((token, position) => {
    for (const term of new Set(termsOf(token.toLowerCase()))) {
      const positions = positionsByTerm.get(term);
      if (positions) positions.push(position);
      else positionsByTerm.set(term, [position]);
    }
  });
  return {
    tokens,
    positionsOf(terms) {
      const positions = new Set<number>();
      for (const term of terms)
        for (const position of positionsByTerm.get(term) ?? []) positions.add(position);
      return [...positions].sort((a, b) => a - b);
    },
  };
}

/** How many paragraphs are remembered for an analyser now; never more than `maxRememberedParagraphs`. */
export function rememberedParagraphs(termsOf: TermsOf): number {
  return remembered.get(termsOf)?.size ?? 0;
}
