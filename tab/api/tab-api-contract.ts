/**
 * The contract between the unit tab's pages (`tab/web/`) and its JSON API (`tab/api/`), served by the
 * same restify server under `/api/tab/…`. Both sides import these types, so a change breaks the build
 * on both ends rather than at run time.
 *
 * Every route needs `Authorization: Bearer <Teams SSO token>` once SSO is configured (else 401); in
 * local mode (no SSO configured) the API acts as one local user and says so in `GET /api/tab/me`.
 * Errors are `{ error: string }` with the status: 400 bad input, 401 no/invalid token, 403 not allowed
 * (results for a non-leader), 404 unknown unit/item, 409 feedback closed (a prompt stored with a
 * closing date that has passed), 413 body over 16 KB, 503 database (or Entra's signing keys) down.
 *
 * Routes:
 * - `GET  /api/tab/me`                      → `MeResponse`
 * - `GET  /api/tab/units`                   → `UnitSummary[]`
 * - `GET  /api/tab/view?unit=<id>|all`      → `UnitView` (a unit) or `WholeStrategyView` (`all`)
 * - `GET  /api/tab/item-place?id=<item id>` → `ItemPlace` (which page shows a section, for deep links)
 * - `GET  /api/tab/search?q=<question>`     → `SearchResponse` (the bot's search; `q` ≤ 500 characters)
 * - `GET  /api/tab/feedback?unit=<id>|all`  → `MyFeedbackResponse` (the caller's own answers only; none for `all`)
 * - `PUT  /api/tab/feedback`                → body `FeedbackRequest` → `FeedbackSavedResponse`
 * - `GET  /api/tab/results?unit=<id>|all`   → `FeedbackResults` (leaders only; see below)
 * - `GET  /api/tab/results.csv?unit=…&lang=da|en` → `text/csv` of the same aggregates (leaders only)
 * - `PUT  /api/tab/channel-unit`            → body `ChannelUnitRequest` → 204 (ties a channel/chat to a unit)
 */
import type { ItemKind, PejlemaerkeId } from "../../core/content/content-schema.ts";

/**
 * Leaders' results (`GET /api/tab/results`), defined in `core/feedback/results-model.ts` because the bot
 * and the CSV read them too. In short: answers to the two questions (`meetingUsefulness`, 1 *Slet ikke
 * nyttigt* – 5 *Meget nyttigt*; `initiativeQuality`, 1 *Meget dårligt* – 5 *Meget godt*) are never
 * merged, and each comes with its own wording and scale labels in `questions`; every group's `result` is
 * `{ hidden: false, count, mean, distribution }` or `{ hidden: true, reason: "tooFew" | "complementary" }`
 * with no numbers; `organisation` (with its topics) only for those who may see every unit; `demo` (and
 * each prompt's `demo`) when the figures include made-up answers from `npm run demo-data`, which the
 * page should say. Weeks are ISO weeks (`2025-W49`), for the page to show as _uge 49_ / _week 49_.
 */
export type {
  CommentResult,
  Distribution,
  FeedbackResults,
  GroupResult,
  HiddenGroup,
  HiddenReason,
  OrganisationQuestionResult,
  PromptResult,
  QuestionId,
  QuestionInfo,
  ScaleLabels,
  ShownGroup,
  TopicResult,
  UnitQuestionResult,
  UnitResult,
  WeekResult,
} from "../../core/feedback/results-model.ts";

/** Who is signed in, and what they may do. */
export interface MeResponse {
  /** No SSO configured: everyone is the same local user and sees results; the pages must say so. */
  localMode: boolean;
  displayName?: string;
  /** Units whose results the user may see; `"all"` for every unit. Empty: not a leader. */
  resultsFor: string[] | "all";
}

/** A unit in pickers. */
export interface UnitSummary {
  id: string;
  name: string;
}

/** A section of the strategy as the tab shows it: always quoted verbatim. */
export interface ItemView {
  id: string;
  title: string;
  kind: ItemKind;
  breadcrumb: string[];
  slogan?: string;
  signature?: string;
  paragraphs: { text: string; bullet?: boolean }[];
}

/** A pejlemærke with its intro and its focus areas. */
export interface PejlemaerkeView {
  id: PejlemaerkeId;
  title: string;
  intro: ItemView;
  indsatsomraader: ItemView[];
}

/** What the strategy asks of one unit, and what concerns every unit. */
export interface UnitView {
  kind: "unit";
  strategyTitle: string;
  unit: UnitSummary;
  ansvar: ItemView;
  /** The unit's local initiatives, one per pejlemærke, in the strategy's order. */
  initiatives: { pejlemaerke: { id: PejlemaerkeId; title: string }; item: ItemView }[];
  /** Digitalisering and the tværgående initiativer (with their "Indsats" parts). */
  crossCutting: ItemView[];
  pejlemaerker: PejlemaerkeView[];
  forord: ItemView;
}

/** "Hele Københavns Politi": the whole strategy, every unit briefly. */
export interface WholeStrategyView {
  kind: "all";
  strategyTitle: string;
  forord: ItemView;
  introduction: ItemView[];
  pejlemaerker: PejlemaerkeView[];
  crossCutting: ItemView[];
  /** Each unit with the first paragraph of its ansvar. */
  units: { unit: UnitSummary; summary: string }[];
}

/**
 * Which page shows a section: its unit's (`unit`), only the whole strategy (`all`, the introduction), or
 * every page (`any`: forord, pejlemærker, digitalisation, the cross-cutting initiatives).
 */
export type ItemPlace = { page: "unit"; unitId: string } | { page: "all" } | { page: "any" };

/** The bot's search, for the tab's search box. */
export type SearchResponse =
  | {
      kind: "answer";
      item: ItemView;
      paragraphIndexes: number[];
      related: { id: string; title: string; breadcrumb: string[] }[];
    }
  | { kind: "not-found"; suggestions: { id: string; title: string; breadcrumb: string[] }[] }
  | { kind: "unit-overview"; unit: UnitSummary };

/**
 * What can be rated on the tab: an item of the strategy shown on the unit's page (its ansvar, its
 * initiatives, a cross-cutting initiative) or `"unit"`, the unit's page as a whole.
 */
export type FeedbackSubject = string;

/** The caller's own answer to one subject, so the page can show "received" and let them change it. */
export interface MyAnswer {
  subjectId: FeedbackSubject;
  rating: 1 | 2 | 3 | 4 | 5;
  comment?: string;
  anonymous: boolean;
  answeredAt: string;
}

export interface MyFeedbackResponse {
  unitId: string;
  answers: MyAnswer[];
}

/** One rating on the tab: one answer per person per unit and subject; a new one replaces the old. */
export interface FeedbackRequest {
  unitId: string;
  subjectId: FeedbackSubject;
  rating: 1 | 2 | 3 | 4 | 5;
  /** At most 1000 characters. */
  comment?: string;
  /** Default true. */
  anonymous?: boolean;
}

export interface FeedbackSavedResponse {
  saved: true;
  replaced: boolean;
  answer: MyAnswer;
}

/** Sent by the configuration page when a channel's tab is saved, so the bot knows the channel's unit. */
export interface ChannelUnitRequest {
  /** The Teams channel id (`19:…@thread.tacv2`) or chat id, from the tab's context. */
  conversationId: string;
  unitId: string;
}
