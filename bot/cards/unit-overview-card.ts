import type { Strategy, Unit } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { actionSet, type CardElement, textBlock } from "./card-elements.ts";
import { heading, quotedParagraphs } from "./card-text-blocks.ts";
import { itemButton, unitsButton } from "./navigation-buttons.ts";

/** What `unitOverviewCard` needs. */
export interface UnitOverviewCardInput {
  strategy: Strategy;
  unit: Unit;
  locale: Language;
}

/**
 * A unit at a glance: its name, the first paragraph of what it is responsible for, and buttons to its
 * sections (Ansvar, opgaver og indsatser; Tættere på borgerne; Sund drift) and back to all units.
 */
export function unitOverviewCard({ strategy, unit, locale }: UnitOverviewCardInput): AdaptiveCard {
  const t = textFor(locale);
  const items = unit.itemIds.flatMap((id) => strategy.itemById.get(id) ?? []);
  const ansvar = items.find((item) => item.kind === "ansvar");
  const body: CardElement[] = [heading(unit.name)];
  if (ansvar) body.push(...quotedParagraphs(ansvar, [0]));
  body.push(
    textBlock(t.bot.unitSections, { weight: "Bolder", spacing: "Medium" }),
    actionSet(items.map((item) => itemButton(item))),
  );
  return adaptiveCard(body, [unitsButton(t, t.bot.allUnits)]);
}
