import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../bot/cards/adaptive-card.ts";
import { type FeedbackPromptCardInput, feedbackPromptCard } from "../../bot/cards/feedback-prompt-card.ts";
import { cardButtons, cardInput, cardInputs, cardTexts } from "./card-contents.ts";
import { fixtureAnswer, fixturePrompt, feedbackStrategy as strategy } from "./feedback-fixture.ts";
import { validateCard } from "./validate-card.ts";

function card(input: Partial<FeedbackPromptCardInput> = {}): AdaptiveCard {
  return feedbackPromptCard({ strategy, prompt: fixturePrompt(), locale: "da", answerCount: 0, ...input });
}

describe("feedbackPromptCard", () => {
  it("validates in every variant", () => {
    for (const locale of ["da", "en"] as const) {
      for (const kind of ["meeting", "chat", "tab"] as const) {
        const prompt = fixturePrompt({ kind });
        const variants = [
          card({ locale, prompt }),
          card({ locale, prompt, units: strategy.units, answerCount: 12 }),
          card({ locale, prompt, previous: fixtureAnswer(), answerCount: 1 }),
        ];
        for (const variant of variants) expect(validateCard(variant), `${locale} ${kind}`).toEqual([]);
      }
    }
  });

  it("shows the heading, the title, the closing day, the count and the privacy note in Danish", () => {
    expect(cardTexts(card())).toEqual([
      "Hvordan var mødet?",
      "Teammøde om trafiksikkerhed",
      "Åben til 4. december",
      "Ingen har svaret endnu",
      "Anonyme svar gemmes uden navn, og ledere ser kun resultater, når der er 5 svar eller flere.",
    ]);
    expect(cardTexts(card({ prompt: fixturePrompt({ kind: "chat" }), minGroupSize: 8 }))).toEqual(
      expect.arrayContaining(["Din feedback", expect.stringContaining("8 svar eller flere")]),
    );
    expect(cardButtons(card())[0]?.title).toBe("Send svar");
  });

  it("speaks English", () => {
    const texts = cardTexts(card({ locale: "en", answerCount: 3 }));
    expect(texts.slice(0, 4)).toEqual([
      "How was the meeting?",
      "Teammøde om trafiksikkerhed",
      "Open until 4 December",
      "3 have answered",
    ]);
    expect(cardButtons(card({ locale: "en" }))[0]?.title).toBe("Send answer");
    const rating = cardInput(card({ locale: "en" }), "rating", "Input.ChoiceSet");
    expect(rating.choices.map((choice) => choice.title).at(-1)).toBe("5 – Very useful");
  });

  it("counts answers without ever naming who answered", () => {
    const countLine = (answerCount: number, locale: "da" | "en" = "da") =>
      cardTexts(card({ answerCount, locale }))[3];
    expect(countLine(1)).toBe("1 har svaret");
    expect(countLine(1234)).toBe("1.234 har svaret");
    expect(countLine(0, "en")).toBe("No one has answered yet");
    expect(countLine(1, "en")).toBe("1 has answered");
    const json = JSON.stringify(card({ answerCount: 7, previous: fixtureAnswer() }));
    expect(json).not.toContain("Mette Hansen");
    expect(json).not.toContain("hmac-7f3a9c");
  });

  it("dates the closing in Copenhagen time, a midnight closing as the day before", () => {
    const openUntil = (closesAt: string) =>
      cardTexts(card({ prompt: fixturePrompt({ closesAt: new Date(closesAt) }) }))[2];
    expect(openUntil("2025-12-04T23:00:00Z")).toBe("Åben til 4. december");
    expect(openUntil("2025-12-04T23:30:00Z")).toBe("Åben til 5. december");
    expect(openUntil("2025-06-30T21:59:00Z")).toBe("Åben til 30. juni");
  });

  it("asks for a rating 1–5, a topic, a comment and whether to answer anonymously", () => {
    const form = card();
    expect(cardInputs(form).map((input) => input.id)).toEqual(["rating", "topic", "comment", "anonymous"]);
    const rating = cardInput(form, "rating", "Input.ChoiceSet");
    expect(rating).toMatchObject({
      style: "expanded",
      isRequired: true,
      errorMessage: "Vælg et tal fra 1 til 5.",
    });
    expect(rating.choices.map((choice) => choice.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(rating.choices[0]?.title).toBe("1 – Slet ikke nyttigt");
    expect(rating.choices[4]?.title).toBe("5 – Meget nyttigt");
    expect(rating.value).toBeUndefined();
    const topic = cardInput(form, "topic", "Input.ChoiceSet");
    expect(topic).toMatchObject({
      style: "compact",
      placeholder: "Vælg indsatsområde, initiativ eller tema",
    });
    expect(topic.isRequired).toBeFalsy();
    expect(topic.choices).toContainEqual({
      title: "Det trygge kollegaskab",
      value: "tema:det-trygge-kollegaskab",
    });
    expect(cardInput(form, "comment", "Input.Text")).toMatchObject({ isMultiline: true, maxLength: 1000 });
    expect(cardInput(form, "anonymous", "Input.Toggle")).toMatchObject({
      title: "Svar anonymt",
      value: "true",
      valueOn: "true",
      valueOff: "false",
    });
  });

  it("offers the units only when they are given, with the prompt's unit chosen", () => {
    const withUnits = card({ units: strategy.units, prompt: fixturePrompt({ unitId: "beredskabsenheden" }) });
    expect(cardInputs(withUnits).map((input) => input.id)).toEqual([
      "rating",
      "topic",
      "unitId",
      "comment",
      "anonymous",
    ]);
    const unit = cardInput(withUnits, "unitId", "Input.ChoiceSet");
    expect(unit.choices).toEqual([
      { title: "Specialenheden", value: "specialenheden" },
      { title: "Beredskabsenheden", value: "beredskabsenheden" },
    ]);
    expect(unit.value).toBe("beredskabsenheden");
    expect(cardInputs(card({ units: [] })).map((input) => input.id)).not.toContain("unitId");
  });

  it("fills in a previous answer and offers to update it", () => {
    const form = card({ previous: fixtureAnswer() });
    expect(cardInput(form, "rating", "Input.ChoiceSet").value).toBe("4");
    expect(cardInput(form, "topic", "Input.ChoiceSet").value).toBe("trivsel");
    expect(cardInput(form, "comment", "Input.Text").value).toBe("Godt møde, men for lang dagsorden.");
    expect(cardInput(form, "anonymous", "Input.Toggle").value).toBe("false");
    expect(cardButtons(form).map((button) => button.title)).toEqual(["Opdater svar"]);
    const gone = card({
      previous: fixtureAnswer({ topic: "removed-topic", comment: undefined, anonymous: true }),
    });
    expect(cardInput(gone, "topic", "Input.ChoiceSet").value).toBeUndefined();
    expect(cardInput(gone, "comment", "Input.Text").value).toBeUndefined();
    expect(cardInput(gone, "anonymous", "Input.Toggle").value).toBe("true");
  });

  it("sends submitFeedback and refreshes with refreshFeedback, for this prompt and for everyone", () => {
    const form = card();
    expect(cardButtons(form)).toEqual([
      expect.objectContaining({
        type: "Action.Execute",
        verb: "submitFeedback",
        data: { verb: "submitFeedback", promptId: "prompt-42" },
      }),
    ]);
    expect(form.refresh?.action).toMatchObject({
      type: "Action.Execute",
      verb: "refreshFeedback",
      data: { verb: "refreshFeedback", promptId: "prompt-42" },
    });
    expect(form.refresh).not.toHaveProperty("userIds");
  });

  it("shows a title with markdown or HTML as typed", () => {
    const title = "**Vigtigt** <b>møde</b> [klik](https://example.com) _nu_";
    const texts = cardTexts(card({ prompt: fixturePrompt({ title }) }));
    expect(texts[1]).toBe("\\*\\*Vigtigt\\*\\* \\<b\\>møde\\</b\\> \\[klik\\](https://example.com) \\_nu\\_");
  });
});
