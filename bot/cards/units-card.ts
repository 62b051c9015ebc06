import type { Strategy } from "../../core/content/strategy.ts";
import type { Locale } from "../i18n/locale.ts";
import { uiStrings } from "../i18n/ui-strings.ts";
import { type AdaptiveCard, adaptiveCard, textBlock } from "./adaptive-card.ts";
import { heading } from "./card-text-blocks.ts";
import { buttonRows, helpButton, pejlemaerkerButton, unitButton } from "./navigation-buttons.ts";

/** What `unitsCard` needs. */
export interface UnitsCardInput {
  strategy: Strategy;
  locale: Locale;
}

/** The units with local initiatives in the strategy, each a button to its overview. */
export function unitsCard({ strategy, locale }: UnitsCardInput): AdaptiveCard {
  const t = uiStrings(locale);
  return adaptiveCard(
    [
      heading(t.unitsHeading(strategy.title)),
      textBlock(t.unitsIntro),
      ...buttonRows(strategy.units.map((unit) => unitButton(unit))),
    ],
    [pejlemaerkerButton(t), helpButton(t)],
  );
}
