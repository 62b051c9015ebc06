import type { Strategy } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { type LeaderDirectory, maySee } from "../../core/feedback/leader-access.ts";
import { type FeedbackResults, feedbackResults } from "../../core/feedback/results.ts";
import type { UnitScope } from "./request-input.ts";
import { callerAccess, type TabCaller } from "./tab-caller.ts";

/** What the tab's results need. */
export interface TabResultsDeps {
  strategy: Strategy;
  store: FeedbackStore;
  leaders: LeaderDirectory;
  minGroupSize: number;
}

/**
 * The results a caller asked for, if they may see them (403 before the database is touched otherwise):
 * - a unit: its leaders (and `*` leaders) only; every prompt tied to the unit — the tab's standing
 *   prompts and the meeting and chat prompts of channels set up for it;
 * - `all`: whatever the caller leads (every unit for a `*` leader), so a leader of two units sees both,
 *   and prompts tied to no unit only with access to everything.
 * Only the caller's tenant, except in local mode, where the one local user sees the bot's prompts too
 * (they carry the Emulator's tenant, not the tab's). Aggregated with the store's suppression rules.
 */
export async function tabResults(
  deps: TabResultsDeps,
  caller: TabCaller,
  scope: UnitScope,
): Promise<FeedbackResults> {
  const access = callerAccess(deps.leaders, caller);
  const allowed = scope.kind === "unit" ? maySee(access, scope.unit.id) : access.kind !== "nothing";
  if (!allowed) throw new AppError(403, "tab: results are for the unit's leaders");
  const tenant = caller.localMode ? {} : { tenantId: caller.tenantId };
  const listed = await deps.store.listPrompts(
    scope.kind === "unit" ? { ...tenant, unitId: scope.unit.id } : tenant,
  );
  const prompts = listed.filter((prompt) => maySee(access, prompt.unitId));
  const answers =
    prompts.length > 0 ? await deps.store.answersFor({ promptIds: prompts.map((prompt) => prompt.id) }) : [];
  return feedbackResults({ prompts, answers, strategy: deps.strategy, minGroupSize: deps.minGroupSize });
}
