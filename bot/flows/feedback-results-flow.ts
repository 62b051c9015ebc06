import { decideFromStore } from "../../core/feedback/decide-from-store.ts";
import { resultsAccess } from "../../core/feedback/leader-access.ts";
import { resultsView } from "../../core/feedback/results-view.ts";
import type { AdaptiveCard } from "../cards/adaptive-card.ts";
import { feedbackResultsCard } from "../cards/feedback-results-card.ts";
import { resultsHandOverCard } from "../cards/results-hand-over-card.ts";
import { allResultsDeepLink, resultsDeepLink } from "../cards/teams-deep-links.ts";
import type { BotContext } from "./bot-context.ts";
import type { TurnInfo } from "./turn-info.ts";

/**
 * `feedback resultater`. Once sign-in is configured, a card that opens the results in the tab: who may
 * see them is decided by app roles (`core/feedback/leader-access.ts`), which only the tab's SSO token
 * carries, never a Bot Framework activity. In a channel or chat tied to a unit the link opens that unit's
 * results in the conversation's tab; elsewhere everything the person may see, in the personal tab.
 * In local mode (no sign-in at all) the results themselves, which everyone may see there: in a unit's
 * conversation that unit's, elsewhere this conversation's own prompts; always read from the one
 * suppression decision over the whole tenant (`decideFromStore`).
 */
export async function feedbackResultsReply(bot: BotContext, turn: TurnInfo): Promise<AdaptiveCard> {
  const { strategy } = bot;
  const unitId = await bot.store.getConversationUnit(turn.conversationId);
  const scope = unitId ? strategy.unitById.get(unitId)?.name : undefined;
  const named = scope ? { scope } : {};
  if (!bot.localMode) {
    const resultsUrl = !bot.teamsAppId
      ? undefined
      : unitId
        ? resultsDeepLink(bot.teamsAppId, { unitId, conversationWithTab: turn.conversationId })
        : allResultsDeepLink(bot.teamsAppId);
    return resultsHandOverCard({ locale: turn.locale, ...named, ...(resultsUrl ? { resultsUrl } : {}) });
  }
  // The same decision, over the whole tenant, that the tab and the CSV read: no view suppresses on its own.
  const decision = await decideFromStore(bot.store, turn.tenantId, bot.feedback.minGroupSize);
  const results = resultsView(decision, {
    strategy,
    access: resultsAccess([], [], true),
    scope: unitId ?? "all",
    ...(unitId ? {} : { onlyPrompt: (prompt) => prompt.conversationId === turn.conversationId }),
  });
  return feedbackResultsCard({ results, locale: turn.locale, ...named });
}
