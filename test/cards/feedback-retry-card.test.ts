import { describe, expect, it } from "vitest";
import {
  type FeedbackProblem,
  feedbackInvalidCard,
  feedbackRetryCard,
} from "../../bot/cards/feedback-retry-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixturePrompt } from "./feedback-fixture.ts";
import { validateCard } from "./validate-card.ts";

const problems: FeedbackProblem[] = [
  "missingRating",
  "commentTooLong",
  "unknownTopic",
  "unknownUnit",
  "unknownPrompt",
];

describe("feedbackRetryCard", () => {
  it("says nothing was saved and offers to try again for a known prompt", () => {
    const card = feedbackRetryCard({ prompt: fixturePrompt(), locale: "da" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)).toEqual(["Dit svar blev ikke gemt – prøv igen om lidt."]);
    expect(cardButtons(card)).toEqual([
      expect.objectContaining({
        type: "Action.Execute",
        title: "Prøv igen",
        verb: "refreshFeedback",
        data: { verb: "refreshFeedback", promptId: "prompt-42" },
      }),
    ]);
  });

  it("has no button when the prompt could not be read, and speaks English", () => {
    const card = feedbackRetryCard({ locale: "en" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)).toEqual(["Your answer was not saved – please try again in a moment."]);
    expect(cardButtons(card)).toEqual([]);
    expect(cardButtons(feedbackRetryCard({ prompt: fixturePrompt(), locale: "en" }))[0]?.title).toBe(
      "Try again",
    );
  });
});

describe("feedbackInvalidCard", () => {
  it("is one distinct line per problem in both languages", () => {
    for (const locale of ["da", "en"] as const) {
      const lines = problems.map((problem) => {
        const card = feedbackInvalidCard({ locale, problem });
        expect(validateCard(card), `${locale} ${problem}`).toEqual([]);
        expect(cardTexts(card)).toHaveLength(1);
        expect(cardButtons(card)).toEqual([]);
        return cardTexts(card)[0];
      });
      expect(new Set(lines).size).toBe(problems.length);
    }
  });

  it("tells a too long comment the limit", () => {
    expect(cardTexts(feedbackInvalidCard({ locale: "da", problem: "commentTooLong" }))).toEqual([
      "Dit svar blev ikke gemt: kommentaren må højst være 1.000 tegn.",
    ]);
    expect(cardTexts(feedbackInvalidCard({ locale: "en", problem: "commentTooLong" }))[0]).toContain(
      "at most 1,000 characters",
    );
    expect(cardTexts(feedbackInvalidCard({ locale: "da", problem: "missingRating" }))[0]).toContain(
      "1 til 5",
    );
  });

  it("offers a way back to the person's view of the card when the prompt is known", () => {
    const card = feedbackInvalidCard({ locale: "da", problem: "unknownTopic", promptId: "prompt-42" });
    expect(validateCard(card)).toEqual([]);
    expect(cardButtons(card)).toEqual([
      expect.objectContaining({ title: "Tilbage", data: { verb: "refreshFeedback", promptId: "prompt-42" } }),
    ]);
  });
});
