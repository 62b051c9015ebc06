import type { Strategy, Unit } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";
import type { FeedbackAnswer, FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { respondentKey } from "../../core/feedback/respondent-key.ts";
import { respondentNameField } from "../../core/feedback/respondent-name.ts";
import { type RatableSubject, ratableSubjects, tabFeedbackClosesAt } from "./feedback-subjects.ts";
import { unitView } from "./strategy-views.ts";
import type { MyAnswer } from "./tab-api-contract.ts";
import type { TabCaller } from "./tab-caller.ts";

/** What saving and reading tab answers needs. */
export interface TabFeedbackDeps {
  strategy: Strategy;
  store: FeedbackStore;
  /** HMAC key of respondent keys. */
  secret: string;
  now(): Date;
}

/** One rating from the tab, already validated in shape (see `feedback-routes.ts`). */
export interface TabRating {
  subject: RatableSubject;
  rating: FeedbackAnswer["rating"];
  comment?: string;
  anonymous: boolean;
}

/**
 * Saves the caller's answer to a subject of a unit's page, under the tab's standing prompt for that
 * unit and subject, with the same rules as a meeting answer: keyed by a respondent key (tenant, user,
 * prompt), so a second answer replaces the first; a name only when the author unticked "anonymous".
 */
export async function saveTabAnswer(
  deps: TabFeedbackDeps,
  caller: TabCaller,
  unit: Unit,
  rating: TabRating,
): Promise<{ replaced: boolean; answer: MyAnswer }> {
  const { subject } = rating;
  const closesAt = tabFeedbackClosesAt(deps.strategy);
  const prompt = await deps.store.tabPrompt(caller.tenantId, unit.id, subject.id, subject.title, closesAt);
  const answeredAt = deps.now();
  if (prompt.closesAt <= answeredAt) {
    throw new AppError(409, `tab: feedback on ${deps.strategy.title} has closed`);
  }
  const answer: FeedbackAnswer = {
    promptId: prompt.id,
    respondentKey: respondentKey(deps.secret, caller.tenantId, caller.objectId, prompt.id),
    rating: rating.rating,
    anonymous: rating.anonymous,
    ...(rating.comment ? { comment: rating.comment } : {}),
    ...(rating.anonymous ? {} : respondentNameField(caller.name)),
    answeredAt,
  };
  const { replaced } = await deps.store.saveAnswer(answer);
  return { replaced, answer: myAnswer(subject.id, answer) };
}

/**
 * The caller's own answers on a unit's page, in page order: found by recomputing their respondent key
 * for each of the unit's tab prompts, the only way to find a person's answer, and only for themselves.
 * Reads only; a prompt is created on the first answer, never by looking.
 */
export async function myTabAnswers(
  deps: TabFeedbackDeps,
  caller: TabCaller,
  unit: Unit,
): Promise<MyAnswer[]> {
  const subjectIds = ratableSubjects(unitView(deps.strategy, unit)).map((subject) => subject.id);
  const prompts = await deps.store.listPrompts({ tenantId: caller.tenantId, unitId: unit.id, kind: "tab" });
  const found = await Promise.all(
    prompts.map(async (prompt) => {
      const subjectId = prompt.subjectId;
      if (!subjectId || !subjectIds.includes(subjectId)) return undefined;
      const key = respondentKey(deps.secret, caller.tenantId, caller.objectId, prompt.id);
      const answer = await deps.store.getAnswer(prompt.id, key);
      return answer ? myAnswer(subjectId, answer) : undefined;
    }),
  );
  return found
    .filter((answer): answer is MyAnswer => answer !== undefined)
    .sort((a, b) => subjectIds.indexOf(a.subjectId) - subjectIds.indexOf(b.subjectId));
}

function myAnswer(subjectId: string, answer: FeedbackAnswer): MyAnswer {
  return {
    subjectId,
    rating: answer.rating,
    ...(answer.comment ? { comment: answer.comment } : {}),
    anonymous: answer.anonymous,
    answeredAt: answer.answeredAt.toISOString(),
  };
}
