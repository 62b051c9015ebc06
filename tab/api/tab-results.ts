import type { Strategy } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";
import { decideFromStore } from "../../core/feedback/decide-from-store.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { maySee } from "../../core/feedback/leader-access.ts";
import type { FeedbackResults } from "../../core/feedback/results-model.ts";
import { resultsView } from "../../core/feedback/results-view.ts";
import type { UnitScope } from "./request-input.ts";
import { callerAccess, type TabCaller } from "./tab-caller.ts";

/** The 403's message: the page shows its own text for it; this one tells an administrator what is missing. */
export const resultsRefused =
  "tab: results need the app role Results.<unit id> or Results.All (assigned in Entra ID)";

/** What the tab's results need. */
export interface TabResultsDeps {
  strategy: Strategy;
  store: FeedbackStore;
  minGroupSize: number;
}

/**
 * The results a caller asked for, if they may see them (403 before the database is touched otherwise):
 * - a unit: only with its role (`Results.<unit id>`) or `Results.All`; every prompt tied to the unit — the
 *   tab's standing prompts and the meeting and chat prompts of channels set up for it;
 * - `all`: whatever the caller's roles cover (every unit, the organisation and its topics with `Results.All`).
 * What is shown was decided over the caller's whole tenant (`decideFromStore`), the same decision the
 * bot and the CSV read; in local mode over every tenant, as the one local user sees the bot's prompts
 * too (they carry the Emulator's tenant, not the tab's).
 */
export async function tabResults(
  deps: TabResultsDeps,
  caller: TabCaller,
  scope: UnitScope,
): Promise<FeedbackResults> {
  const access = callerAccess(caller, deps.strategy);
  const allowed = scope.kind === "unit" ? maySee(access, scope.unit.id) : access.kind !== "nothing";
  if (!allowed) throw new AppError(403, resultsRefused);
  const tenantId = caller.localMode ? undefined : caller.tenantId;
  const decision = await decideFromStore(deps.store, tenantId, deps.minGroupSize);
  return resultsView(decision, {
    strategy: deps.strategy,
    access,
    scope: scope.kind === "unit" ? scope.unit.id : "all",
  });
}
