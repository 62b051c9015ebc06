import { gunzipSync } from "node:zlib";
import { englishStopwords } from "../../core/search/language.ts";
import { normalizeText, tokenize } from "../../core/search/tokenize.ts";
import { usesOnly } from "./strategy-vocabulary.ts";

/** One headword of a FreeDict dictionary and its translations. */
export interface DictEntry {
  headword: string;
  translations: string[];
}

const base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Reads a dictd database (FreeDict's `.index` and `.dict.dz`): each index line is `headword`, offset and
 * length in dictd's base-64 numbers; each article is a line `headword /pronunciation/ <pos>` followed by
 * lines of comma-separated translations with notes in square brackets. Database-info articles (`00…`)
 * are skipped.
 */
export function parseFreedict(index: string, compressedDict: Buffer): DictEntry[] {
  const dict = gunzipSync(compressedDict);
  return index
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("00"))
    .map((line, number) => {
      const [headword, offset, length] = line.split("\t");
      if (!headword || !offset || !length) throw new Error(`dictionary: index line ${number + 1}: "${line}"`);
      const article = dict
        .subarray(dictdNumber(offset), dictdNumber(offset) + dictdNumber(length))
        .toString("utf8");
      const translations = article
        .split("\n")
        .slice(1)
        .flatMap((text) => text.replace(/\[[^\]]*\]/g, "").split(/[,;]/))
        .map((text) => normalizeText(text).trim())
        .filter(Boolean);
      return { headword: normalizeText(headword), translations };
    });
}

function dictdNumber(digits: string): number {
  let value = 0;
  for (const digit of digits) {
    const at = base64Digits.indexOf(digit);
    if (at < 0) throw new Error(`dictionary: "${digits}" is not a dictd number`);
    value = value * 64 + at;
  }
  return value;
}

/**
 * The part of a Danish–English dictionary that carries English words onto words the strategy uses:
 * for each Danish headword in the strategy's vocabulary, each of its translations (one to four English
 * words, not only function words) → that headword.
 */
export function compileEnglishToDanish(
  entries: DictEntry[],
  vocabulary: ReadonlySet<string>,
): Record<string, string[]> {
  const carried = new Map<string, Set<string>>();
  for (const { headword, translations } of entries) {
    if (!usesOnly(vocabulary, headword)) continue;
    for (const english of translations.filter(isEnglishKey)) {
      carried.set(english, (carried.get(english) ?? new Set()).add(headword));
    }
  }
  return Object.fromEntries(
    [...carried]
      .sort(([a], [b]) => a.localeCompare(b, "en"))
      .map(([english, danish]) => [english, [...danish].sort((a, b) => a.localeCompare(b, "da"))]),
  );
}

function isEnglishKey(phrase: string): boolean {
  const words = tokenize(phrase);
  return (
    words.length >= 1 &&
    words.length <= 4 &&
    words.join(" ") === phrase &&
    words.some((word) => !englishStopwords.has(word) && word.length >= 3)
  );
}
