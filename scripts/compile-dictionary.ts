/**
 * `npx tsx scripts/compile-dictionary.ts`: compiles Debian's dict-freedict-dan-eng (`apt-get install
 * dict-freedict-dan-eng`) into `content/lexicon/dictionary-en-da.json`: English words → the Danish
 * words of the strategy they translate. Re-run after the strategy's text changes;
 * `test/lexicon/language-resources.test.ts` fails while the committed file differs from what this makes.
 */
import { writeFileSync } from "node:fs";
import { englishDictionary, formatResource, isInstalled } from "./language-resources/sources.ts";

if (!isInstalled(englishDictionary)) {
  throw new Error(
    `dictionary: ${englishDictionary.sourceFiles.join(", ")} missing: apt-get install dict-freedict-dan-eng`,
  );
}
const entries = englishDictionary.compile();
writeFileSync(englishDictionary.output, formatResource(entries));
console.log(`dictionary: ${Object.keys(entries).length} English words → ${englishDictionary.output}`);
