import type { Strategy, Unit } from "../../core/content/strategy.ts";
import type { FeedbackAnswer, FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import type { UiText } from "../../core/i18n/ui-text.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { executeAction, openUrlAction } from "./card-buttons.ts";
import type { CardElement } from "./card-elements.ts";
import { type ChoiceSetInput, choiceSetInput, textInput, toggleInput } from "./card-inputs.ts";
import { heading } from "./card-text-blocks.ts";
import {
  answerCountLine,
  defaultMinGroupSize,
  feedbackRefresh,
  lastOpenDay,
  maxCommentLength,
  promptTitle,
  smallPrint,
} from "./feedback-card-parts.ts";
import { feedbackTopics } from "./feedback-topics.ts";

/** What `feedbackPromptCard` needs. */
export interface FeedbackPromptCardInput {
  strategy: Strategy;
  prompt: FeedbackPrompt;
  locale: Language;
  /** How many have answered so far; the card says how many, never who. */
  answerCount: number;
  /** The units to choose from. Give them only while the prompt is not tied to a unit (`prompt.unitId`). */
  units?: readonly Unit[];
  /** The person's saved answer, for "Ret dit svar": fills in the form and makes the button "Opdater svar". */
  previous?: FeedbackAnswer;
  /** Smallest group of answers leaders see results for (`config.feedback.minGroupSize`); default 5. */
  minGroupSize?: number;
  /** A Teams deep link to the prompt's results in the unit tab; the card links to it when given. */
  resultsUrl?: string;
}

/**
 * The feedback form: posted in the meeting chat when a meeting ends (or by `feedback <titel>`) as the
 * card everyone shares, and returned to one person to fill in or correct. Inputs: `rating` ("1"–"5",
 * required), `topic` (a `feedbackTopics` id), `unitId` (only with `units`), `comment` (at most
 * `maxCommentLength` characters) and `anonymous` ("true"/"false", ticked by default). "Send svar" is an
 * `Action.Execute` with `submitFeedback`; the `refresh` clause gives each viewer their own view.
 */
export function feedbackPromptCard(input: FeedbackPromptCardInput): AdaptiveCard {
  const { prompt, locale, answerCount, previous } = input;
  const t = textFor(locale);
  const body: CardElement[] = [
    heading(prompt.kind === "meeting" ? t.bot.feedback.meetingHeading : t.bot.feedback.chatHeading),
    promptTitle(prompt),
    smallPrint(t.bot.feedback.openUntil(lastOpenDay(prompt, locale))),
    answerCountLine(t, answerCount),
    ...formInputs(input, t),
    smallPrint(t.bot.feedback.anonymityNote(input.minGroupSize ?? defaultMinGroupSize)),
  ];
  const send = executeAction(previous ? t.bot.feedback.update : t.bot.feedback.send, {
    verb: "submitFeedback",
    promptId: prompt.id,
  });
  const results = input.resultsUrl ? [openUrlAction(t.bot.feedback.openResults, input.resultsUrl)] : [];
  return adaptiveCard(body, [send, ...results], { refresh: feedbackRefresh(t, prompt.id) });
}

function formInputs(
  { strategy, prompt, units, previous }: FeedbackPromptCardInput,
  t: UiText,
): CardElement[] {
  const topics = feedbackTopics(strategy);
  const inputs: CardElement[] = [
    choiceSetInput("rating", {
      style: "expanded",
      label: t.bot.feedback.ratingLabel,
      choices: t.shared.questions.meetingUsefulness.scale.map((meaning, index) => ({
        title: `${index + 1} – ${meaning}`,
        value: String(index + 1),
      })),
      isRequired: true,
      errorMessage: t.shared.ratingMissing,
      spacing: "Medium",
      ...(previous && { value: String(previous.rating) }),
    }),
    compactChoices(
      "topic",
      topics,
      previous?.topic,
      t.bot.feedback.topicLabel,
      t.bot.feedback.topicPlaceholder,
    ),
  ];
  if (units && units.length > 0) {
    const choices = units.map((unit) => ({ id: unit.id, title: unit.name }));
    inputs.push(
      compactChoices(
        "unitId",
        choices,
        prompt.unitId,
        t.bot.feedback.unitLabel,
        t.bot.feedback.unitPlaceholder,
      ),
    );
  }
  inputs.push(
    textInput("comment", {
      isMultiline: true,
      maxLength: maxCommentLength,
      label: t.shared.commentOptional,
      placeholder: t.bot.feedback.commentPlaceholder,
      ...(previous?.comment && { value: previous.comment }),
    }),
    toggleInput("anonymous", {
      title: t.shared.answerAnonymously,
      value: String(previous?.anonymous ?? true),
      valueOn: "true",
      valueOff: "false",
      wrap: true,
    }),
  );
  return inputs;
}

/** An optional drop-down; a chosen value that is no longer among the choices is left unchosen. */
function compactChoices(
  id: string,
  options: readonly { id: string; title: string }[],
  chosen: string | undefined,
  label: string,
  placeholder: string,
): ChoiceSetInput {
  // Choice titles are shown as plain text, not markdown, so they are not escaped.
  const choices = options.map((option) => ({ title: option.title, value: option.id }));
  const value = choices.some((choice) => choice.value === chosen) ? chosen : undefined;
  return choiceSetInput(id, { style: "compact", label, placeholder, choices, ...(value && { value }) });
}
