import type { Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import type { StructureAnswer, StructureLine } from "../../core/search/structure-answer.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import type { ExecuteAction } from "./card-buttons.ts";
import { type CardElement, container, textBlock } from "./card-elements.ts";
import { echoedQuestion, quotedParagraphs } from "./card-text-blocks.ts";
import { buttonRows, itemButton, itemLabel, unitButton } from "./navigation-buttons.ts";
import { plainText } from "./plain-text.ts";
import type { ReplyKind } from "./reply-kind.ts";

/** What `structureCard` needs. */
export interface StructureCardInput {
  strategy: Strategy;
  structure: StructureAnswer;
  locale: Language;
  question: string;
}

/**
 * The answer to a question about the strategy's shape: first, in one container, the paragraph that
 * says it (if any) and the titles with their slogans exactly as the strategy has them, nested as in
 * the strategy; then a button per section or unit named, which opens it.
 */
export function structureCard({ strategy, structure, locale, question }: StructureCardInput): AdaptiveCard {
  const t = textFor(locale);
  const quoted: CardElement[] = structure.lead.flatMap((quote) =>
    quotedParagraphs(quote.item, quote.paragraphIndexes),
  );
  const body: CardElement[] = [
    container([...quoted, ...structure.lines.flatMap(lineBlocks)], {
      id: "structure" satisfies ReplyKind,
      style: "emphasis",
    }),
    textBlock(t.bot.structureNote, { spacing: "Medium" }),
    ...buttonRows(uniqueButtons(structure.lines.map((line) => lineButton(strategy, line)))),
    echoedQuestion(question, t),
  ];
  return adaptiveCard(body);
}

function lineBlocks(line: StructureLine): CardElement[] {
  const title = plainText(line.title);
  const detail = line.detail ? ` – ${plainText(line.detail)}` : "";
  const heading =
    line.level === 0
      ? textBlock(`**${title}**${detail}`, { spacing: "Medium" })
      : textBlock(`• ${title}${detail}`, { spacing: "Small" });
  const quote = line.quote ? quotedParagraphs(line.quote.item, line.quote.paragraphIndexes) : [];
  return [heading, ...quote];
}

function lineButton(strategy: Strategy, line: StructureLine): ExecuteAction {
  return "item" in line.opens
    ? itemButton(line.opens.item, itemLabel(strategy, line.opens.item))
    : unitButton(line.opens.unit);
}

/** One button per destination: the yearly themes all open the one section that names them. */
function uniqueButtons(buttons: ExecuteAction[]): ExecuteAction[] {
  const seen = new Set<string>();
  return buttons.filter((button) => {
    const key = JSON.stringify(button.data);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
