import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadLexicon } from "../../core/search/lexicon.ts";
import { createStrategySearch } from "../../core/search/strategy-search.ts";
import { warmUpSearch } from "../../core/search/warm-up.ts";

const strategy = loadStrategy("content/strategi-2025");
const build = () => createStrategySearch(strategy, loadLexicon("content/lexicon"));

describe("the search's start-up warm-up", () => {
  it("asks every example question and alternate once, and leaves every reply as a fresh search gives it", () => {
    const questions = [
      "psykisk arbejdsmiljø og sygefravær på vagtholdene",
      "border duties of the specialised police unit at airports",
      "antal politistationer fordelt på kommunerne",
      "pris på våbenplatformen i millioner",
      "lokalpolitienheden sund drift initiativer",
      "strukturen under pejlemærket tættere på borgerne forklaret",
    ];
    const fresh = build();
    const warmed = build();
    const asked = warmUpSearch(warmed, strategy);
    const examples = strategy.items.flatMap((item) => [
      ...item.questions,
      ...item.paragraphs.flatMap((paragraph) => [
        ...(paragraph.questions ?? []),
        ...(paragraph.alternates ?? []),
      ]),
    ]);
    expect(asked).toBe(examples.length);
    for (const question of [...questions, ...examples.slice(0, 50)])
      expect(warmed.search(question), question).toEqual(fresh.search(question));
  });
});
