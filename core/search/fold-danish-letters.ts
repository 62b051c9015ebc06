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
