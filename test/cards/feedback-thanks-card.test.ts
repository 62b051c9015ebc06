import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../bot/cards/adaptive-card.ts";
import { type FeedbackThanksCardInput, feedbackThanksCard } from "../../bot/cards/feedback-thanks-card.ts";
import { cardButtons, cardInputs, cardTexts } from "./card-contents.ts";
import { fixtureAnswer, fixturePrompt, feedbackStrategy as strategy } from "./feedback-fixture.ts";
import { validateCard } from "./validate-card.ts";

function card(input: Partial<FeedbackThanksCardInput> = {}): AdaptiveCard {
  const base = {
    strategy,
    prompt: fixturePrompt(),
    locale: "da",
    answer: fixtureAnswer(),
    answerCount: 3,
  } as const;
  return feedbackThanksCard({ ...base, ...input });
}

describe("feedbackThanksCard", () => {
  it("validates with and without topic and comment, in both languages", () => {
    const bare = fixtureAnswer({ topic: undefined, comment: undefined, anonymous: true });
    for (const locale of ["da", "en"] as const) {
      expect(validateCard(card({ locale })), locale).toEqual([]);
      expect(validateCard(card({ locale, answer: bare })), locale).toEqual([]);
    }
  });

  it("repeats the person's answer in Danish", () => {
    expect(cardTexts(card())).toEqual([
      "Tak – du svarede 4/5",
      "Teammøde om trafiksikkerhed",
      "Emne",
      "Trivsel",
      "Kommentar",
      "Godt møde, men for lang dagsorden.",
      "Med dit navn",
      "3 har svaret",
      "Du kan rette dit svar til og med 4. december.",
    ]);
    const anonymous = cardTexts(
      card({ answer: fixtureAnswer({ anonymous: true, rating: 2, topic: "tema:samarbejde" }) }),
    );
    expect(anonymous).toEqual(expect.arrayContaining(["Tak – du svarede 2/5", "Samarbejde", "Anonymt"]));
  });

  it("speaks English", () => {
    const texts = cardTexts(card({ locale: "en", answerCount: 1 }));
    expect(texts).toEqual(
      expect.arrayContaining(["Thanks – you answered 4/5", "Topic", "With your name", "1 has answered"]),
    );
    expect(cardButtons(card({ locale: "en" }))[0]?.title).toBe("Change your answer");
  });

  it("leaves out a topic and comment that are not there, and shows neither name nor key", () => {
    const texts = cardTexts(card({ answer: fixtureAnswer({ topic: "not-a-topic", comment: undefined }) }));
    expect(texts).not.toContain("Emne");
    expect(texts).not.toContain("Kommentar");
    const json = JSON.stringify(card());
    expect(json).not.toContain("Mette Hansen");
    expect(json).not.toContain("hmac-7f3a9c");
  });

  it("escapes the comment and the title, and cuts a long comment", () => {
    const comment = `<script>alert(1)</script> **vigtigt** ${"ord ".repeat(200)}`;
    const texts = cardTexts(
      card({ answer: fixtureAnswer({ comment }), prompt: fixturePrompt({ title: "# Møde" }) }),
    );
    expect(texts[1]).toBe("\\# Møde");
    const shown = texts[5] ?? "";
    expect(shown.startsWith("\\<script\\>alert(1)\\</script\\> \\*\\*vigtigt\\*\\*")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(300);
    expect(shown.endsWith("…")).toBe(true);
  });

  it("offers editFeedback, keeps the refresh, and has no inputs", () => {
    const thanks = card();
    expect(cardInputs(thanks)).toEqual([]);
    expect(cardButtons(thanks)).toEqual([
      expect.objectContaining({
        type: "Action.Execute",
        title: "Ret dit svar",
        verb: "editFeedback",
        data: { verb: "editFeedback", promptId: "prompt-42" },
      }),
    ]);
    expect(thanks.refresh?.action.data).toEqual({ verb: "refreshFeedback", promptId: "prompt-42" });
  });
});
