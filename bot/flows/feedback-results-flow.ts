import { decideFromStore } from "../../core/feedback/decide-from-store.ts";
import { maySee, resultsAccess } from "../../core/feedback/leader-access.ts";
import { resultsView } from "../../core/feedback/results-view.ts";
import type { AdaptiveCard } from "../cards/adaptive-card.ts";
import { feedbackResultsCard } from "../cards/feedback-results-card.ts";
import { noticeCard } from "../cards/notice-card.ts";
import type { BotContext } from "./bot-context.ts";
import type { TurnInfo } from "./turn-info.ts";

/**
 * `feedback resultater`: in a channel or chat tied to a unit, that unit's results; elsewhere the results
 * of this conversation's own prompts. Only for the unit's configured leaders (everyone in local mode),
 * always read from the one suppression decision over the whole tenant (`decideFromStore`).
 */
export async function feedbackResultsReply(bot: BotContext, turn: TurnInfo): Promise<AdaptiveCard> {
  const access = resultsAccess(bot.feedback.leaders, [turn.userId], bot.localMode);
  const unitId = await bot.store.getConversationUnit(turn.conversationId);
  if (access.kind === "nothing" || (unitId && !maySee(access, unitId))) {
    return noticeCard({ locale: turn.locale, kind: "notLeader" });
  }
  const { strategy } = bot;
  // The same decision, over the whole tenant, that the tab and the CSV read: no view suppresses on its own.
  const decision = await decideFromStore(bot.store, turn.tenantId, bot.feedback.minGroupSize);
  const results = resultsView(decision, {
    strategy,
    access,
    scope: unitId ?? "all",
    ...(unitId ? {} : { onlyPrompt: (prompt) => prompt.conversationId === turn.conversationId }),
  });
  const scope = unitId ? strategy.unitById.get(unitId)?.name : undefined;
  return feedbackResultsCard({
    results,
    locale: turn.locale,
    localMode: bot.localMode,
    ...(scope ? { scope } : {}),
  });
}
