import { join } from "node:path";
import { z } from "zod";
import { readCheckedFile } from "../read-checked-file.ts";
import { type LanguageResources, loadLanguageResources } from "./language-resources.ts";

const phraseMap = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));
const byLanguage = z.strictObject({ da: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });

/**
 * The search's language knowledge, as kept in `content/lexicon/`: hand-written English words and
 * everyday Danish words mapped onto the words the strategy uses and the question words that carry no
 * topic, and beside them the dictionary compiled from a public source.
 */
export interface Lexicon extends LanguageResources {
  /** English word or phrase → Danish words of the strategy. */
  english: Record<string, string[]>;
  /** Everyday Danish word or phrase → words of the strategy. */
  synonyms: Record<string, string[]>;
  /** Question words that never carry the topic, per language. */
  fillers: { da: string[]; en: string[] };
  /** Topics the strategy does not cover (pay, parking, opening hours, other districts), per language. */
  outOfScope: { da: string[]; en: string[] };
}

/** Reads and validates the lexicon folder; errors name the file and the entry. */
export function loadLexicon(dir: string): Lexicon {
  return {
    english: readYaml(dir, "english.yaml", phraseMap),
    synonyms: readYaml(dir, "synonyms.yaml", phraseMap),
    fillers: readYaml(dir, "fillers.yaml", byLanguage),
    outOfScope: readYaml(dir, "out-of-scope.yaml", byLanguage),
    ...loadLanguageResources(dir),
  };
}

function readYaml<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  return readCheckedFile({ path: join(dir, file), name: `lexicon: ${file}`, schema });
}
