/**
 * `npx tsx scripts/compile-thesaurus.ts`: compiles Debian's mythes-da (`apt-get install mythes-da`) into
 * `content/lexicon/thesaurus-da.json`, keeping only what carries words the strategy does not use onto
 * words it does. Re-run after the strategy's text changes; `test/lexicon/language-resources.test.ts`
 * fails while the committed file differs from what this makes.
 */
import { writeFileSync } from "node:fs";
import { danishThesaurus, formatResource, isInstalled } from "./language-resources/sources.ts";

if (!isInstalled(danishThesaurus)) {
  throw new Error(`thesaurus: ${danishThesaurus.sourceFiles.join(", ")} missing: apt-get install mythes-da`);
}
const entries = danishThesaurus.compile();
writeFileSync(danishThesaurus.output, formatResource(entries));
console.log(`thesaurus: ${Object.keys(entries).length} words → ${danishThesaurus.output}`);
