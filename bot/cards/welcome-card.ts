import type { Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { textBlock } from "./card-elements.ts";
import { heading } from "./card-text-blocks.ts";
import { browseButtons } from "./navigation-buttons.ts";
import { plainText } from "./plain-text.ts";

/** What `welcomeCard` needs. */
export interface WelcomeCardInput {
  strategy: Strategy;
  locale: Language;
}

/**
 * The greeting when the bot is installed: what it does in two lines, a few questions to try, how to ask
 * it in a channel, how to get feedback after a meeting (add the app to it), and buttons to the
 * pejlemærker, the units and help.
 */
export function welcomeCard({ strategy, locale }: WelcomeCardInput): AdaptiveCard {
  const t = textFor(locale);
  const [what, how] = t.bot.welcomeLines(plainText(strategy.title));
  return adaptiveCard(
    [
      heading(t.bot.welcomeHeading),
      textBlock(what),
      textBlock(how, { spacing: "Small" }),
      textBlock(t.bot.examplesIntro, { weight: "Bolder", spacing: "Medium" }),
      ...t.bot.exampleQuestions.map((question) => textBlock(`• ${question}`, { spacing: "Small" })),
      textBlock(t.bot.channelHint, { isSubtle: true, spacing: "Medium" }),
      textBlock(t.bot.meetingHint, { isSubtle: true, spacing: "Small" }),
    ],
    browseButtons(t),
  );
}
