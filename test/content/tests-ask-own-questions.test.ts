import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEvalSets } from "../../harness/eval-sets.ts";
import { foldText, repeatOf } from "./question-repeats.ts";

/**
 * Tests that ask the search a question must ask their own: a test written from an evaluation question
 * invites fitting the search to that question, and the figures would then lie as much as a copied
 * keyword would. Checks every quoted text of three words or more in the tests that ask questions. A
 * strategy phrase the tests quote (a title such as "I øjenhøjde med borgerne") may stand inside an
 * evaluation question: that is the strategy's wording, not the question's, so only equal texts, texts
 * holding a whole question and texts sharing most of a question's words count.
 */

/** The test folders whose tests put questions to the search, the bot or the tab's search box. */
const askingFolders = ["test/search", "test/bot", "test/cards", "test/tab", "test/lexicon"];

/** Quoted texts ("…", '…' or `…` without interpolation) on one line. */
const quoted = /"([^"\n\\]{8,})"|'([^'\n\\]{8,})'|`([^`\n\\$]{8,})`/g;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

const texts = askingFolders.flatMap(testFiles).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(quoted)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? "")
    .map((text) => ({ file, text, folded: foldText(text) }))
    .filter(({ folded }) => folded.words.length >= 3),
);

describe("tests ask questions of their own", () => {
  it("finds the questions the tests ask", () => {
    expect(texts.length).toBeGreaterThan(200);
  });

  for (const set of loadEvalSets()) {
    it(`no test asks a question of ${set.name}`, () => {
      const repeats = set.questions.flatMap((question) => {
        const folded = foldText(question.question);
        return texts.flatMap(({ file, text, folded: asked }) => {
          const why = repeatOf(asked, folded);
          return why && why !== "contained in the question"
            ? [`${file}: "${text}" ${why} ${set.name}/${question.id}`]
            : [];
        });
      });
      expect(repeats).toEqual([]);
    });
  }
});
