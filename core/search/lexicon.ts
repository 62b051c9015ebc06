import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { AppError } from "../errors.ts";
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
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new AppError(500, `lexicon: ${file}: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError(500, `lexicon: ${file}: field "${issue?.path.join(".")}": ${issue?.message}`);
  }
  return result.data;
}
