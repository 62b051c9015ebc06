import type { Strategy } from "../content/strategy.ts";
import type { AnswerForResults, FeedbackPrompt, PromptKind } from "./feedback-store.ts";
import { clampMinGroupSize, suppress, type Visibility } from "./suppression.ts";

/**
 * What leaders see of the feedback: per unit and its prompts, per topic and per ISO week, with every
 * group passed through `suppress` (organisation → unit → prompt, organisation → topic, unit → week).
 * Pure, and plain data (dates as ISO strings) so it can go straight to JSON or `resultsToCsv`.
 *
 * A hidden group shows nothing derived from its answers: no mean, no distribution, no comments. For "too
 * few answers" it shows `countBelow` (the threshold: "under 5"), which is true and says no more than
 * the reason does. A "derivable" group shows no count at all: "under N" would be false, as its count
 * is N or more, and the exact count is what must not be shown.
 *
 * Comments appear once, under their prompt, newest first, dated to the day (an exact time could point
 * to the person); topics and weeks show numbers only, so a comment of a hidden prompt never surfaces
 * through a visible topic. A name appears only on an answer whose author unticked "anonymous".
 * Listed groups: every prompt (leaders know what was asked) and its unit, and the topics and weeks that
 * have answers. A listed group with no answers is one more hidden group, and would force a visible
 * sibling to be hidden too; an unlisted week says nobody answered then, which exposes no one.
 */
export function feedbackResults(input: FeedbackResultsInput): FeedbackResults {
  const minGroupSize = clampMinGroupSize(input.minGroupSize);
  const { strategy } = input;
  const themes = input.themes ?? strategy.themes;
  const buckets = new Map<string, Bucket>();
  const bucket = (key: (string | null)[], parent?: Bucket, family?: string): Bucket => {
    const id = JSON.stringify(key);
    const found = buckets.get(id) ?? {
      id,
      name: key.at(-1) ?? null,
      parentId: parent?.id,
      family,
      answers: [],
    };
    buckets.set(id, found);
    return found;
  };
  const org = bucket(["org"]);
  const unit = (unitId: string | null) => bucket(["unit", unitId], org, "units");
  const prompt = (asked: FeedbackPrompt) =>
    bucket(["prompt", asked.id], unit(asked.unitId ?? null), "prompts");
  const week = (unitId: string | null, day: number) =>
    bucket(["week", unitId, isoWeek(day)], unit(unitId), "weeks");
  const topic = (name: string) => bucket(["topic", name], org, "topics");
  const children = (parent: Bucket, family: string) =>
    [...buckets.values()].filter((group) => group.parentId === parent.id && group.family === family);

  const promptById = new Map(input.prompts.map((asked) => [asked.id, asked]));
  for (const asked of input.prompts) prompt(asked);
  for (const answer of input.answers) {
    const asked = promptById.get(answer.promptId);
    if (!asked) continue;
    const [unitId, day] = [asked.unitId ?? null, copenhagenDay(answer.answeredAt)];
    const groups = [org, unit(unitId), prompt(asked), week(unitId, day)];
    if (answer.topic) groups.push(topic(answer.topic));
    for (const group of groups) group.answers.push(answer);
  }

  const counts = [...buckets.values()].map((group) => ({ ...group, count: group.answers.length }));
  const visibility = suppress(counts, { minGroupSize });
  const shown = (group: Bucket): Shown =>
    figures(group.answers, visibility.get(group.id) ?? tooFew, minGroupSize);
  const units = children(org, "units")
    .sort((a, b) => unitOrder(strategy, a.name) - unitOrder(strategy, b.name))
    .map((group) => ({
      unitId: group.name,
      name: group.name === null ? null : (strategy.unitById.get(group.name)?.name ?? group.name),
      ...shown(group),
      prompts: input.prompts
        .filter((asked) => (asked.unitId ?? null) === group.name)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .map((asked) => promptResult(asked, prompt(asked).answers, shown(prompt(asked)))),
      weeks: children(group, "weeks")
        .map((each) => ({ week: each.name ?? "", ...shown(each) }))
        .sort((a, b) => (a.week < b.week ? -1 : 1)),
    }));
  const topics = children(org, "topics")
    .map((group) => topicResult(group.name ?? "", strategy, themes, shown(group)))
    .sort((a, b) => topicOrder(strategy, themes, a) - topicOrder(strategy, themes, b));
  return { minGroupSize, organisation: { name: strategy.organisation, ...shown(org) }, units, topics };
}

/** What `feedbackResults` works from: the prompts, their answers (without respondent keys), the strategy. */
export interface FeedbackResultsInput {
  prompts: readonly FeedbackPrompt[];
  answers: readonly AnswerForResults[];
  strategy: Strategy;
  /** Groups with fewer answers are hidden; default 5, never below 3 (see `clampMinGroupSize`). */
  minGroupSize?: number;
  /** The yearly themes answers may be about; default the strategy's own. */
  themes?: readonly string[];
}

/** The results for leaders: no group exposes a person. */
export interface FeedbackResults {
  minGroupSize: number;
  organisation: { name: string } & Shown;
  units: UnitResult[];
  topics: TopicResult[];
}

