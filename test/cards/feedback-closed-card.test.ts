import { describe, expect, it } from "vitest";
import { feedbackClosedCard } from "../../bot/cards/feedback-closed-card.ts";
import { cardButtons, cardInputs, cardTexts } from "./card-contents.ts";
import { fixturePrompt } from "./feedback-fixture.ts";
import { validateCard } from "./validate-card.ts";

describe("feedbackClosedCard", () => {
  const prompt = fixturePrompt();

  it("says it closed, when, and how many answered, in Danish", () => {
    const card = feedbackClosedCard({ prompt, locale: "da", answerCount: 12 });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)).toEqual([
      "Feedbacken er lukket",
      "Teammøde om trafiksikkerhed",
      "Den lukkede 4. december.",
      "12 svarede – tak for jeres svar.",
    ]);
    expect(cardTexts(feedbackClosedCard({ prompt, locale: "da", answerCount: 0 })).at(-1)).toBe(
      "Ingen nåede at svare.",
    );
  });

  it("speaks English", () => {
    const card = feedbackClosedCard({ prompt, locale: "en", answerCount: 1 });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)).toEqual([
      "This feedback is closed",
      "Teammøde om trafiksikkerhed",
      "It closed on 4 December.",
      "1 answered – thank you for your answers.",
    ]);
  });

  it("has no inputs, no buttons and no refresh, and escapes the title", () => {
    const card = feedbackClosedCard({
      prompt: fixturePrompt({ title: "*Møde*" }),
      locale: "da",
      answerCount: 3,
    });
    expect(cardInputs(card)).toEqual([]);
    expect(cardButtons(card)).toEqual([]);
    expect(card).not.toHaveProperty("refresh");
    expect(cardTexts(card)[1]).toBe("\\*Møde\\*");
  });
});
