import type { Strategy } from "../content/strategy.ts";
import type { FeedbackPrompt } from "./feedback-store.ts";
import { maySee, type ResultsAccess } from "./leader-access.ts";
import { questionOf, questionOrder, questions } from "./questions.ts";
import { groupKeys } from "./result-groups.ts";
import type { DecidedGroup, ResultsDecision } from "./results-decision.ts";
import { commentsOf } from "./results-figures.ts";
import type {
  FeedbackResults,
  GroupResult,
  PromptResult,
  QuestionId,
  TopicResult,
  UnitResult,
  WeekResult,
} from "./results-model.ts";
import { themeTopicId } from "./theme-topic-id.ts";

/**
 * One view of the results, read from the one decision (`decideResults`): the groups a leader may open
 * for a scope, with exactly the figures the decision gives them — never a new total. So a leader of some
 * units sees those units, their prompts and weeks, and no organisation figures (the organisation less
 * their units would be the units they may not see); the organisation and its topics are for those who
 * may see everything.
 */
export function resultsView(decision: ResultsDecision, request: ResultsViewRequest): FeedbackResults {
  const { strategy, access, scope } = request;
  const prompts = decision.prompts.filter(
    (asked) =>
      maySee(access, asked.unitId) &&
      (scope === "all" || asked.unitId === scope) &&
      (request.onlyPrompt?.(asked) ?? true),
  );
  const result = (key: string): GroupResult =>
    decision.groups.get(key)?.result ?? { hidden: true, reason: "tooFew" };
  const children = (parentKey: string, family: DecidedGroup["family"]) =>
    [...decision.groups.values()].filter((group) => group.parentKey === parentKey && group.family === family);
  const unitIds = [...new Set(prompts.map((asked) => asked.unitId ?? null))].sort(
    (a, b) => unitOrder(strategy, a) - unitOrder(strategy, b),
  );
  const units = unitIds.map((unitId): UnitResult => {
    const own = prompts.filter((asked) => (asked.unitId ?? null) === unitId);
    const asked = [...new Set(own.map((each) => questionOf(each.kind)))].sort(byQuestion);
    return {
      unitId,
      name: unitId === null ? null : (strategy.unitById.get(unitId)?.name ?? unitId),
      questions: asked.map((question) => {
        const unitKey = groupKeys.unit(question, unitId);
        const weeks = children(unitKey, "weeks")
          .map((group): WeekResult => ({ week: JSON.parse(group.key).at(-1), result: group.result }))
          .sort((a, b) => (a.week < b.week ? -1 : 1));
        return { question, result: result(unitKey), weeks };
      }),
      prompts: own
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .map((each) => promptResult(each, decision.groups.get(groupKeys.prompt(each.id)))),
    };
  });
  const whole = access.kind === "everything" && scope === "all" && !request.onlyPrompt;
  const present = [...new Set(decision.prompts.map((asked) => questionOf(asked.kind)))].sort(byQuestion);
  return {
    minGroupSize: decision.minGroupSize,
    questions: [...questions],
    ...(whole
      ? {
          organisation: {
            name: strategy.organisation,
            questions: present.map((question) => ({
              question,
              result: result(groupKeys.organisation(question)),
            })),
            topics: present.flatMap((question) =>
              children(groupKeys.organisation(question), "topics")
                .map((group) => topicResult(strategy, question, JSON.parse(group.key).at(-1), group.result))
                .sort((a, b) => topicOrder(strategy, a) - topicOrder(strategy, b)),
            ),
          },
        }
      : {}),
    units,
    demo: prompts.some((asked) => asked.demo === true),
  };
}

/** Which results a leader asked for, and what they may see. */
export interface ResultsViewRequest {
  strategy: Strategy;
  access: ResultsAccess;
  /** A unit id, or `all` for every unit the leader may see. */
  scope: string;
  /** Only some prompts (the bot's results of one conversation); then no organisation figures either. */
  onlyPrompt?: (prompt: FeedbackPrompt) => boolean;
}

function promptResult(prompt: FeedbackPrompt, group: DecidedGroup | undefined): PromptResult {
  const result: GroupResult = group?.result ?? { hidden: true, reason: "tooFew" };
  return {
    promptId: prompt.id,
    title: prompt.title,
    kind: prompt.kind,
    question: questionOf(prompt.kind),
    ...(prompt.subjectId ? { subjectId: prompt.subjectId } : {}),
    unitId: prompt.unitId ?? null,
    createdAt: prompt.createdAt.toISOString(),
    closesAt: prompt.closesAt.toISOString(),
    demo: prompt.demo === true,
    result,
    comments: result.hidden || !group ? [] : commentsOf(group.answers),
  };
}

/** A topic named as the meeting card offered it: an item's title, a theme's name (stored as `tema:…`). */
function topicResult(
  strategy: Strategy,
  question: QuestionId,
  topic: string,
  result: GroupResult,
): TopicResult {
  const item = strategy.itemById.get(topic);
  if (item) return { topic, kind: "item", title: item.title, question, result };
  const theme = strategy.themes.find((name) => themeTopicId(name) === topic);
  if (theme) return { topic, kind: "theme", title: theme, question, result };
  return { topic, kind: "other", title: topic, question, result };
}

/** Themes first, then items in reading order, then ids the strategy no longer has. */
function topicOrder(strategy: Strategy, topic: TopicResult): number {
  const { themes, items } = strategy;
  if (topic.kind === "theme") return themes.findIndex((name) => themeTopicId(name) === topic.topic);
  if (topic.kind === "item") return themes.length + items.findIndex((item) => item.id === topic.topic);
  return themes.length + items.length;
}

function byQuestion(a: QuestionId, b: QuestionId): number {
  return questionOrder(a) - questionOrder(b);
}

/** Units in the strategy's order, then units it no longer has, then prompts tied to no unit. */
function unitOrder(strategy: Strategy, unitId: string | null): number {
  const index = strategy.units.findIndex((unit) => unit.id === unitId);
  return index >= 0 ? index : unitId === null ? strategy.units.length + 1 : strategy.units.length;
}
