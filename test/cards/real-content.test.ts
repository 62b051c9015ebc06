import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../bot/cards/adaptive-card.ts";
import { answerCard } from "../../bot/cards/answer-card.ts";
import { feedbackClosedCard } from "../../bot/cards/feedback-closed-card.ts";
import { feedbackPromptCard } from "../../bot/cards/feedback-prompt-card.ts";
import { feedbackThanksCard } from "../../bot/cards/feedback-thanks-card.ts";
import { helpCard } from "../../bot/cards/help-card.ts";
import { notFoundCard } from "../../bot/cards/not-found-card.ts";
import { pejlemaerkerCard } from "../../bot/cards/pejlemaerker-card.ts";
import { sectionCard } from "../../bot/cards/section-card.ts";
import { unitOverviewCard } from "../../bot/cards/unit-overview-card.ts";
import { unitsCard } from "../../bot/cards/units-card.ts";
import { welcomeCard } from "../../bot/cards/welcome-card.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import type { Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { cardButtons, cardInput } from "./card-contents.ts";
import { fixtureAnswer, fixturePrompt } from "./feedback-fixture.ts";
import { validateCard } from "./validate-card.ts";

const contentDir = fileURLToPath(new URL("../../content/strategi-2025", import.meta.url));

/** Every card the bot can send for this content, named so a failure says which one. */
function everyCard(strategy: Strategy, locale: Language): [string, AdaptiveCard][] {
  const { items, units } = strategy;
  const question = "Hvad står der i strategien om det?";
  return [
    ["welcome", welcomeCard({ strategy, locale })],
    ["help", helpCard({ strategy, locale })],
    ["units", unitsCard({ strategy, locale })],
    ["pejlemaerker", pejlemaerkerCard({ strategy, locale })],
    [
      "not-found",
      notFoundCard({ strategy, locale, question, unit: units[0], suggestions: items.slice(0, 3) }),
    ],
    ...feedbackCards(strategy, locale),
    ...units.map((unit): [string, AdaptiveCard] => [
      `unit ${unit.id}`,
      unitOverviewCard({ strategy, unit, locale }),
    ]),
    ...items.flatMap((item, index): [string, AdaptiveCard][] => {
      const answer = {
        item,
        paragraphIndexes: item.paragraphs.slice(0, 3).map((_, paragraph) => paragraph),
        related: items.slice(index + 1, index + 4),
      };
      return [
        [`section ${item.id}`, sectionCard({ strategy, item, locale })],
        [`answer ${item.id}`, answerCard({ strategy, answer, locale, question })],
        [`rated ${item.id}`, answerCard({ strategy, answer, locale, rated: "down" })],
      ];
    }),
  ];
}

/** The feedback cards, with every topic and unit of the content as a choice and the last topic chosen. */
function feedbackCards(strategy: Strategy, locale: Language): [string, AdaptiveCard][] {
  const prompt = fixturePrompt();
  const topic = strategy.themes.length > 0 ? "tema:moralsk-stress" : undefined;
  const answer = fixtureAnswer({ topic, comment: "x".repeat(1000) });
  const { units } = strategy;
  return [
    ["feedback prompt", feedbackPromptCard({ strategy, prompt, locale, answerCount: 0, units })],
    [
      "feedback edit",
      feedbackPromptCard({ strategy, prompt, locale, answerCount: 9, units, previous: answer }),
    ],
    ["feedback thanks", feedbackThanksCard({ strategy, prompt, locale, answer, answerCount: 9 })],
    ["feedback closed", feedbackClosedCard({ prompt, locale, answerCount: 9 })],
  ];
}

describe("cards for the real content in content/strategi-2025", () => {
  const strategy = loadStrategy(contentDir);

  it.each(["da", "en"] as const)("every card validates (%s)", (locale) => {
    for (const [name, card] of everyCard(strategy, locale)) expect(validateCard(card), name).toEqual([]);
  });

  it("the pejlemærker card opens every indsatsområde and the units card every unit", () => {
    const opened = cardButtons(pejlemaerkerCard({ strategy, locale: "da" })).map((button) => button.data);
    for (const item of strategy.items.filter((entry) => entry.kind === "indsatsomraade")) {
      expect(opened, item.id).toContainEqual({ verb: "showItem", itemId: item.id });
    }
    const units = cardButtons(unitsCard({ strategy, locale: "da" })).map((button) => button.data);
    for (const unit of strategy.units) expect(units).toContainEqual({ verb: "showUnit", unitId: unit.id });
  });

  it("the feedback card offers the four indsatsområder, digitalisering, the three initiatives and the three themes", () => {
    const card = feedbackPromptCard({ strategy, prompt: fixturePrompt(), locale: "da", answerCount: 0 });
    const topics = cardInput(card, "topic", "Input.ChoiceSet").choices;
    expect(topics.map((topic) => topic.value)).toEqual([
      "borgerinddragelse",
      "i-oejenhoejde-med-borgerne",
      "baeredygtig-opgaveloesning",
      "trivsel",
      "digitalisering",
      "digitalt-mindset",
      "sammenhaeng-i-straffesagsbehandlingen",
      "en-moderne-arbejdsplads",
      "tema:samarbejde",
      "tema:det-trygge-kollegaskab",
      "tema:moralsk-stress",
    ]);
    expect(topics.map((topic) => topic.title)).toEqual(
      expect.arrayContaining([
        "Digitalt mindset – digitale løsninger",
        "En moderne arbejdsplads",
        "Samarbejde",
        "Det trygge kollegaskab",
        "Moralsk stress",
      ]),
    );
    expect(topics.map((topic) => topic.title)).not.toContain("Indsats");
  });
});
