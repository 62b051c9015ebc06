import type { FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import type { UiText } from "../../core/i18n/ui-text.ts";
import { type CardRefresh, cardRefresh } from "./card-buttons.ts";
import { type TextBlock, textBlock } from "./card-elements.ts";
import { plainText } from "./plain-text.ts";

/** Longest comment the card lets a person type; the feedback flow checks the same limit. */
export const maxCommentLength = 1000;

/** Smallest group of answers leaders see results for, unless the configuration says otherwise. */
export const defaultMinGroupSize = 5;

/** How much of a prompt's title a card shows; a title is a line, not a paragraph. */
const promptTitleLength = 200;

const dayFormat = (language: Language) =>
  new Intl.DateTimeFormat(textFor(language).shared.numberLocale, {
    day: "numeric",
    month: "long",
    timeZone: "Europe/Copenhagen",
  });
const dayFormats: Record<Language, Intl.DateTimeFormat> = { da: dayFormat("da"), en: dayFormat("en") };

/**
 * The last day a prompt takes answers, in Copenhagen, as "4. december" / "4 December". One millisecond
 * before `closesAt` is the last open moment, so a prompt closing at midnight reads as open until the
 * day before rather than until a day on which it takes no answers.
 */
export function lastOpenDay(prompt: FeedbackPrompt, locale: Language): string {
  return dayFormats[locale].format(new Date(prompt.closesAt.getTime() - 1));
}

/** The prompt's title as its creator wrote it, escaped: it is typed by a person. */
export function promptTitle(prompt: FeedbackPrompt): TextBlock {
  return textBlock(plainText(prompt.title, promptTitleLength), { weight: "Bolder", spacing: "Small" });
}

/** Small subtle text under the title: the count, a date, a note. */
export function smallPrint(text: string): TextBlock {
  return textBlock(text, { size: "Small", isSubtle: true, spacing: "Small" });
}

/** "N har svaret": how many, never who. */
export function answerCountLine(t: UiText, answerCount: number): TextBlock {
  return smallPrint(t.bot.feedback.answerCount(answerCount));
}

/**
 * The refresh clause of the prompt card and the thanks card: every viewer's client asks the bot for
 * its own view — the form, their answer, or "closed" — when the card is shown.
 */
export function feedbackRefresh(t: UiText, promptId: string): CardRefresh {
  return cardRefresh(t.bot.feedback.refresh, { verb: "refreshFeedback", promptId });
}
