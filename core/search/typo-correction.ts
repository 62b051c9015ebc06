/** Shortest word any slip is looked for in: shorter ones are one letter from too many others. */
const minLength = 6;
/** Shortest word two swapped neighbours are looked for in (`bedts` → `bedst`): a swap is a rarer coincidence. */
const minSwapLength = 4;

/**
 * Builds the function that finds the strategy's word a typed word is one typing slip away from (a
 * letter dropped, added or changed, or two neighbours swapped: `forbrydeler` → `forbrydelser`), or
 * undefined when there is none or more than one. The index search already forgives a slip in a term
 * it does not know, but a slip can change how a word is stemmed (`forbrydeler` → `forbrydel`, the word
 * → `forbryd`) so that no term is near; correcting the word before it is stemmed avoids that. Every
 * word one slip away is tried against the vocabulary (as in Norvig's spelling corrector): a few hundred
 * set lookups for a word nobody has typed before, and no index beside the vocabulary itself.
 */
export function createTypoCorrector(corpusWords: Iterable<string>): (word: string) => string | undefined {
  const vocabulary = new Set([...corpusWords].filter((word) => word.length >= minSwapLength));
  const alphabet = [...new Set([...vocabulary].flatMap((word) => [...word]))].filter((letter) =>
    /\p{L}/u.test(letter),
  );
  return (typed) => {
    if (typed.length < minSwapLength || !/^\p{L}+$/u.test(typed)) return undefined;
    const slips = typed.length < minLength ? swapsOf(typed) : oneSlipFrom(typed, alphabet);
    const candidates = new Set(slips.filter((word) => vocabulary.has(word)));
    candidates.delete(typed);
    const [only, ...others] = candidates;
    return others.length === 0 ? only : undefined;
  };
}

/** Every string one slip from `word`: each letter dropped, swapped with the next, changed, or one added. */
function oneSlipFrom(word: string, alphabet: readonly string[]): string[] {
  const slips: string[] = swapsOf(word);
  for (let at = 0; at <= word.length; at++) {
    const [head, tail] = [word.slice(0, at), word.slice(at)];
    if (tail) slips.push(head + tail.slice(1));
    for (const letter of alphabet) {
      if (tail) slips.push(head + letter + tail.slice(1));
      slips.push(head + letter + tail);
    }
  }
  return slips;
}

/** Every string `word` becomes with two neighbouring letters swapped. */
function swapsOf(word: string): string[] {
  const swaps: string[] = [];
  for (let at = 0; at + 1 < word.length; at++)
    swaps.push(word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2));
  return swaps;
}
