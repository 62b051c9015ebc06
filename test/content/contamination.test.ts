import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { loadEvalSets } from "../../harness/eval-sets.ts";
import { type FoldedText, foldText, repeatOf } from "./question-repeats.ts";

/**
 * The search's aids must come from the strategy and how people talk, never from an evaluation question:
 * an entry copied from a question helps only that question and makes the figures lie. This fails when
 * a content example question, keyword or lexicon key repeats a question of any evaluation set present.
 */

const strategy = loadStrategy("content/strategi-2025");
const lexicon = loadLexicon("content/lexicon");

/** Every search aid an editor writes (keywords, example questions, alternates, lexicon keys), with where it stands. */
const entries: { where: string; text: string; folded: FoldedText }[] = [
  ...strategy.items.flatMap((item) => [
    ...[...item.keywords, ...item.questions].map((text) => ({ where: `${item.file} ${item.id}`, text })),
    ...item.paragraphs.flatMap((paragraph, index) =>
      [...(paragraph.keywords ?? []), ...(paragraph.questions ?? []), ...(paragraph.alternates ?? [])].map(
        (text) => ({
          where: `${item.file} ${item.id} paragraph ${index + 1}`,
          text,
        }),
      ),
    ),
  ]),
  ...Object.keys(lexicon.synonyms).map((text) => ({ where: "lexicon/synonyms.yaml", text })),
  ...Object.keys(lexicon.english).map((text) => ({ where: "lexicon/english.yaml", text })),
  ...[...lexicon.outOfScope.da, ...lexicon.outOfScope.en].map((text) => ({
    where: "lexicon/out-of-scope.yaml",
    text,
  })),
  ...[...lexicon.fillers.da, ...lexicon.fillers.en].map((text) => ({ where: "lexicon/fillers.yaml", text })),
].map((entry: { where: string; text: string }) => ({ ...entry, folded: foldText(entry.text) }));

const sets = loadEvalSets();

describe("search aids do not repeat evaluation questions", () => {
  it("has content and lexicon entries to check", () => {
    expect(entries.length).toBeGreaterThan(1000);
  });

  it("checks the own set, at least one blind set and, in CI, the shared development set", () => {
    const names = sets.map((set) => set.name);
    expect(names).toContain("own");
    expect(names.some((name) => name.startsWith("blind-"))).toBe(true);
    if (process.env.CI === "true") expect(names).toContain("dev");
  });

  if (!sets.some((set) => set.name === "dev")) {
    it.skip("the shared development set: not beside this checkout (set STRATEGY_SHARED_DIR)", () => {});
  }

  for (const set of sets) {
    it(`no entry repeats a question of ${set.name}`, () => {
      const repeats = set.questions.flatMap((question) => {
        const folded = foldText(question.question);
        return entries.flatMap((entry) => {
          const why = repeatOf(entry.folded, folded);
          return why ? [`${entry.where}: "${entry.text}" ${why} ${set.name}/${question.id}`] : [];
        });
      });
      expect(repeats).toEqual([]);
    });
  }
});

describe("what counts as a repeat", () => {
  const repeats = (entry: string, question: string) => repeatOf(foldText(entry), foldText(question));

  it("is equal after folding case, punctuation and æøå, whichever way they are typed", () => {
    expect(
      repeats("Hvornår åbner de nye lokaler på Amager?", "hvornaar aabner de nye lokaler paa amager"),
    ).toBe("equal");
    expect(repeats("Må man gå på kursus?", "ma man ga pa kursus")).toBe("equal");
  });

  it("is contained in the question when it has four words or more", () => {
    expect(repeats("korte ventetider i retten", "hvorfor taler vi om korte ventetider i retten nu?")).toBe(
      "contained in the question",
    );
    expect(
      repeats("ventetider i retten", "hvorfor taler vi om korte ventetider i retten nu?"),
    ).toBeUndefined();
  });

  it("shares at least 80 % of the words of the longer of the two", () => {
    expect(repeats("hvad gør politiet for trygheden?", "hvad gør kommunen for trygheden?")).toBe(
      "shares ≥ 80 % of the words",
    );
    expect(repeats("hvad gør politiet ved cykeltyveri?", "hvad gør kommunen for trygheden?")).toBeUndefined();
  });
});
