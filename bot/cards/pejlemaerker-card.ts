import type { Item, Pejlemaerke, Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { parentItem } from "./breadcrumb-tree.ts";
import { type CardElement, container, textBlock } from "./card-elements.ts";
import { heading } from "./card-text-blocks.ts";
import { buttonRows, helpButton, itemButton, unitsButton } from "./navigation-buttons.ts";
import { plainText } from "./plain-text.ts";

/** What `pejlemaerkerCard` needs. */
export interface PejlemaerkerCardInput {
  strategy: Strategy;
  locale: Language;
}

/**
 * The shape of the strategy on one card: each pejlemærke with its indsatsområder (title and slogan),
 * digitalisering across both, and the tværgående initiativer, each with a button that opens it.
 */
export function pejlemaerkerCard({ strategy, locale }: PejlemaerkerCardInput): AdaptiveCard {
  const t = textFor(locale);
  // Top-level sections only: a tværgående initiativ's "Indsats" is reached from the initiativ.
  const ofKind = (kind: Item["kind"]) =>
    strategy.items.filter((item) => item.kind === kind && !item.unitId && !parentItem(strategy, item));
  const body: CardElement[] = [heading(t.bot.pejlemaerkerHeading(strategy.title))];
  for (const pejlemaerke of strategy.pejlemaerker) {
    body.push(...group(pejlemaerke.title, itemsUnder(strategy, pejlemaerke)));
  }
  body.push(...group(t.bot.crossCutting, ofKind("digitalisering")));
  body.push(...group(t.bot.crossCuttingInitiatives, ofKind("tvaergaaende-initiativ")));
  return adaptiveCard(body, [unitsButton(t), helpButton(t)]);
}

/** The pejlemærke's own section first, then its indsatsområder, in reading order. */
function itemsUnder(strategy: Strategy, pejlemaerke: Pejlemaerke): Item[] {
  const under = strategy.items.filter((item) => item.pejlemaerke === pejlemaerke.id && !item.unitId);
  return [
    ...under.filter((item) => item.kind === "pejlemaerke"),
    ...under.filter((item) => item.kind === "indsatsomraade"),
  ];
}

/** A heading, a line per item that has a slogan, and a button per item; nothing when there are no items. */
function group(title: string, items: Item[]): CardElement[] {
  if (items.length === 0) return [];
  const slogans = items.flatMap((item) =>
    item.slogan
      ? [textBlock(`**${plainText(item.title)}** – ${plainText(item.slogan)}`, { spacing: "Small" })]
      : [],
  );
  const buttons = buttonRows(items.map((item) => itemButton(item)));
  return [container([heading(title), ...slogans, ...buttons], { spacing: "Large", separator: true })];
}
