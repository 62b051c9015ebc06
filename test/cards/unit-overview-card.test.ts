import { describe, expect, it } from "vitest";
import { unitOverviewCard } from "../../bot/cards/unit-overview-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureItem, fixtureUnit, fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

describe("unitOverviewCard", () => {
  const unit = fixtureUnit("specialenheden");

  it("shows the unit's name and the first paragraph of its ansvar", () => {
    const card = unitOverviewCard({ strategy, unit, locale: "da" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card).slice(0, 2)).toEqual([
      "Specialenheden",
      fixtureItem("specialenheden-ansvar").paragraphs[0]?.text,
    ]);
  });

  it("has a button for each of the unit's three sections and one for all units", () => {
    const buttons = cardButtons(unitOverviewCard({ strategy, unit, locale: "da" }));
    expect(buttons.map((button) => [button.title, button.data])).toEqual([
      ["Ansvar, opgaver og indsatser", { verb: "showItem", itemId: "specialenheden-ansvar" }],
      ["Tættere på borgerne", { verb: "showItem", itemId: "specialenheden-taettere-paa-borgerne" }],
      ["Sund drift", { verb: "showItem", itemId: "specialenheden-sund-drift" }],
      ["Alle enheder", { verb: "showUnits" }],
    ]);
  });

  it("speaks English around the Danish quote", () => {
    const card = unitOverviewCard({ strategy, unit, locale: "en" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)).toContain("The unit's sections of the strategy:");
    expect(cardButtons(card).at(-1)?.title).toBe("All units");
  });
});
