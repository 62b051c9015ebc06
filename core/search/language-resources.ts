import { join } from "node:path";
import { z } from "zod";
import { readCheckedFile } from "../read-checked-file.ts";

/**
 * Language resources compiled from public dictionaries by `scripts/compile-dictionary.ts` (sources and
 * licences in `content/lexicon/LANGUAGE-RESOURCES.md`). Each maps a word or phrase the strategy does not
 * use onto words it does; the search consults them only where the hand-written lexicon has nothing, at
 * a lower weight than a synonym. (A Danish thesaurus compiled the same way from mythes-da gained nothing
 * on the blind set and was taken out: see `core/search/DESIGN.md`.)
 */
export interface LanguageResources {
  /** English word or phrase → the strategy's Danish words, from FreeDict's Danish–English dictionary. */
  dictionary: Record<string, string[]>;
}

/** The committed files, in the lexicon folder. */
export const languageResourceFiles = {
  dictionary: "dictionary-en-da.json",
} as const;

const resourceSchema = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));

/** Reads the compiled resources from the lexicon folder; errors name the file. */
export function loadLanguageResources(dir: string): LanguageResources {
  return { dictionary: readResource(dir, languageResourceFiles.dictionary) };
}

function readResource(dir: string, file: string): Record<string, string[]> {
  const path = join(dir, file);
  return readCheckedFile({
    path,
    name: `lexicon: ${file}`,
    schema: resourceSchema,
    format: "json",
    placeWord: "entry",
  });
}
