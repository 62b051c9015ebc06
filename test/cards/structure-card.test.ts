import { describe, expect, it } from "vitest";
import { structureCard } from "../../bot/cards/structure-card.ts";
import { structureAnswer } from "../../core/search/structure-answer.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

const guideposts = structureAnswer(strategy, { kind: "guideposts" }, true);

describe("structureCard", () => {
  it("opens with a container, id 'structure', holding the counting sentence and the titles with slogans", () => {
    const card = structureCard({
      strategy,
      structure: guideposts,
      locale: "da",
      question: "hvor mange pejlemærker?",
    });
    expect(validateCard(card)).toEqual([]);
    const [first] = card.body;
    expect(first?.type === "Container" && first.id).toBe("structure");
    const inside = first?.type === "Container" ? cardTexts({ ...card, body: first.items }) : [];
    expect(inside).toContain(
      "Strategien er bygget op om to pejlemærker Tættere på borgerne og Sund drift med dertilhørende indsatsområder.",
    );
    expect(inside).toContain("**Tættere på borgerne**");
    expect(inside).toContain("• Borgerinddragelse – Vi lytter samarbejder og handler");
  });

  it("has a button per section named, which opens it, and repeats the question", () => {
    const card = structureCard({
      strategy,
      structure: guideposts,
      locale: "en",
      question: "what are the guideposts",
    });
    expect(validateCard(card)).toEqual([]);
    const opened = cardButtons(card).map((button) => button.data);
    expect(opened).toContainEqual({ verb: "showItem", itemId: "sund-drift" });
    expect(opened).toContainEqual({ verb: "showItem", itemId: "borgerinddragelse" });
    expect(cardTexts(card)).toContain("You asked: what are the guideposts");
  });

  it("opens a unit from the list of units", () => {
    const units = structureAnswer(strategy, { kind: "units" });
    const card = structureCard({
      strategy,
      structure: units,
      locale: "da",
      question: "hvilke enheder er der",
    });
    expect(validateCard(card)).toEqual([]);
    expect(cardButtons(card).map((button) => button.data)).toEqual(
      strategy.units.map((unit) => ({ verb: "showUnit", unitId: unit.id })),
    );
  });
});
