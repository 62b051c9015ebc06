import { describe, expect, it } from "vitest";
import { helpCard } from "../../bot/cards/help-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

describe("helpCard", () => {
  it("lists the commands, says answers are quotes and gives examples", () => {
    const card = helpCard({ strategy, locale: "da" });
    const texts = cardTexts(card);
    expect(validateCard(card)).toEqual([]);
    expect(texts).toEqual(
      expect.arrayContaining([
        "hjælp",
        "pejlemærker",
        "enheder",
        "viser strategiens 2 enheder",
        "en enheds navn, fx Specialenheden",
        "et spørgsmål",
        "• Hvad er Sund drift?",
      ]),
    );
    expect(texts.join("\n")).toContain("ordrette citater fra Strategi 2025");
    expect(cardButtons(card).map((button) => button.data.verb)).toEqual(["showPejlemaerker", "showUnits"]);
  });

  it("lists the English commands", () => {
    const card = helpCard({ strategy, locale: "en" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)).toEqual(expect.arrayContaining(["help", "pejlemærker", "units", "any question"]));
  });
});
