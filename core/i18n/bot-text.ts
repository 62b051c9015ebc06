/** One command the help card explains: what to type and what it does. */
export interface HelpCommand {
  command: string;
  meaning: string;
}

/**
 * What the bot's cards say in one language, other than quotes from the strategy and the words the tab
 * says too (`shared-text.ts`). Texts that need a value are functions, so a translation cannot forget the
 * value or put it in the wrong place.
 */
export interface BotText {
  help: string;
  units: string;
  allUnits: string;
  youAsked: string;
  examplesIntro: string;
  /** How to reach the bot in a channel, where it only hears messages that @mention it. */
  channelHint: string;
  /**
   * How to get feedback after meetings: Teams tells only a bot installed in the meeting's chat that a
   * meeting ended, and adding the app to a meeting (its side-panel tab) installs the bot in one step.
   */
  meetingHint: string;

  showWholeSection: string;
  showUnit: string;
  /** The answer card's link that opens the section in the personal tab (only with a Teams app id). */
  openInTab: string;
  wasHelpful: string;
  helpfulYes: string;
  helpfulNo: string;
  thanksForRating: string;

  suggestionsIntro: string;
  /** Starts the reply that offers a few sections when none is clearly the answer ("Mente du …?"). */
  didYouMean: string;
  /** Under a structure answer: the titles are the strategy's own, and the buttons open the sections. */
  structureNote: string;
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

  /** The message extension's reply when the search finds nothing or the query is too long. */
  searchExtensionNothing: (query: string) => string;
  searchExtensionTooLong: (maxLength: number) => string;
  /** The feedback cards posted after a meeting or by `feedback <titel>`. */
  feedback: FeedbackText;
}

/** Why the bot could not take an answer from a feedback card. */
export type FeedbackProblem =
  | "missingRating"
  | "commentTooLong"
  | "unknownTopic"
  | "unknownUnit"
  | "unknownPrompt";

/**
 * The feedback cards' texts. Dates arrive formatted for the locale ("4. december"), counts as numbers.
 * The count texts say how many answered and never who.
 */
export interface FeedbackText {
  meetingHeading: string;
  chatHeading: string;
  /** "Åben til 4. december": the last day answers are taken. */
  openUntil: (day: string) => string;
  answerCount: (count: number) => string;
  ratingLabel: string;
  topicLabel: string;
  topicPlaceholder: string;
  unitLabel: string;
  unitPlaceholder: string;
  commentPlaceholder: string;
  /** Why answering anonymously is safe; `minGroupSize` is the smallest group results show. */
  anonymityNote: (minGroupSize: number) => string;
  send: string;
  update: string;
  refresh: string;

  thanks: (rating: number) => string;
  topic: string;
  comment: string;
  answeredAnonymously: string;
  answeredWithName: string;
  editableUntil: (day: string) => string;
  edit: string;

  closedHeading: string;
  closedOn: (day: string) => string;
  closedCount: (count: number) => string;

  notSaved: string;
  tryAgain: string;
  /** One line per problem; a comment that is too long is told the limit. */
  problems: Record<Exclude<FeedbackProblem, "commentTooLong">, string>;
  commentTooLong: (maxCommentLength: number) => string;
  back: string;
  /** The prompt's title when a meeting ends without one. */
  meetingFallbackTitle: string;
  /** The prompt's title for `feedback` typed without a title. */
  chatFallbackTitle: string;
  /** Results (the words the tab shows too are in `SharedText.results`). */
  /**
   * `feedback resultater` outside local mode: the results are in the tab, where the person's app role
   * decides what they see (an activity carries no roles); `noResultsLink` when no Teams app id is set.
   */
  resultsInTab: string;
  openResultsInTab: string;
  noResultsLink: string;
  localModeNotice: string;
  resultsHeading: (scope: string) => string;
  /** The feedback card's link to the prompt's results in the unit tab (leaders see them there). */
  openResults: string;
  noPrompts: string;
  hiddenTooFew: (minGroupSize: number) => string;
  shownPrompts: (shown: number, total: number) => string;
}
