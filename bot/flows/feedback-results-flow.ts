import { maySee, resultsAccess } from "../../core/feedback/leader-access.ts";
import { feedbackResults } from "../../core/feedback/results.ts";
import type { AdaptiveCard } from "../cards/adaptive-card.ts";
import { feedbackResultsCard } from "../cards/feedback-results-card.ts";
import { noticeCard } from "../cards/notice-card.ts";
import type { BotContext } from "./bot-context.ts";
import type { TurnInfo } from "./turn-info.ts";

/**
 * `feedback resultater`: in a channel or chat tied to a unit, that unit's results; elsewhere the results
 * of this conversation's own prompts. Only for the unit's configured leaders (everyone in local mode),
 * always aggregated with the store's suppression rules.
 */
export async function feedbackResultsReply(bot: BotContext, turn: TurnInfo): Promise<AdaptiveCard> {
  const access = resultsAccess(bot.feedback.leaders, [turn.userId], bot.localMode);
  const unitId = await bot.store.getConversationUnit(turn.conversationId);
  if (access.kind === "nothing" || (unitId && !maySee(access, unitId))) {
    return noticeCard({ locale: turn.locale, kind: "notLeader" });
  }
  const candidates = await bot.store.listPrompts(
    unitId ? { tenantId: turn.tenantId, unitId } : { tenantId: turn.tenantId },
  );
  const prompts = candidates.filter(
    (prompt) => (unitId || prompt.conversationId === turn.conversationId) && maySee(access, prompt.unitId),
  );
  const answers =
    prompts.length > 0 ? await bot.store.answersFor({ promptIds: prompts.map((prompt) => prompt.id) }) : [];
  const { strategy } = bot;
  const results = feedbackResults({ prompts, answers, strategy, minGroupSize: bot.feedback.minGroupSize });
  const scope = unitId ? strategy.unitById.get(unitId)?.name : undefined;
  return feedbackResultsCard({
    results,
    locale: turn.locale,
    localMode: bot.localMode,
    ...(scope ? { scope } : {}),
  });
}
