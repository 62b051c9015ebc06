import type { FeedbackResults, PromptResult, QuestionInfo } from "../../core/feedback/results-model.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import type { UiText } from "../../core/i18n/ui-text.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { type CardElement, container, textBlock } from "./card-elements.ts";
import { heading } from "./card-text-blocks.ts";
import { plainText } from "./plain-text.ts";

/** Most prompts one card lists, newest first; the tab shows them all. */
const maxPrompts = 8;
/** Most comments shown per prompt. */
const maxComments = 5;

/** What `feedbackResultsCard` needs. */
export interface FeedbackResultsCardInput {
  results: FeedbackResults;
  locale: Language;
  /** Whose results: a unit's name, or undefined for this conversation's own prompts. */
  scope?: string;
}

/**
 * The answer to `feedback resultater` in local mode, where everyone may see results and the card says
 * so (signed in, the bot hands over to the tab instead, `results-hand-over-card.ts`): per prompt its question, the number of answers, the mean and
 * the distribution on that question's own scale, and comments — or, for a group too small or derivable from others, why it is hidden. Never a
 * respondent; a name appears only beside a comment whose author chose to be named.
 */
export function feedbackResultsCard({ results, locale, scope }: FeedbackResultsCardInput): AdaptiveCard {
  const t = textFor(locale);
  const { feedback } = t.bot;
  const prompts = results.units
    .flatMap((unit) => unit.prompts)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const body: CardElement[] = [
    heading(feedback.resultsHeading(plainText(scope ?? t.shared.wholeOrganisation))),
    textBlock(feedback.localModeNotice, { isSubtle: true, size: "Small" }),
  ];
  if (prompts.length === 0) body.push(textBlock(feedback.noPrompts));
  for (const prompt of prompts.slice(0, maxPrompts)) {
    const question = results.questions.find((each) => each.id === prompt.question);
    if (question) body.push(promptBlock(prompt, question, t, results.minGroupSize, locale));
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
  t: UiText,
  minGroupSize: number,
  locale: Language,
): CardElement {
  const items: CardElement[] = [textBlock(plainText(prompt.title), { weight: "Bolder" })];
  // Each prompt under its own question and scale: a meeting's usefulness is not an initiative's quality.
  items.push(textBlock(question.text[locale], { isSubtle: true, size: "Small", spacing: "None" }));
  const { result } = prompt;
  if (result.hidden) {
    items.push(
      textBlock(
        result.reason === "tooFew" ? t.bot.feedback.hiddenTooFew(minGroupSize) : t.shared.results.derivable,
        {
          isSubtle: true,
        },
      ),
    );
    return container(items, { separator: true, spacing: "Medium" });
  }
  const scale = question.scale[locale];
  const number = new Intl.NumberFormat(t.shared.numberLocale, { maximumFractionDigits: 1 });
  items.push(
    textBlock(t.shared.results.figures(number.format(result.count), number.format(result.mean)), {
      spacing: "Small",
    }),
    textBlock(
      `${t.shared.results.distribution}: ${result.distribution.map((count, index) => `${scale[index]} (${index + 1}): ${count}`).join(" · ")}`,
      {
        isSubtle: true,
        size: "Small",
        spacing: "None",
      },
    ),
  );
  const comments = prompt.comments.slice(0, maxComments);
  if (comments.length > 0) {
    items.push(textBlock(t.shared.results.comments, { weight: "Bolder", size: "Small" }));
    for (const comment of comments) {
      const author = comment.name ? ` – ${plainText(comment.name, 80)}` : "";
      items.push(
        textBlock(`“${plainText(comment.text, 300)}”${author}`, { size: "Small", spacing: "Small" }),
      );
    }
  }
  return container(items, { separator: true, spacing: "Medium" });
}
