import { describe, expect, it } from "vitest";
import { unitsCard } from "../../bot/cards/units-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

describe("unitsCard", () => {
  it("lists every unit as a button to its overview", () => {
    const card = unitsCard({ strategy, locale: "da" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)[0]).toBe("Enhederne i Strategi 2025");
    expect(cardButtons(card).map((button) => [button.title, button.data])).toEqual([
      ["Specialenheden", { verb: "showUnit", unitId: "specialenheden" }],
      ["Beredskabsenheden", { verb: "showUnit", unitId: "beredskabsenheden" }],
      ["Pejlemærker", { verb: "showPejlemaerker" }],
      ["Hjælp", { verb: "showHelp" }],
    ]);
  });

  it("keeps six units valid, three buttons to a row", () => {
    const six = ["a", "b", "c", "d", "e", "f"].map((id) => ({
      id,
      name: `Enhed ${id}`,
      aliases: [],
      itemIds: [],
    }));
    const card = unitsCard({ strategy: { ...strategy, units: six }, locale: "en" });
    expect(validateCard(card)).toEqual([]);
    expect(
      card.body
        .filter((element) => element.type === "ActionSet")
        .map((row) => row.type === "ActionSet" && row.actions.length),
    ).toEqual([3, 3]);
    expect(cardTexts(card)[0]).toBe("The units in Strategi 2025");
  });
});
