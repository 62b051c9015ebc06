import type { AnswerForResults, FeedbackPrompt, PromptKind } from "../../core/feedback/feedback-store.ts";
import type { ResultsAccess } from "../../core/feedback/leader-access.ts";
import { decideResults, type ResultsDecisionInput } from "../../core/feedback/results-decision.ts";
import type { FeedbackResults } from "../../core/feedback/results-model.ts";
import { resultsView } from "../../core/feedback/results-view.ts";
import { fixtureStrategy } from "../cards/strategy-fixture.ts";

/** Monday 2025-03-03, 10:00 in Copenhagen: ISO week 2025-W10. */
export const monday = Date.parse("2025-03-03T09:00:00Z");
export const day = 86_400_000;

/** The fixture strategy with two yearly themes, as the real strategy has. */
export const strategy = { ...fixtureStrategy, themes: ["Det trygge kollegaskab", "Samarbejde"] };

/** A leader who may see everything (`Results.All`). */
export const everything: ResultsAccess = { kind: "everything", reason: "allUnits" };

/** A prompt created at `createdAt`, open a week; a meeting unless `kind` says otherwise. */
export function prompt(
  id: string,
  unitId?: string,
  options: { kind?: PromptKind; createdAt?: number; title?: string } = {},
): FeedbackPrompt {
  const createdAt = options.createdAt ?? monday;
  return {
    id,
    tenantId: "tenant",
    conversationId: `19:${id}`,
    kind: options.kind ?? "meeting",
    title: options.title ?? `Møde ${id}`,
    unitId,
    createdAt: new Date(createdAt),
    closesAt: new Date(createdAt + 7 * day),
  };
}

/** One answer per rating, an hour apart from `at`, anonymous unless `extra` says otherwise. */
export function answers(
  promptId: string,
  ratings: readonly number[],
  extra: Partial<AnswerForResults> = {},
  at = monday,
): AnswerForResults[] {
  return ratings.map((rating, index) => ({
    promptId,
    rating: rating as AnswerForResults["rating"],
    anonymous: true,
    answeredAt: new Date(at + index * 3_600_000),
    ...extra,
  }));
}

/** The results one leader sees for one scope, read from the one decision over all the input. */
export function resultsFor(
  input: ResultsDecisionInput,
  scope = "all",
  access: ResultsAccess = everything,
): FeedbackResults {
  return resultsView(decideResults(input), { strategy, access, scope });
}
