import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import type { Strategy } from "../../core/content/strategy.ts";
import { danishDictionary } from "../../core/search/danish-dictionary.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { trainPassageClassifier } from "../../core/search/passage-classifier.ts";
import { buildPassageIndex, type Passage } from "../../core/search/passage-index.ts";
import { createStrategySearch } from "../../core/search/strategy-search.ts";
import { createTermAnalyzer } from "../../core/search/term-analyzer.ts";
import { tokenize } from "../../core/search/tokenize.ts";
import { answerText } from "./search-fixture.ts";

/** The classifier as the search trains it, over a content folder, with the passages it scores. */
function trainOn(strategy: Strategy) {
  const words = strategy.items.flatMap((item) =>
    [
      item.title,
      ...item.keywords,
      ...item.paragraphs.flatMap((p) => [p.text, ...(p.alternates ?? [])]),
    ].flatMap(tokenize),
  );
  const analyzer = createTermAnalyzer(words, danishDictionary());
  const { passages } = buildPassageIndex(strategy, analyzer);
  const classifier = trainPassageClassifier(strategy, passages, analyzer);
  const top = (question: string): Passage => {
    const probabilities = classifier.probabilities(question);
    const best = probabilities.indexOf(Math.max(...probabilities));
    return passages[best] as Passage;
  };
  return { classifier, passages, top };
}

const contentDir = "content/strategi-2025";
const real = trainOn(loadStrategy(contentDir));
const paragraphText = (passage: Passage) => passage.item.paragraphs[passage.paragraphIndex]?.text ?? "";

describe("the passage classifier", () => {
  it("is trained deterministically: the same content gives the same predictions", () => {
    const again = trainOn(loadStrategy(contentDir));
    for (const question of ["hvad gør vi ved bander", "how do we look after staff", "xyzzy"])
      expect([...again.classifier.probabilities(question)]).toEqual([
        ...real.classifier.probabilities(question),
      ]);
  });

  it("takes a paraphrase in words the paragraph does not use to that paragraph", () => {
    // Written for this test from the strategy's text: "tjenesteplanlægning" under trivsel.
    const question = "kan betjentene få mere indflydelse på deres vagtplaner";
    const found = real.top(question);
    expect(paragraphText(found)).toContain("tjenesteplanlægning");
    expect(paragraphText(found)).not.toMatch(/indflydelse|vagtplan/);
    // And one with a typo, from "levere kredsens straffesager digitalt til byretterne".
    expect(paragraphText(real.top("skal vi sende sagerne elektronsik til domstolene"))).toContain(
      "byretterne",
    );
  });

  it("gives a probability for every paragraph, whatever is typed", () => {
    const uniform = 1 / real.passages.length;
    for (const nothing of ["", "   ", "?!…", "🚓🚓🚓"])
      expect([...real.classifier.probabilities(nothing)]).toEqual(real.passages.map(() => uniform));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300, unit: "grapheme" }), fc.constant("trivsel ".repeat(20_000))),
        (text) => {
          const probabilities = [...real.classifier.probabilities(text)];
          expect(probabilities).toHaveLength(real.passages.length);
          expect(probabilities.every((p) => Number.isFinite(p) && p >= 0)).toBe(true);
          expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("decides the search's answer where the words rate two paragraphs alike", () => {
    // Written for this test: data in investigations is the analysis paragraph, not the priorities one.
    const question = "hvordan bruger vi data bedre i efterforskningen";
    const lexicalOnly = createStrategySearch(loadStrategy(contentDir), loadLexicon("content/lexicon"), {
      classifierWeight: 0,
    }).search(question);
    expect(lexicalOnly.kind === "answer" && lexicalOnly.answer.paragraphIndexes).toEqual([1, 3]);
    expect(answerText(question)).toBe(
      "Endelig understøtter vi hele politikredsen med efterretninger og analysearbejde samt teknisk efterforskning.",
    );
  });

  describe("is rebuilt from the committed alternates", () => {
    const copy = mkdtempSync(join(tmpdir(), "strategi-classifier-"));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it("learns an alternate added to a paragraph the next time the content is loaded", () => {
      cpSync(contentDir, copy, { recursive: true });
      const file = join(copy, "alternates/digitalisering.yaml");
      const alternates = parse(readFileSync(file, "utf8")) as Record<string, Record<string, string[]>>;
      const invented = "hvad er blåbærprotokollen";
      alternates.digitalisering?.["2"]?.push(invented);
      writeFileSync(file, stringify(alternates));

      expect(paragraphText(real.top(invented))).not.toContain("digitale kompetencer");
      const retrained = trainOn(loadStrategy(copy));
      expect(paragraphText(retrained.top("blåbærprotokollen"))).toContain("digitale kompetencer");
    });
  });
});
