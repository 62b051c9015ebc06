import type { QuestionId, ScaleLabels } from "../feedback/results-model.ts";

/** A question staff answer, as both faces ask it, with the meaning of each rating 1–5. */
export interface QuestionText {
  text: string;
  /** The labels of ratings 1 to 5, lowest first. */
  scale: ScaleLabels;
}

/**
 * Words both faces say — the bot's cards, the tab's pages and the CSV — written once per language so the
 * two cannot drift apart.
 */
export interface SharedText {
  /** BCP 47 tag for numbers and dates in this language. */
  numberLocale: string;
  /** Must start with "Jeg kunne ikke finde" / "I couldn't find": the search design relies on it. */
  notFound: (strategyTitle: string) => string;
  source: string;
  readAlso: string;
  unit: string;
  pejlemaerker: string;
  /** Every unit at once, as a name: the tab's picker, the results' scope. */
  wholeOrganisation: string;
  /** The two questions staff rate, worded as the meeting card and the tab's rating row ask them. */
  questions: Record<QuestionId, QuestionText>;
  ratingMissing: string;
  commentOptional: string;
  answerAnonymously: string;
  /** What leaders see of results. */
  results: {
    notLeader: string;
    /** "4 svar · gennemsnit 3,8": both numbers arrive formatted. */
    figures: (count: string, mean: string) => string;
    distribution: string;
    comments: string;
    /** A hidden group's title: "For få svar". */
    tooFew: string;
    /** The same inside a sentence or a table cell: "for få svar". */
    tooFewInText: string;
    /** Why a group big enough is hidden all the same. */
    derivable: string;
  };
}
