/** Options for {@link splitCompound}. */
export interface CompoundSplitOptions {
  /** Whether a string is a word on its own (a dictionary base form or an inflected form of one). */
  isWord: (candidate: string) => boolean;
  /** Shortest word that is tried as a compound. Default 8. */
  minCompoundLength?: number;
  /** Shortest part on either side. Default 3. */
  minPartLength?: number;
  /** Shortest last part. Default: `minPartLength`. */
  minLastPartLength?: number;
}

/** Linking letters (fugeelementer) that may join the parts of a Danish compound: `trygheds|vandring`. */
const linkingLetters = ["s", "e"];

/**
 * Splits a Danish compound into its parts, left to right, e.g. `tryghedsvandringer` →
 * `["tryghed", "vandringer"]` and `straffesagsbehandlingen` → `["straffe", "sagsbehandlingen"]`.
 * A word that is not a compound comes back alone. The shortest valid first part wins; the rest is
 * split again only when it is not a word in itself, so `vandringer` never becomes `vand` + `ringer`.
 */
export function splitCompound(word: string, options: CompoundSplitOptions): string[] {
  const minCompound = options.minCompoundLength ?? 8;
  const minPart = options.minPartLength ?? 3;
  const minLast = Math.max(minPart, options.minLastPartLength ?? minPart);
  if (word.length < minCompound) return [word];
  const cuts = Array.from(
    { length: Math.max(0, word.length - minPart - minLast + 1) },
    (_, offset) => minPart + offset,
  );
  const heads = cuts.map((cut) => ({
    head: firstPart(word.slice(0, cut), options.isWord, minPart),
    tail: word.slice(cut),
  }));
  const twoWords = heads.find(({ head, tail }) => head && options.isWord(tail));
  if (twoWords?.head) return [twoWords.head, twoWords.tail];
  // Three or more parts: the rest is split again, with parts of at least four letters, since short
  // fragments deep inside a word are more often coincidence than composition.
  const deeper = { ...options, minPartLength: Math.max(minPart, 4) };
  for (const { head, tail } of heads) {
    if (!head || tail.length < minCompound) continue;
    const tailParts = splitCompound(tail, deeper);
    if (tailParts.length > 1) return [head, ...tailParts];
  }
  return [word];
}

function firstPart(
  head: string,
  isWord: (candidate: string) => boolean,
  minPart: number,
): string | undefined {
  const last = head.at(-1) ?? "";
  const bare = head.slice(0, -1);
  if (linkingLetters.includes(last) && bare.length >= minPart && isWord(bare)) return bare;
  return isWord(head) ? head : undefined;
}

const inflectionEndings = [
  "ernes",
  "erne",
  "enes",
  "ene",
  "este",
  "ers",
  "ens",
  "ets",
  "ere",
  "est",
  "er",
  "en",
  "et",
  "es",
  "e",
  "s",
  "r",
  "t",
];

/**
 * Builds an `isWord` that accepts a dictionary base form or any of its regular inflections
 * (`vandringer` → `vandring`). `extraWords` adds words the dictionary may lack (the strategy's own).
 */
export function inflectedWordChecker(
  dictionary: ReadonlySet<string>,
  extraWords: ReadonlySet<string> = new Set(),
): (candidate: string) => boolean {
  const known = (word: string) => dictionary.has(word) || extraWords.has(word);
  return (candidate) =>
    known(candidate) ||
    inflectionEndings.some(
      (ending) =>
        candidate.endsWith(ending) &&
        candidate.length - ending.length >= 3 &&
        known(candidate.slice(0, -ending.length)),
    );
}
