import type { FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import { resultsDeepLink } from "../cards/teams-deep-links.ts";
import type { BotContext } from "./bot-context.ts";

/**
 * The deep link to a prompt's results, as a card input: into the unit tab of the prompt's channel or
 * chat when that tab is set to the prompt's unit, else into the personal tab at the unit. None when
 * the prompt has no unit yet or no Teams app id is configured (local mode).
 */
export async function resultsLink(bot: BotContext, prompt: FeedbackPrompt): Promise<{ resultsUrl?: string }> {
  if (!bot.teamsAppId || !prompt.unitId) return {};
  const tabUnit = await bot.store.getConversationUnit(prompt.conversationId);
  const withTab = tabUnit === prompt.unitId ? { conversationWithTab: prompt.conversationId } : {};
  return { resultsUrl: resultsDeepLink(bot.teamsAppId, { unitId: prompt.unitId, ...withTab }) };
}
