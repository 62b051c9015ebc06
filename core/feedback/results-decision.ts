import type { AnswerForResults, FeedbackPrompt } from "./feedback-store.ts";
import { hideDerivable } from "./linear-audit.ts";
import { type ResultGroup, resultGroups } from "./result-groups.ts";
import { groupResult } from "./results-figures.ts";
import type { GroupResult, HiddenReason } from "./results-model.ts";
import { clampMinGroupSize, suppress } from "./suppression.ts";

/**
 * Which groups of feedback may be shown, decided once over everything a tenant has answered: every
 * prompt of every unit, meetings and tab alike. Every view — a unit's results, the organisation's, the
 * bot's `feedback resultater`, the CSV, the weekly series — shows a subset of these groups with exactly
 * these figures (`results-view.ts`), so no two views can be set against each other to reveal a hidden
 * group: were each view to suppress on its own, a unit view of 8 and an organisation view of 7 would give
 * away the one answer between them.
 *
 * Two passes: `suppress` applies the minimum group size and hides the smallest sibling wherever a parent
 * and its children would leave one unknown; `hideDerivable` then hides more until no hidden group is a
 * sum or difference of shown ones across splits.
 */
export function decideResults(input: ResultsDecisionInput): ResultsDecision {
  const minGroupSize = clampMinGroupSize(input.minGroupSize);
  const groups = resultGroups(input.prompts, input.answers);
  const visibility = suppress(
    [...groups.values()].map((group) => ({
      id: group.key,
      ...(group.parentKey ? { parentId: group.parentKey, family: group.family } : {}),
      count: group.answers.length,
    })),
    { minGroupSize },
  );
  const hidden = new Map<string, HiddenReason>();
  for (const [key, shown] of visibility) if (!shown.visible) hidden.set(key, shown.reason);
  const answerIds = new Map(input.answers.map((answer, index) => [answer, index]));
  hideDerivable(
    [...groups.values()].map((group) => ({
      key: group.key,
      answerIds: group.answers.map((answer) => answerIds.get(answer) ?? -1),
    })),
    hidden,
  );
  const decided = new Map<string, DecidedGroup>();
  for (const group of groups.values()) {
    decided.set(group.key, { ...group, result: groupResult(group.answers, hidden.get(group.key)) });
  }
  return { minGroupSize, prompts: input.prompts, groups: decided };
}

/** What `decideResults` works from: all of a tenant's prompts and their answers (without respondent keys). */
export interface ResultsDecisionInput {
  prompts: readonly FeedbackPrompt[];
  answers: readonly AnswerForResults[];
  /** Groups with fewer answers are hidden; default 5, never below 3 (see `clampMinGroupSize`). */
  minGroupSize?: number;
}

/** A group with what may be shown of it. */
export type DecidedGroup = ResultGroup & { result: GroupResult };

/** The one decision every view reads: each group by key (`groupKeys`), shown or hidden. */
export interface ResultsDecision {
  minGroupSize: number;
  prompts: readonly FeedbackPrompt[];
  groups: ReadonlyMap<string, DecidedGroup>;
}
