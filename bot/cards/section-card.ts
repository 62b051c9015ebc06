import type { Item, Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { sectionNeighbours, trailAbove } from "./breadcrumb-tree.ts";
import { actionSet, type CardElement, textBlock } from "./card-elements.ts";
import { breadcrumbText, heading, quotedParagraphs, signatureLines } from "./card-text-blocks.ts";
import { itemButton, itemLabel, unitButton } from "./navigation-buttons.ts";
import { plainText } from "./plain-text.ts";

/** What `sectionCard` needs. */
export interface SectionCardInput {
  strategy: Strategy;
  item: Item;
  locale: Language;
}

/**
 * A whole section of the strategy, for "Vis hele afsnittet" and the related-section buttons: where it
 * stands, its title and slogan, every paragraph quoted, the forord's signature, and buttons to its unit
 * and the sections next to it. The longest section of Strategi 2025 makes a card of a few kilobytes,
 * well under Teams' 40 KB.
 */
export function sectionCard({ strategy, item, locale }: SectionCardInput): AdaptiveCard {
  const t = textFor(locale);
  const unit = item.unitId ? strategy.unitById.get(item.unitId) : undefined;
  const above = trailAbove(item);
  const body: CardElement[] = [
    ...(above.length > 0 ? [textBlock(breadcrumbText(above), { size: "Small", isSubtle: true })] : []),
    heading(item.title),
  ];
  if (item.slogan) body.push(textBlock(plainText(item.slogan), { isSubtle: true, spacing: "None" }));
  const everyParagraph = item.paragraphs.map((_, index) => index);
  body.push(...quotedParagraphs(item, everyParagraph));
  body.push(...signatureLines(item));
  const neighbours = sectionNeighbours(strategy, item);
  if (neighbours.length > 0) {
    body.push(
      textBlock(t.shared.readAlso, { weight: "Bolder", spacing: "Large", separator: true }),
      actionSet(neighbours.map((neighbour) => itemButton(neighbour, itemLabel(strategy, neighbour)))),
    );
  }
  return adaptiveCard(body, unit ? [unitButton(unit)] : []);
}
