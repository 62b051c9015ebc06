import { describe, expect, it } from "vitest";
import { welcomeCard } from "../../bot/cards/welcome-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

describe("welcomeCard", () => {
  it("welcomes, gives examples, explains channels and offers the lists", () => {
    const card = welcomeCard({ strategy, locale: "da" });
    const texts = cardTexts(card);
    expect(validateCard(card)).toEqual([]);
    expect(texts[0]).toBe("Velkommen til Strategilotsen");
    expect(texts).toEqual(
      expect.arrayContaining(["• Hvad gør Specialenheden for trafiksikkerheden?", "• Hvad er Sund drift?"]),
    );
    expect(texts.join("\n")).toContain("@Strategilotsen");
    expect(texts.join("\n")).toContain("tilføj Strategilotsen til mødet (+ Apps)");
    expect(cardButtons(card).map((button) => button.data.verb)).toEqual([
      "showPejlemaerker",
      "showUnits",
      "showHelp",
    ]);
  });

  it("welcomes in English", () => {
    const card = welcomeCard({ strategy, locale: "en" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)[0]).toBe("Welcome to Strategilotsen");
    expect(cardButtons(card).map((button) => button.title)).toEqual(["Guideposts", "Units", "Help"]);
  });
});
