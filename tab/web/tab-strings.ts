import { danishStrings } from "./danish-strings.ts";
import { englishStrings } from "./english-strings.ts";

/** The tab's UI languages. The strategy's own text is always Danish, whatever the UI language. */
export type Language = "da" | "en";

/**
 * The UI language for a locale: any Danish locale (`da`, `da-DK`) gets Danish, everything else English,
 * as in the bot. In Teams the locale is the context's; outside Teams it is `navigator.language`.
 */
export function languageOf(locale: string | undefined): Language {
  return locale?.trim().toLowerCase().startsWith("da") ? "da" : "en";
}

/** The UI strings of a language. */
export function tabStrings(language: Language): TabStrings {
  return language === "da" ? danishStrings : englishStrings;
}

/** How a prompt came about, as `FeedbackResults` tells it. */
type PromptKindLabels = Record<"tab" | "meeting" | "chat", string>;

/** Every piece of UI text the pages show; strategy text (titles, paragraphs, unit names) stays Danish. */
export interface TabStrings {
  language: Language;
  /** BCP 47 tag for numbers and dates. */
  numberLocale: string;
  skipToContent: string;
  loading: string;
  /** "Hele Københavns Politi" in the picker: every unit, briefly. */
  wholeOrganisation: string;
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
  unitPickerLabel: string;
  unitPickerPlaceholder: string;
  chooseUnit: string;
  /** The page's unit is no unit of the strategy (an old or mistyped address). */
  unitNotFound: (unitId: string) => string;
  pinnedIn: (where: string) => string;
  chat: string;
  quotedInDanish?: string;
  nav: {
    label: string;
    strategy: string;
    results: string;
    /** The strategy page's tabs: their list's name and the short labels. */
    sections: string;
    ansvar: string;
    crossCutting: string;
    pejlemaerker: string;
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
    ratingMeanings: readonly [string, string, string, string, string];
    comment: string;
    anonymous: string;
    anonymityNote: string;
    /** Shown before an initiative's five choices. */
    question: string;
    /** Shown before the page-as-a-whole's five choices. */
    pageQuestion: (scope: string) => string;
    addComment: string;
    editComment: string;
    saveComment: string;
    received: string;
    yourAnswer: (rating: number, day: string) => string;
    ratingMissing: string;
    notSaved: (reason: string) => string;
  };
  search: {
    heading: string;
    label: string;
    button: string;
    searching: string;
    notFound: string;
    suggestions: string;
    related: string;
    source: string;
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
    notLeader: string;
    noAnswers: string;
    figures: (count: string, mean: string) => string;
    tooFew: (minGroupSize: number) => string;
    derivable: string;
    overall: string;
    distribution: string;
    distributionAlt: (counts: readonly number[]) => string;
    overTime: string;
    overTimeAlt: (weeks: readonly { week: string; mean?: string }[]) => string;
    hiddenWeek: string;
    byPrompt: string;
    topics: string;
    comments: string;
    anonymous: string;
    kinds: PromptKindLabels;
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
