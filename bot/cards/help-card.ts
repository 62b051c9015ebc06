import type { Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { factSet, textBlock } from "./card-elements.ts";
import { heading } from "./card-text-blocks.ts";
import { pejlemaerkerButton, unitsButton } from "./navigation-buttons.ts";
import { plainText } from "./plain-text.ts";

/** What `helpCard` needs. */
export interface HelpCardInput {
  strategy: Strategy;
  locale: Language;
}

/**
 * How to use the bot: the commands it understands (help, pejlemærker, units, a unit's name, any
 * question), example questions, that answers are verbatim quotes, and how to ask in a channel.
 */
export function helpCard({ strategy, locale }: HelpCardInput): AdaptiveCard {
  const t = textFor(locale);
  const title = plainText(strategy.title);
  const commands = t.bot.helpCommands({
    unitName: plainText(strategy.units[0]?.name ?? ""),
    unitCount: strategy.units.length,
  });
  return adaptiveCard(
    [
      heading(t.bot.helpHeading),
      factSet(commands.map(({ command, meaning }) => ({ title: command, value: meaning }))),
      textBlock(t.bot.quotesNote(title), { spacing: "Medium" }),
      textBlock(t.bot.examplesIntro, { weight: "Bolder", spacing: "Medium" }),
      ...t.bot.exampleQuestions.map((question) => textBlock(`• ${question}`, { spacing: "Small" })),
      textBlock(t.bot.channelHint, { isSubtle: true, spacing: "Medium" }),
    ],
    [pejlemaerkerButton(t), unitsButton(t)],
  );
}
