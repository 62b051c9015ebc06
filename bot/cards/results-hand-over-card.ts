import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { openUrlAction } from "./card-buttons.ts";
import { textBlock } from "./card-elements.ts";
import { heading } from "./card-text-blocks.ts";
import { plainText } from "./plain-text.ts";

/** What `resultsHandOverCard` needs. */
export interface ResultsHandOverCardInput {
  locale: Language;
  /** Whose results: the conversation's unit's name, or undefined for everything the person may see. */
  scope?: string;
  /** The Teams deep link into the tab's results; without it (no `TEAMS_APP_ID`) the card says so. */
  resultsUrl?: string;
}

/**
 * The answer to `feedback resultater` once sign-in is configured: a Bot Framework activity carries no app
 * roles, so the bot shows no results itself and opens them in the tab, where the role decides what the
 * person sees. Without a Teams app id there is no link, and the card says why and where to look instead.
 */
export function resultsHandOverCard({ locale, scope, resultsUrl }: ResultsHandOverCardInput): AdaptiveCard {
  const t = textFor(locale);
  const { feedback } = t.bot;
  const body = [
    heading(feedback.resultsHeading(plainText(scope ?? t.shared.wholeOrganisation))),
    textBlock(feedback.resultsInTab),
    ...(resultsUrl ? [] : [textBlock(feedback.noResultsLink, { isSubtle: true })]),
  ];
  return adaptiveCard(body, resultsUrl ? [openUrlAction(feedback.openResultsInTab, resultsUrl)] : []);
}
