import { existsSync, readFileSync } from "node:fs";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { compileEnglishToDanish, parseFreedict } from "./freedict.ts";
import { strategyVocabulary } from "./strategy-vocabulary.ts";

/** A language resource compiled from a Debian package into a committed file under `content/lexicon/`. */
export interface LanguageResource {
  /** The Debian package that provides the source files (CI installs it). */
  debianPackage: string;
  /** The files the package installs that the compilation reads. */
  sourceFiles: string[];
  /** The committed output, relative to the repository. */
  output: string;
  /** Compiles the installed source against the strategy in `content/strategi-2025`. */
  compile(): Record<string, string[]>;
}

const contentDir = "content/strategi-2025";

/** dict-freedict-dan-eng: FreeDict's Danish–English dictionary, turned into English → strategy words. */
export const englishDictionary: LanguageResource = {
  debianPackage: "dict-freedict-dan-eng",
  sourceFiles: ["/usr/share/dictd/freedict-dan-eng.index", "/usr/share/dictd/freedict-dan-eng.dict.dz"],
  output: "content/lexicon/dictionary-en-da.json",
  compile() {
    const [index = "", dict = ""] = this.sourceFiles;
    const entries = parseFreedict(readFileSync(index, "utf8"), readFileSync(dict));
    return compileEnglishToDanish(entries, strategyVocabulary(loadStrategy(contentDir)));
  },
};

/** Whether a resource's Debian package is installed (its source files are present). */
export function isInstalled(resource: LanguageResource): boolean {
  return resource.sourceFiles.every((file) => existsSync(file));
}

/** The committed file's text for compiled entries: one entry a line, so a change reads well in a diff. */
export function formatResource(entries: Record<string, string[]>): string {
  const lines = Object.entries(entries).map(
    ([key, values]) => `  ${JSON.stringify(key)}: ${JSON.stringify(values)}`,
  );
  return `{\n${lines.join(",\n")}\n}\n`;
}
