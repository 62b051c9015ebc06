import type { FeedbackResults, PromptResult, QuestionInfo } from "../../core/feedback/results-model.ts";
import type { Locale } from "../i18n/locale.ts";
import { type FeedbackStrings, uiStrings } from "../i18n/ui-strings.ts";
import { type AdaptiveCard, adaptiveCard, type CardElement, container, textBlock } from "./adaptive-card.ts";
import { heading } from "./card-text-blocks.ts";
import { plainText } from "./plain-text.ts";

/** Most prompts one card lists, newest first; the tab shows them all. */
const maxPrompts = 8;
/** Most comments shown per prompt. */
const maxComments = 5;

/** What `feedbackResultsCard` needs. */
export interface FeedbackResultsCardInput {
  results: FeedbackResults;
  locale: Locale;
  /** Whose results: a unit's name, or undefined for this conversation's own prompts. */
  scope?: string;
}

/**
 * The answer to `feedback resultater` in local mode, where everyone may see results and the card says
 * so (signed in, the bot hands over to the tab instead, `results-hand-over-card.ts`): per prompt its question, the number of answers, the mean and
 * the distribution on that question's own scale, and comments — or, for a group too small or derivable from others, why it is hidden. Never a
 * respondent; a name appears only beside a comment whose author chose to be named.
 */
export function feedbackResultsCard({
  results,
  locale,
  scope,
}: FeedbackResultsCardInput): AdaptiveCard {
  const { feedback } = uiStrings(locale);
  const prompts = results.units
    .flatMap((unit) => unit.prompts)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const body: CardElement[] = [
    heading(feedback.resultsHeading(plainText(scope ?? feedback.allUnits))),
    textBlock(feedback.localModeNotice, { isSubtle: true, size: "Small" }),
  ];
  if (prompts.length === 0) body.push(textBlock(feedback.noPrompts));
  for (const prompt of prompts.slice(0, maxPrompts)) {
    const question = results.questions.find((each) => each.id === prompt.question);
    if (question) body.push(promptBlock(prompt, question, feedback, results.minGroupSize, locale));
  }
  if (prompts.length > maxPrompts) {
    body.push(
      textBlock(feedback.shownPrompts(maxPrompts, prompts.length), { isSubtle: true, size: "Small" }),
    );
  }
  return adaptiveCard(body);
}

function promptBlock(
  prompt: PromptResult,
  question: QuestionInfo,
  t: FeedbackStrings,
  minGroupSize: number,
  locale: Locale,
): CardElement {
  const items: CardElement[] = [textBlock(plainText(prompt.title), { weight: "Bolder" })];
  // Each prompt under its own question and scale: a meeting's usefulness is not an initiative's quality.
  items.push(textBlock(question.text[locale], { isSubtle: true, size: "Small", spacing: "None" }));
  const { result } = prompt;
  if (result.hidden) {
    items.push(
      textBlock(result.reason === "tooFew" ? t.hiddenTooFew(minGroupSize) : t.hiddenDerivable, {
        isSubtle: true,
      }),
    );
    return container(items, { separator: true, spacing: "Medium" });
  }
  const scale = question.scale[locale];
  const mean = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(result.mean);
  items.push(
    textBlock(t.figures(result.count, mean), { spacing: "Small" }),
    textBlock(
      `${t.distribution}: ${result.distribution.map((count, index) => `${scale[index]} (${index + 1}): ${count}`).join(" · ")}`,
      {
        isSubtle: true,
        size: "Small",
        spacing: "None",
      },
    ),
  );
  const comments = prompt.comments.slice(0, maxComments);
  if (comments.length > 0) {
    items.push(textBlock(t.comments, { weight: "Bolder", size: "Small" }));
    for (const comment of comments) {
      const author = comment.name ? ` – ${plainText(comment.name, 80)}` : "";
      items.push(
        textBlock(`“${plainText(comment.text, 300)}”${author}`, { size: "Small", spacing: "Small" }),
      );
    }
  }
  return container(items, { separator: true, spacing: "Medium" });
}
