/**
 * The language-neutral first steps of search: normalising what people type and cutting it into words.
 * Kept free of any Danish or English knowledge so both the index and the query use exactly the same steps.
 */

/** Lower-cases, applies Unicode compatibility folding and unifies quotes and dashes. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/**
 * Splits normalised text into words: runs of letters and digits. Hyphens and apostrophes separate words
 * (`hr-processer` → `hr`, `processer`; `unit's` → `unit`, `s`), which is what a chat query needs.
 */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const danishLetterSpellings: Record<string, string> = {
  æ: "ae",
  ø: "oe",
  å: "aa",
  ä: "ae",
  ö: "oe",
  é: "e",
  è: "e",
  ü: "u",
};

/**
 * Folds æ/ø/å (and their German and accented cousins) to the two-letter spellings people type on
 * keyboards without them, so `tættere`, `taettere` land on the same term.
 */
export function foldDanishLetters(word: string): string {
  return word.replace(/[æøåäöéèü]/g, (letter) => danishLetterSpellings[letter] ?? letter);
}

/** Levenshtein distance, stopping early once it exceeds `max` (returns `max + 1` then). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}
