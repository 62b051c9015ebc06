import type { Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { textBlock } from "./card-elements.ts";
import { heading } from "./card-text-blocks.ts";
import { buttonRows, helpButton, pejlemaerkerButton, unitButton } from "./navigation-buttons.ts";

/** What `unitsCard` needs. */
export interface UnitsCardInput {
  strategy: Strategy;
  locale: Language;
}

/** The units with local initiatives in the strategy, each a button to its overview. */
export function unitsCard({ strategy, locale }: UnitsCardInput): AdaptiveCard {
  const t = textFor(locale);
  return adaptiveCard(
    [
      heading(t.bot.unitsHeading(strategy.title)),
      textBlock(t.bot.unitsIntro),
      ...buttonRows(strategy.units.map((unit) => unitButton(unit))),
    ],
    [pejlemaerkerButton(t), helpButton(t)],
  );
}
