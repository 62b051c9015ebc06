import type { PromptKind } from "./feedback-store.ts";

/*
 * The shape of leaders' results, shared by the tab API (re-exported from `tab/api/tab-api-contract.ts`),
 * the bot's `feedback resultater` card and the CSV. Plain data, dates as ISO strings, so it goes straight
 * to JSON. Two rules shape it:
 * - Answers to different questions are never merged: every group belongs to one `QuestionId`, with that
 *   question's own wording and scale labels in `FeedbackResults.questions`.
 * - A hidden group is explicit, `{ hidden: true, reason }`, and carries no number at all: whether a group
 *   is shown was decided once for the whole organisation (see `suppression-decision.ts`), so no view can
 *   show a number that, with another view, gives a hidden one away.
 */

/**
 * Which question an answer responds to: after a meeting or a chat prompt, how *useful the meeting* was
 * (1 *Slet ikke nyttigt* – 5 *Meget nyttigt*); on the tab, how *good an initiative* is (1 *Meget dårligt* –
 * 5 *Meget godt*).
 */
export type QuestionId = "meetingUsefulness" | "initiativeQuality";

/** A question as asked, in Danish and English, with the meaning of each rating 1–5. */
export interface QuestionInfo {
  id: QuestionId;
  text: { da: string; en: string };
  /** The labels of ratings 1, 2, 3, 4 and 5, in that order. */
  scale: { da: ScaleLabels; en: ScaleLabels };
}

/** The labels of ratings 1–5, in that order. */
export type ScaleLabels = readonly [string, string, string, string, string];

/** Count of answers rating 1, 2, 3, 4 and 5, in that order. */
export type Distribution = [number, number, number, number, number];

/** A group that may be shown: its answers, their mean (one decimal) and distribution. */
export interface ShownGroup {
  hidden: false;
  count: number;
  mean: number;
  distribution: Distribution;
}

/**
 * Why a group is hidden: `tooFew` — fewer answers than `minGroupSize`; `complementary` — hidden although
 * big enough, because otherwise a hidden group could be worked out from shown ones by sums or differences.
 */
export type HiddenReason = "tooFew" | "complementary";

/** A hidden group: why, and nothing else (not even "under 5" for a complementary one, which has more). */
export interface HiddenGroup {
  hidden: true;
  reason: HiddenReason;
}

/** A group's figures, or why there are none. */
export type GroupResult = ShownGroup | HiddenGroup;

/** A free-text comment; `name` only when its author chose not to be anonymous. */
export interface CommentResult {
  text: string;
  /** The day it was given, in Copenhagen time (YYYY-MM-DD). */
  on: string;
  name?: string;
}

/** One ISO week (`2025-W07`, in Copenhagen time) of a unit's answers to one question. */
export interface WeekResult {
  week: string;
  result: GroupResult;
}

/** A unit's answers to one question: its figures and its weekly series (weeks with answers, oldest first). */
export interface UnitQuestionResult {
  question: QuestionId;
  result: GroupResult;
  weeks: WeekResult[];
}

/** One prompt: a meeting, a chat prompt, or one thing rated on the tab (an initiative or the whole page). */
export interface PromptResult {
  promptId: string;
  title: string;
  kind: PromptKind;
  question: QuestionId;
  /** For tab prompts: the strategy item rated, or "unit" for the unit's page as a whole. */
  subjectId?: string;
  unitId: string | null;
  createdAt: string;
  closesAt: string;
  /** Made-up answers from `npm run demo-data`, not colleagues'. */
  demo: boolean;
  result: GroupResult;
  /** Newest first, dated to the day; always empty while the prompt is hidden. */
  comments: CommentResult[];
}

/** One unit (or, with `unitId` null, prompts tied to no unit): per question, and its prompts newest first. */
export interface UnitResult {
  unitId: string | null;
  name: string | null;
  /** One entry per question the unit's prompts ask, in the order of `FeedbackResults.questions`. */
  questions: UnitQuestionResult[];
  prompts: PromptResult[];
}

/** What an answer was about, per question: a strategy item, a yearly theme, or an id no longer known. */
export interface TopicResult {
  /** The stored id: an item id or `tema:<kebab-case>`. */
  topic: string;
  kind: "item" | "theme" | "other";
  /** The item's or theme's title; the id itself only for `other`. */
  title: string;
  question: QuestionId;
  result: GroupResult;
}

/** The whole organisation's answers to one question. */
export interface OrganisationQuestionResult {
  question: QuestionId;
  result: GroupResult;
}

/** The results one leader may see for one scope (a unit, or everything they lead). */
export interface FeedbackResults {
  minGroupSize: number;
  /** Both questions, in display order, each with its wording and scale. */
  questions: QuestionInfo[];
  /**
   * The whole organisation per question, and what answers were about — only for those who may see every
   * unit: a total over units a leader may not see would give those units away.
   */
  organisation?: { name: string; questions: OrganisationQuestionResult[]; topics: TopicResult[] };
  units: UnitResult[];
  /** Whether any prompt holds demonstration answers, so pages can say the figures are made up. */
  demo: boolean;
}
