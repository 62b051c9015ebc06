import type { Item, Strategy } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { textBlock } from "./card-elements.ts";
import { echoedQuestion } from "./card-text-blocks.ts";
import { browseButtons, buttonRows, itemButton, itemLabel } from "./navigation-buttons.ts";
import type { ReplyKind } from "./reply-kind.ts";

/** Most sections the card offers. */
const maxChoices = 3;

/** What `choicesCard` needs. */
export interface ChoicesCardInput {
  strategy: Strategy;
  locale: Language;
  question: string;
  /** The candidate sections, best first; at most three are shown. */
  candidates: Item[];
}

/**
 * The reply when a few sections could answer and none clearly does: "Mente du …?" / "Did you mean …?"
 * and a button per candidate that opens it, as Q&A bots offer a follow-up rather than guess.
 */
export function choicesCard({ strategy, locale, question, candidates }: ChoicesCardInput): AdaptiveCard {
  const t = textFor(locale);
  const buttons = candidates.slice(0, maxChoices).map((item) => itemButton(item, itemLabel(strategy, item)));
  return adaptiveCard(
    [
      textBlock(t.bot.didYouMean, { id: "choices" satisfies ReplyKind, weight: "Bolder" }),
      ...buttonRows(buttons),
      echoedQuestion(question, t),
    ],
    browseButtons(t),
  );
}