/** Count of answers rating 1, 2, 3, 4 and 5, in that order. */
export type Distribution = [number, number, number, number, number];

/** The numbers of a visible group; `mean` is rounded to one decimal. */
export interface Figures {
  visible: true;
  count: number;
  mean: number;
  distribution: Distribution;
}

/** A hidden group: why, and for "too few answers" the threshold it is under. No other numbers. */
export type Hidden =
  | { visible: false; reason: "tooFew"; countBelow: number }
  | { visible: false; reason: "derivable" };

/** A group's numbers, or why they are hidden. */
export type Shown = Figures | Hidden;

/** A free-text comment; `name` only when its author chose not to be anonymous. */
export interface CommentResult {
  text: string;
  /** The day it was given, in Copenhagen time (YYYY-MM-DD). */
  on: string;
  name?: string;
}

/** One prompt; comments only while it is visible. */
export type PromptResult = {
  promptId: string;
  title: string;
  kind: PromptKind;
  unitId: string | null;
  createdAt: string;
  closesAt: string;
} & ((Figures & { comments: CommentResult[] }) | Hidden);

/** One unit (or, with `unitId` null, prompts tied to no unit), its prompts newest first and its weeks. */
export type UnitResult = {
  unitId: string | null;
  name: string | null;
  prompts: PromptResult[];
  weeks: WeekResult[];
} & Shown;

/** One ISO week of a unit (`2025-W07`, in Copenhagen time). */
export type WeekResult = { week: string } & Shown;

/** One topic: a strategy item, a yearly theme, or (`other`) an id the strategy no longer has. */
export type TopicResult = { topic: string; kind: "item" | "theme" | "other"; title: string } & Shown;

interface Bucket {
  id: string;
  /** The group's own name: unit id (null for no unit), prompt id, week or topic. */
  name: string | null;
  parentId?: string;
  family?: string;
  answers: AnswerForResults[];
}

const dayMs = 86_400_000;
/** Only reached if `suppress` left a group out; hiding it is the safe answer. */
const tooFew: Visibility = { visible: false, reason: "tooFew" };

function figures(answers: AnswerForResults[], visibility: Visibility, min: number): Shown {
  if (!visibility.visible) {
    const { reason } = visibility;
    return reason === "tooFew" ? { visible: false, reason, countBelow: min } : { visible: false, reason };
  }
  const distribution: Distribution = [0, 0, 0, 0, 0];
  for (const answer of answers) distribution[answer.rating - 1]++;
  const sum = answers.reduce((total, answer) => total + answer.rating, 0);
  const mean = Math.round((sum / answers.length) * 10) / 10;
  return { visible: true, count: answers.length, mean, distribution };
}

function promptResult(prompt: FeedbackPrompt, answers: AnswerForResults[], shown: Shown): PromptResult {
  const about = {
    promptId: prompt.id,
    title: prompt.title,
    kind: prompt.kind,
    unitId: prompt.unitId ?? null,
    createdAt: prompt.createdAt.toISOString(),
    closesAt: prompt.closesAt.toISOString(),
  };
  if (!shown.visible) return { ...about, ...shown };
  const comments = [...answers]
    .filter((answer) => answer.comment?.trim())
    .sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime())
    .map((answer): CommentResult => {
      const comment = { text: answer.comment?.trim() ?? "", on: copenhagenDate.format(answer.answeredAt) };
      const name = answer.anonymous ? undefined : answer.respondentName?.trim();
      return name ? { ...comment, name } : comment;
    });
  return { ...about, ...shown, comments };
}

function topicResult(
  topic: string,
  strategy: Strategy,
  themes: readonly string[],
  shown: Shown,
): TopicResult {
  const item = strategy.itemById.get(topic);
  if (item) return { topic, kind: "item", title: item.title, ...shown };
  return { topic, kind: themes.includes(topic) ? "theme" : "other", title: topic, ...shown };
}

function topicOrder(strategy: Strategy, themes: readonly string[], topic: TopicResult): number {
  if (topic.kind === "theme") return themes.indexOf(topic.topic);
  if (topic.kind === "item")
    return themes.length + strategy.items.findIndex((item) => item.id === topic.topic);
  return themes.length + strategy.items.length;
}

function unitOrder(strategy: Strategy, unitId: string | null): number {
  const index = strategy.units.findIndex((unit) => unit.id === unitId);
  return index >= 0 ? index : unitId === null ? strategy.units.length + 1 : strategy.units.length;
}

/** The calendar day an instant falls on in Copenhagen, where the app's users are, as UTC midnight. */
function copenhagenDay(instant: Date): number {
  return Date.parse(copenhagenDate.format(instant));
}

/** Formats an instant as its day in Copenhagen, `2025-03-04` (Swedish dates are ISO 8601). */
const copenhagenDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

/** ISO 8601 week (`2025-W07`): weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(day: number): string {
  const thursday = new Date(day + (3 - ((new Date(day).getUTCDay() + 6) % 7)) * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
