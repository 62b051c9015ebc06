import type { Item, Strategy, Unit } from "../../core/content/strategy.ts";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { actionSet, type CardElement, textBlock } from "./card-elements.ts";
import { echoedQuestion } from "./card-text-blocks.ts";
import { browseButtons, itemButton, itemLabel, unitButton } from "./navigation-buttons.ts";
import { plainText } from "./plain-text.ts";
import type { ReplyKind } from "./reply-kind.ts";

/** Most suggestions the card offers. */
const maxSuggestions = 3;

/** What `notFoundCard` needs. */
export interface NotFoundCardInput {
  strategy: Strategy;
  locale: Language;
  question: string;
  /** A unit the question named, if the search recognised one. */
  unit?: Unit;
  /** Sections that came close, best first; at most three are shown. */
  suggestions: Item[];
}

/**
 * The reply when the strategy does not answer a question. It says so plainly first ("Jeg kunne ikke
 * finde …" / "I couldn't find …") rather than quote something beside the point, then offers what the
 * bot can answer: the near misses, the unit the question named, and the lists of units and pejlemærker.
 */
export function notFoundCard({
  strategy,
  locale,
  question,
  unit,
  suggestions,
}: NotFoundCardInput): AdaptiveCard {
  const t = textFor(locale);
  const shown = suggestions.slice(0, maxSuggestions);
  const body: CardElement[] = [
    textBlock(t.shared.notFound(plainText(strategy.title)), {
      id: "not-found" satisfies ReplyKind,
      weight: "Bolder",
    }),
    echoedQuestion(question, t),
  ];
  if (shown.length > 0) {
    body.push(
      textBlock(t.bot.suggestionsIntro, { spacing: "Medium" }),
      actionSet(shown.map((item) => itemButton(item, itemLabel(strategy, item)))),
    );
  }
  if (unit) {
    body.push(
      textBlock(t.bot.unitRecognised(plainText(unit.name)), { spacing: "Medium" }),
      actionSet([unitButton(unit)]),
    );
  }
  body.push(textBlock(t.bot.tryInstead, { spacing: "Medium" }));
  return adaptiveCard(body, browseButtons(t));
}
