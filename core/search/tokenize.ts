/**
 * The language-neutral first step of search: normalising what people type and cutting it into words.
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
