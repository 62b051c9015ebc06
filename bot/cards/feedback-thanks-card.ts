import type { Strategy } from "../../core/content/strategy.ts";
import type { FeedbackAnswer, FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { executeAction, openUrlAction } from "./card-buttons.ts";
import { type CardElement, factSet } from "./card-elements.ts";
import { heading } from "./card-text-blocks.ts";
import {
  answerCountLine,
  feedbackRefresh,
  lastOpenDay,
  promptTitle,
  smallPrint,
} from "./feedback-card-parts.ts";
import { topicTitle } from "./feedback-topics.ts";
import { plainText } from "./plain-text.ts";

/** How much of the person's comment the card repeats; the whole comment is in "Ret dit svar". */
export const echoedCommentLength = 300;

/** What `feedbackThanksCard` needs. */
export interface FeedbackThanksCardInput {
  strategy: Strategy;
  prompt: FeedbackPrompt;
  locale: Language;
  /** The person's own saved answer; only they see this card. */
  answer: FeedbackAnswer;
  answerCount: number;
  /** A Teams deep link to the prompt's results in the unit tab; the card links to it when given. */
  resultsUrl?: string;
}

/**
 * One person's view of the feedback card once they have answered: their rating, topic and comment,
 * whether it was anonymous, how many have answered, and "Ret dit svar" (`editFeedback`). It keeps the
 * prompt card's `refresh` clause, so a refresh shows them this view again rather than the empty form.
 */
export function feedbackThanksCard({
  strategy,
  prompt,
  locale,
  answer,
  answerCount,
  resultsUrl,
}: FeedbackThanksCardInput): AdaptiveCard {
  const t = textFor(locale);
  const topic = answer.topic === undefined ? undefined : topicTitle(strategy, answer.topic);
  const facts = [
    ...(topic ? [{ title: t.bot.feedback.topic, value: plainText(topic) }] : []),
    ...(answer.comment
      ? [{ title: t.bot.feedback.comment, value: plainText(answer.comment, echoedCommentLength) }]
      : []),
  ];
  const body: CardElement[] = [
    heading(t.bot.feedback.thanks(answer.rating)),
    promptTitle(prompt),
    ...(facts.length > 0 ? [factSet(facts)] : []),
    smallPrint(answer.anonymous ? t.bot.feedback.answeredAnonymously : t.bot.feedback.answeredWithName),
    answerCountLine(t, answerCount),
    smallPrint(t.bot.feedback.editableUntil(lastOpenDay(prompt, locale))),
  ];
  const edit = executeAction(t.bot.feedback.edit, { verb: "editFeedback", promptId: prompt.id });
  const results = resultsUrl ? [openUrlAction(t.bot.feedback.openResults, resultsUrl)] : [];
  return adaptiveCard(body, [edit, ...results], { refresh: feedbackRefresh(t, prompt.id) });
}
