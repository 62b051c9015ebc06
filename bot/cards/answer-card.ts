import type { Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import type { UiText } from "../../core/i18n/ui-text.ts";
import type { Answer } from "../../core/search/answer.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import type { CardAction } from "./card-actions.ts";
import { executeAction, openUrlAction } from "./card-buttons.ts";
import {
  actionSet,
  type CardElement,
  column,
  columnSet,
  container,
  factSet,
  textBlock,
} from "./card-elements.ts";
import { breadcrumbText, echoedQuestion, quotedParagraphs, signatureLines } from "./card-text-blocks.ts";
import { itemButton, itemLabel, unitButton } from "./navigation-buttons.ts";
import { plainText } from "./plain-text.ts";
import type { ReplyKind } from "./reply-kind.ts";
import { sectionDeepLink } from "./teams-deep-links.ts";

/** Most related items an answer offers; more would bury the answer itself. */
const maxRelated = 3;

/** What `answerCard` needs. */
export interface AnswerCardInput {
  strategy: Strategy;
  answer: Answer;
  locale: Language;
  /**
   * The question as typed, repeated in small print. Optional because the card that replaces this one
   * after a rating is built from the rating's data, which does not carry what the user typed.
   */
  question?: string;
  /** Set once the user has rated the answer: the rating row becomes a thank-you. */
  rated?: "up" | "down";
  /** The Teams app id: adds a link that opens the section in the personal tab. None in local mode. */
  teamsAppId?: string;
}

/**
 * The answer to a question: the quoted paragraphs first, then where they stand in the strategy, buttons
 * to read the whole section, its unit (and, with a Teams app id, to open it in the personal tab) and up
 * to three related sections, and a 👍/👎 rating row. The
 * rating buttons are `Action.Execute`, so the bot's reply (this card with `rated` set) replaces the card.
 */
export function answerCard({
  strategy,
  answer,
  locale,
  question,
  rated,
  teamsAppId,
}: AnswerCardInput): AdaptiveCard {
  const t = textFor(locale);
  const { item } = answer;
  const unit = item.unitId ? strategy.unitById.get(item.unitId) : undefined;
  const related = answer.related.slice(0, maxRelated);
  const reference = {
    itemId: item.id,
    paragraphIndexes: answer.paragraphIndexes,
    relatedIds: related.map((relatedItem) => relatedItem.id),
  };
  const body: CardElement[] = [
    container([...quotedParagraphs(item, answer.paragraphIndexes), ...signatureLines(item)], {
      id: "answer" satisfies ReplyKind,
      style: "emphasis",
    }),
    factSet([
      { title: t.shared.source, value: `${plainText(strategy.title)} › ${breadcrumbText(item.breadcrumb)}` },
      ...(unit ? [{ title: t.shared.unit, value: plainText(unit.name) }] : []),
    ]),
    actionSet([
      itemButton(item, t.bot.showWholeSection),
      ...(unit ? [unitButton(unit, t.bot.showUnit)] : []),
      ...(teamsAppId ? [openUrlAction(t.bot.openInTab, sectionDeepLink(teamsAppId, item.id))] : []),
    ]),
  ];
  if (related.length > 0) {
    body.push(
      textBlock(t.shared.readAlso, { weight: "Bolder", spacing: "Medium" }),
      actionSet(related.map((relatedItem) => itemButton(relatedItem, itemLabel(strategy, relatedItem)))),
    );
  }
  body.push(
    rated ? textBlock(`${t.bot.thanksForRating} ${thumb[rated]}`, ratingLayout) : ratingRow(t, reference),
  );
  if (question !== undefined) body.push(echoedQuestion(question, t));
  return adaptiveCard(body);
}

const thumb = { up: "👍", down: "👎" } as const;
const ratingLayout = { spacing: "Large", separator: true } as const;

type AnswerReference = Extract<CardAction, { verb: "rateAnswer" }>["answer"];

function ratingRow(t: UiText, answer: AnswerReference): CardElement {
  return columnSet(
    [
      column("stretch", [textBlock(t.bot.wasHelpful)]),
      column("auto", [
        actionSet([
          executeAction(thumb.up, { verb: "rateAnswer", rating: "up", answer }, t.bot.helpfulYes),
          executeAction(thumb.down, { verb: "rateAnswer", rating: "down", answer }, t.bot.helpfulNo),
        ]),
      ]),
    ],
    ratingLayout,
  );
}
