import type { Unit } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import type { AdaptiveCard } from "../cards/adaptive-card.ts";
import { answerCard } from "../cards/answer-card.ts";
import { choicesCard } from "../cards/choices-card.ts";
import { helpCard } from "../cards/help-card.ts";
import { notFoundCard } from "../cards/not-found-card.ts";
import { noticeCard } from "../cards/notice-card.ts";
import { pejlemaerkerCard } from "../cards/pejlemaerker-card.ts";
import { structureCard } from "../cards/structure-card.ts";
import { unitOverviewCard } from "../cards/unit-overview-card.ts";
import { unitsCard } from "../cards/units-card.ts";
import { appId, type BotContext } from "./bot-context.ts";
import { recognizeCommand } from "./commands.ts";

/**
 * Answers a chat message (mention already removed): a notice for empty or overlong text, the card of
 * a command, or the search's answer, structure answer, choices, not-found reply or unit overview.
 * Pure apart from the search; needs only the strategy, the search and the question limit, so the
 * evaluation can ask it directly (`bench/eval-search.ts`).
 */
export function replyToMessage(
  bot: Pick<BotContext, "strategy" | "search" | "maxQuestionLength" | "teamsAppId">,
  text: string,
  locale: Language,
): AdaptiveCard {
  const question = withoutMarkup(text).trim();
  if (!/[\p{L}\p{N}]/u.test(question)) return noticeCard({ locale, kind: "emptyQuestion" });
  if (question.length > bot.maxQuestionLength) {
    return noticeCard({ locale, kind: "tooLong", maxLength: bot.maxQuestionLength });
  }
  const { strategy } = bot;
  switch (recognizeCommand(question)) {
    case "help":
      return helpCard({ strategy, locale });
    case "pejlemaerker":
      return pejlemaerkerCard({ strategy, locale });
    case "units":
      return unitsCard({ strategy, locale });
  }
  const outcome = bot.search.search(question);
  switch (outcome.kind) {
    case "answer":
      return answerCard({ strategy, answer: outcome.answer, locale, question, ...appId(bot) });
    case "structure":
      return structureCard({ strategy, structure: outcome.structure, locale, question });
    case "choices":
      return choicesCard({ strategy, locale, question, candidates: outcome.candidates });
    case "unit-overview":
      return unitOverviewCard({ strategy, unit: outcome.unit, locale });
    case "not-found":
      return notFoundCard({
        strategy,
        locale,
        question,
        suggestions: outcome.suggestions,
        ...unitOf(outcome),
      });
  }
}

function unitOf(outcome: { unit?: Unit }) {
  return outcome.unit ? { unit: outcome.unit } : {};
}

/**
 * Teams delivers formatted messages as HTML (`<p>`, `<strong>`, entities); the search wants the words.
 * Tags are dropped and the common entities decoded; nothing of it is ever rendered back as markup.
 */
function withoutMarkup(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
