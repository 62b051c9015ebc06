import { danishStopwords } from "../../core/search/language.ts";
import { normalizeText, tokenize } from "../../core/search/text-analysis.ts";
import { usesOnly } from "./strategy-vocabulary.ts";

/** One headword of a MyThes thesaurus: its synonyms and its narrower terms ("underbegreb"). */
export interface MythesEntry {
  headword: string;
  synonyms: string[];
  narrower: string[];
}

/**
 * Parses a MyThes data file (`th_da_DK.dat`): a line naming the encoding, then per headword a line
 * `headword|count` followed by `count` lines of `|`-separated meanings, a meaning marked
 * `(underbegreb)` being a narrower term and other parenthesised notes (`(daglig tale)`) being labels.
 */
export function parseMythes(text: string): MythesEntry[] {
  const lines = text.split("\n");
  const entries: MythesEntry[] = [];
  let at = 1;
  while (at < lines.length) {
    const header = lines[at++] ?? "";
    const match = /^(.+)\|(\d+)$/.exec(header);
    if (!match) {
      if (header.trim()) throw new Error(`thesaurus: line ${at}: expected "headword|count", got "${header}"`);
      continue;
    }
    const entry: MythesEntry = { headword: normalizeText(match[1] ?? ""), synonyms: [], narrower: [] };
    for (const line of lines.slice(at, at + Number(match[2]))) {
      for (const meaning of line.split("|").slice(1)) {
        const narrower = meaning.includes("(underbegreb)");
        const word = normalizeText(meaning.replace(/\([^)]*\)/g, "")).trim();
        if (word) (narrower ? entry.narrower : entry.synonyms).push(word);
      }
    }
    at += Number(match[2]);
    entries.push(entry);
  }
  return entries;
}

/**
 * The part of a thesaurus that carries words the strategy does not use onto words it does: for each
 * headword outside the strategy's vocabulary, its synonyms that are inside it. A narrower term is also
 * carried onto its headword (`lussing` → `vold`), as people name the particular where the strategy
 * names the kind; a headword is never carried onto its narrower terms, which would claim too much.
 */
export function compileThesaurus(
  entries: MythesEntry[],
  vocabulary: ReadonlySet<string>,
): Record<string, string[]> {
  const carried = new Map<string, Set<string>>();
  const carry = (from: string, to: string) => {
    if (!isCarriable(from) || usesOnly(vocabulary, from) || !usesOnly(vocabulary, to)) return;
    carried.set(from, (carried.get(from) ?? new Set()).add(to));
  };
  for (const { headword, synonyms, narrower } of entries) {
    for (const synonym of synonyms) carry(headword, synonym);
    for (const term of narrower) carry(term, headword);
  }
  return Object.fromEntries(
    [...carried]
      .sort(([a], [b]) => a.localeCompare(b, "da"))
      .map(([from, to]) => [from, [...to].sort((a, b) => a.localeCompare(b, "da"))]),
  );
}

/** A key the search can look up: one to four words of letters, not only function words. */
function isCarriable(phrase: string): boolean {
  const words = tokenize(phrase);
  return (
    words.length >= 1 &&
    words.length <= 4 &&
    words.join(" ") === phrase &&
    words.some((word) => !danishStopwords.has(word) && word.length >= 3)
  );
}
