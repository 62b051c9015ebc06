import type { FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import type { FeedbackProblem } from "../../core/i18n/bot-text.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { executeAction } from "./card-buttons.ts";
import { textBlock } from "./card-elements.ts";
import { maxCommentLength } from "./feedback-card-parts.ts";

export type { FeedbackProblem } from "../../core/i18n/bot-text.ts";

/** What `feedbackRetryCard` needs; without a prompt (it could not be read) there is no button. */
export interface FeedbackRetryCardInput {
  prompt?: Pick<FeedbackPrompt, "id">;
  locale: Language;
}

/**
 * The reply when an answer could not be saved because the database did not answer: nothing was
 * written, so "Prøv igen" (`refreshFeedback`) simply fetches the person's view of the card again.
 */
export function feedbackRetryCard({ prompt, locale }: FeedbackRetryCardInput): AdaptiveCard {
  const { feedback } = textFor(locale).bot;
  const retry = prompt
    ? [executeAction(feedback.tryAgain, { verb: "refreshFeedback", promptId: prompt.id })]
    : [];
  return adaptiveCard([textBlock(feedback.notSaved)], retry);
}

/** What `feedbackInvalidCard` needs. */
export interface FeedbackInvalidCardInput {
  locale: Language;
  problem: FeedbackProblem;
  /** The prompt the answer was for, when it exists: adds "Tilbage" to the person's view of it. */
  promptId?: string;
}

/**
 * The reply to an answer the bot will not take — no rating, a comment over `maxCommentLength`, a topic
 * or unit not in the strategy, a prompt that does not exist — as one line saying what to do.
 */
export function feedbackInvalidCard({ locale, problem, promptId }: FeedbackInvalidCardInput): AdaptiveCard {
  const { feedback } = textFor(locale).bot;
  const text =
    problem === "commentTooLong" ? feedback.commentTooLong(maxCommentLength) : feedback.problems[problem];
  const back = promptId ? [executeAction(feedback.back, { verb: "refreshFeedback", promptId })] : [];
  return adaptiveCard([textBlock(text)], back);
}
