import type { PromptKind } from "../feedback/feedback-store.ts";

/**
 * What the tab's pages say in one language, other than the words the bot says too (`shared-text.ts`);
 * strategy text (titles, paragraphs, unit names) stays Danish.
 */
export interface TabText {
  skipToContent: string;
  loading: string;
  localModeBanner: string;
  signInFailed: (reason: string) => string;
  errors: {
    unauthorized: string;
    forbidden: string;
    notFound: string;
    tooMany: string;
    unavailable: string;
    other: string;
  };
  unitPickerPlaceholder: string;
  chooseUnit: string;
  /** The page's unit is no unit of the strategy (an old or mistyped address). */
  unitNotFound: (unitId: string) => string;
  pinnedIn: (where: string) => string;
  chat: string;
  /** Only where the UI is not Danish: that the strategy is quoted as written, in Danish. */
  quotedInDanish?: string;
  nav: {
    label: string;
    strategy: string;
    results: string;
    /** The strategy page's tabs: their list's name and the short labels. */
    sections: string;
    ansvar: string;
    crossCutting: string;
    forord: string;
  };
  content: {
    localInitiatives: string;
    localInitiativesIntro: string;
    crossCutting: string;
    crossCuttingIntro: string;
    pejlemaerker: string;
    focusAreas: string;
    introduction: string;
    units: string;
    openUnit: (name: string) => string;
  };
  feedback: {
    pageHeading: string;
    pageLegend: (scope: string) => string;
    itemLegend: (title: string) => string;
    anonymityNote: string;
    /** Shown before the page-as-a-whole's five choices. */
    pageQuestion: (scope: string) => string;
    addComment: string;
    editComment: string;
    saveComment: string;
    received: string;
    yourAnswer: (rating: number, day: string) => string;
    notSaved: (reason: string) => string;
  };
  search: {
    heading: string;
    label: string;
    button: string;
    searching: string;
    notFound: string;
    suggestions: string;
    unitOverview: (name: string) => string;
    empty: string;
    browse: string;
    wholeStrategy: string;
    askBot: string;
    failed: (reason: string) => string;
  };
  results: {
    heading: (scope: string) => string;
    intro: (minGroupSize: number) => string;
    downloadCsv: string;
    noAnswers: string;
    noAnswersHint: string;
    /** The results hold answers from `npm run demo-data`. */
    demo: string;
    /** Under the "For få svar" title: from how many answers a group is shown. */
    tooFewNote: (minGroupSize: number) => string;
    answers: string;
    mean: string;
    trend: string;
    trendSince: (before: string, latest: string) => string;
    noTrend: string;
    /** "uge 49", "week 49". */
    week: (number: number) => string;
    ratingAxis: string;
    countAxis: string;
    meanAxis: string;
    weekAxis: string;
    meaning: string;
    distributionAlt: (counts: readonly number[]) => string;
    overTime: string;
    overTimeAlt: (weeks: readonly { week: string; mean?: string }[]) => string;
    byPrompt: string;
    anonymous: string;
    /** How a prompt came about, as `FeedbackResults` tells it. */
    kinds: Record<PromptKind, string>;
    noUnit: string;
  };
  config: {
    heading: string;
    intro: string;
    outsideTeams: string;
    preview: (name: string) => string;
    saveFailed: (reason: string) => string;
  };
}
