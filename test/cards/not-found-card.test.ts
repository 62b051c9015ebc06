import { describe, expect, it } from "vitest";
import { notFoundCard } from "../../bot/cards/not-found-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureItem, fixtureUnit, fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

const question = "Hvornår er der julefrokost?";
const suggestions = ["trivsel", "specialenheden-sund-drift", "en-moderne-arbejdsplads", "forord"].map(
  fixtureItem,
);

describe("notFoundCard", () => {
  it("says first that it could not find an answer, and repeats the question", () => {
    const card = notFoundCard({ strategy, locale: "da", question, suggestions: [] });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)[0]).toBe("Jeg kunne ikke finde et svar på det i Strategi 2025.");
    expect(cardTexts(card)).toContain(`Du spurgte: ${question}`);
  });

  it("marks itself as not found for machines: its first element has the id `not-found`", () => {
    const card = notFoundCard({ strategy, locale: "en", question, suggestions });
    expect(card.body[0]).toMatchObject({ id: "not-found" });
  });

  it("says it in English", () => {
    const card = notFoundCard({ strategy, locale: "en", question, suggestions: [] });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)[0]?.startsWith("I couldn't find")).toBe(true);
    expect(cardButtons(card).map((button) => button.title)).toEqual(["Guideposts", "Units", "Help"]);
  });

  it("offers up to three suggestions, the unit it recognised and the lists", () => {
    const card = notFoundCard({
      strategy,
      locale: "da",
      question,
      suggestions,
      unit: fixtureUnit("specialenheden"),
    });
    expect(validateCard(card)).toEqual([]);
    expect(cardButtons(card).map((button) => [button.title, button.data])).toEqual([
      ["Trivsel", { verb: "showItem", itemId: "trivsel" }],
      ["Specialenheden: Sund drift", { verb: "showItem", itemId: "specialenheden-sund-drift" }],
      ["En moderne arbejdsplads", { verb: "showItem", itemId: "en-moderne-arbejdsplads" }],
      ["Specialenheden", { verb: "showUnit", unitId: "specialenheden" }],
      ["Pejlemærker", { verb: "showPejlemaerker" }],
      ["Se enhederne", { verb: "showUnits" }],
      ["Hjælp", { verb: "showHelp" }],
    ]);
    expect(cardTexts(card)).toContain("Jeg kan vise, hvad strategien siger om Specialenheden.");
  });

  it("shows a question full of markdown as typed", () => {
    const card = notFoundCard({
      strategy,
      locale: "da",
      question: "# **fed** [link](x) <b>",
      suggestions: [],
    });
    expect(cardTexts(card)).toContain("Du spurgte: \\# \\*\\*fed\\*\\* \\[link\\](x) \\<b\\>");
  });
});
