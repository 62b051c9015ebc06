import type { Item } from "../../core/content/strategy.ts";
import type { UiText } from "../../core/i18n/ui-text.ts";
import { type TextBlock, textBlock } from "./card-elements.ts";
import { plainText } from "./plain-text.ts";

/** How much of a user's question a card repeats back; the rest is cut with "…". */
export const echoedQuestionLength = 200;

/**
 * The given paragraphs of an item (indexes ascending) as quotes: one TextBlock each, bullets as "• ",
 * and "[…]" where paragraphs in between are left out, so a quote never reads as one it is not. Indexes
 * outside the item are skipped rather than shown as an empty quote.
 */
export function quotedParagraphs(item: Item, paragraphIndexes: readonly number[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let previous: number | undefined;
  for (const index of paragraphIndexes) {
    const paragraph = item.paragraphs[index];
    if (!paragraph) continue;
    if (previous !== undefined && index > previous + 1) {
      blocks.push(textBlock(plainText("[…]"), { isSubtle: true }));
    }
    const text = plainText(paragraph.text);
    blocks.push(paragraph.bullet ? textBlock(`• ${text}`, { spacing: "Small" }) : textBlock(text));
    previous = index;
  }
  return blocks;
}

/** A breadcrumb as one line, e.g. "Lokale initiativer › Specialenheden › Sund drift". */
export function breadcrumbText(crumbs: readonly string[]): string {
  return crumbs.map((crumb) => plainText(crumb)).join(" › ");
}

/** The bold title at the top of a card. */
export function heading(text: string): TextBlock {
  return textBlock(plainText(text), { size: "Medium", weight: "Bolder" });
}

/** "Du spurgte: …" in small subtle text; the question is escaped so it shows exactly as typed. */
export function echoedQuestion(question: string, t: UiText): TextBlock {
  return textBlock(`${t.bot.youAsked} ${plainText(question, echoedQuestionLength)}`, {
    size: "Small",
    isSubtle: true,
  });
}

/** The signature under a signed section (the forord's "Politidirektør Anne Tønnes"), if it has one. */
export function signatureLines(item: Item): TextBlock[] {
  const lines = item.signature?.split("\n") ?? [];
  return lines.map((line, index) => textBlock(plainText(line), { spacing: index === 0 ? "Medium" : "None" }));
}
