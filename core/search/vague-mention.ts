import { tokenize } from "./tokenize.ts";

/**
 * Words that name a thing without saying which: "udvalgte HR-processer", "en række projekter", "en ny
 * våbenplatform". A paragraph that mentions what a "which ones?" question asks about only this way
 * does not answer it.
 */
const vagueQuantifiers = new Set([
  "udvalgte",
  "række",
  "nogle",
  "forskellige",
  "visse",
  "enkelte",
  "flere",
  "ny",
  "nye",
  "nyt",
  "istandsatte",
  "bestemte",
  "særlige",
]);

/** How far before the asked word a quantifier may stand ("udvalgte og nye lokaliteter"). */
const window = 3;

/**
 * Whether `paragraph` mentions the thing asked about (any word with one of `askedTerms`) only vaguely:
 * every mention has a quantifier of the kind above shortly before it. A paragraph that does not
 * mention it at all is not judged here (the coverage rules do that).
 */
export function mentionsOnlyVaguely(
  paragraph: string,
  askedTerms: ReadonlySet<string>,
  termsOf: (word: string) => string[],
): boolean {
  const words = tokenize(paragraph);
  const mentions = words.flatMap((word, position) =>
    termsOf(word).some((term) => askedTerms.has(term)) ? [position] : [],
  );
  return (
    mentions.length > 0 &&
    mentions.every((position) =>
      words.slice(Math.max(0, position - window), position).some((word) => vagueQuantifiers.has(word)),
    )
  );
}
