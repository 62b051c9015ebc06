import type { FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { textBlock } from "./card-elements.ts";
import { heading } from "./card-text-blocks.ts";
import { lastOpenDay, promptTitle } from "./feedback-card-parts.ts";

/** What `feedbackClosedCard` needs. */
export interface FeedbackClosedCardInput {
  prompt: FeedbackPrompt;
  locale: Language;
  answerCount: number;
}

/**
 * The feedback card after its closing date: that it closed, when, and how many answered. No inputs and
 * no buttons, and no `refresh` clause, so Teams stops asking the bot for this card.
 */
export function feedbackClosedCard({ prompt, locale, answerCount }: FeedbackClosedCardInput): AdaptiveCard {
  const { feedback } = textFor(locale).bot;
  return adaptiveCard([
    heading(feedback.closedHeading),
    promptTitle(prompt),
    textBlock(feedback.closedOn(lastOpenDay(prompt, locale))),
    textBlock(feedback.closedCount(answerCount), { spacing: "Small" }),
  ]);
}
