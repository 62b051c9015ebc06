import { danishStrings } from "./danish-strings.ts";
import { englishStrings } from "./english-strings.ts";
import type { Locale } from "./locale.ts";

/** One command the help card explains: what to type and what it does. */
export interface HelpCommand {
  command: string;
  meaning: string;
}

/**
 * Every text the cards show that is not a quote from the strategy, in one locale. Texts that need a
 * value are functions, so a translation cannot forget the value or put it in the wrong place.
 */
export interface UiStrings {
  help: string;
  units: string;
  allUnits: string;
  pejlemaerker: string;
  readAlso: string;
  youAsked: string;
  examplesIntro: string;
  /** How to reach the bot in a channel, where it only hears messages that @mention it. */
  channelHint: string;

  sourceLabel: string;
  unitLabel: string;
  showWholeSection: string;
  showUnit: string;
  wasHelpful: string;
  helpfulYes: string;
  helpfulNo: string;
  thanksForRating: string;

  /** Must start with "Jeg kunne ikke finde" / "I couldn't find": the search design relies on it. */
  notFound: (strategyTitle: string) => string;
  suggestionsIntro: string;
  unitRecognised: (unitName: string) => string;
  tryInstead: string;

  unitSections: string;
  unitsHeading: (strategyTitle: string) => string;
  unitsIntro: string;
  pejlemaerkerHeading: (strategyTitle: string) => string;
  crossCutting: string;
  crossCuttingInitiatives: string;

  welcomeHeading: string;
  welcomeLines: (strategyTitle: string) => [string, string];
  exampleQuestions: string[];
  helpHeading: string;
  helpCommands: (example: { unitName: string; unitCount: number }) => HelpCommand[];
  quotesNote: (strategyTitle: string) => string;

  unknownAction: string;
  emptyQuestion: string;
  tooLong: (maxLength: number) => string;
  error: string;
  slowDown: string;
}

const stringsByLocale: Record<Locale, UiStrings> = { da: danishStrings, en: englishStrings };

/** The UI texts for a locale. */
export function uiStrings(locale: Locale): UiStrings {
  return stringsByLocale[locale];
}
