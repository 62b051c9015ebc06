import { describe, expect, it } from "vitest";
import { choicesCard } from "../../bot/cards/choices-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureItem, fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

const candidates = ["trivsel", "specialenheden-sund-drift", "en-moderne-arbejdsplads", "forord"].map(
  fixtureItem,
);

describe("choicesCard", () => {
  it("asks 'Mente du …?' first, with id 'choices', and offers at most three sections as buttons", () => {
    const card = choicesCard({ strategy, locale: "da", question: "noget om stress", candidates });
    expect(validateCard(card)).toEqual([]);
    expect(card.body[0]?.id).toBe("choices");
    expect(cardTexts(card)[0]?.startsWith("Mente du")).toBe(true);
    expect(cardButtons(card).map((button) => [button.title, button.data])).toEqual([
      ["Trivsel", { verb: "showItem", itemId: "trivsel" }],
      ["Specialenheden: Sund drift", { verb: "showItem", itemId: "specialenheden-sund-drift" }],
      ["En moderne arbejdsplads", { verb: "showItem", itemId: "en-moderne-arbejdsplads" }],
      ["Pejlemærker", { verb: "showPejlemaerker" }],
      ["Se enhederne", { verb: "showUnits" }],
      ["Hjælp", { verb: "showHelp" }],
    ]);
    expect(cardTexts(card)).toContain("Du spurgte: noget om stress");
  });

  it("asks 'Did you mean …?' in English", () => {
    const card = choicesCard({
      strategy,
      locale: "en",
      question: "stress",
      candidates: candidates.slice(0, 2),
    });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)[0]?.startsWith("Did you mean")).toBe(true);
  });
});
