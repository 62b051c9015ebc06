import type { Strategy } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";
import { decideFromStore } from "../../core/feedback/decide-from-store.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { type LeaderDirectory, maySee } from "../../core/feedback/leader-access.ts";
import type { FeedbackResults } from "../../core/feedback/results-model.ts";
import { resultsView } from "../../core/feedback/results-view.ts";
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
 * - `all`: whatever the caller leads (every unit, the organisation and its topics for a `*` leader).
 * What is shown was decided over the caller's whole tenant (`decideFromStore`), the same decision the
 * bot and the CSV read; in local mode over every tenant, as the one local user sees the bot's prompts
 * too (they carry the Emulator's tenant, not the tab's).
 */
export async function tabResults(
  deps: TabResultsDeps,
  caller: TabCaller,
  scope: UnitScope,
): Promise<FeedbackResults> {
  const access = callerAccess(deps.leaders, caller);
  const allowed = scope.kind === "unit" ? maySee(access, scope.unit.id) : access.kind !== "nothing";
  if (!allowed) throw new AppError(403, "tab: results are for the unit's leaders");
  const tenantId = caller.localMode ? undefined : caller.tenantId;
  const decision = await decideFromStore(deps.store, tenantId, deps.minGroupSize);
  return resultsView(decision, {
    strategy: deps.strategy,
    access,
    scope: scope.kind === "unit" ? scope.unit.id : "all",
  });
}
