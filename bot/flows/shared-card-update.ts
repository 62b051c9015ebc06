import { CardFactory, type CloudAdapter, type ConversationReference } from "botbuilder";
import { feedbackClosedCard } from "../cards/feedback-closed-card.ts";
import type { BotContext } from "./bot-context.ts";
import { promptReferenceKey, sharedCard } from "./feedback-flow.ts";

/**
 * Builds the function that edits a prompt's posted card to show the current number of answers (or
 * that it has closed), proactively, through the conversation reference saved when it was posted.
 * The shared card is in Danish, the organisation's language; each person's own view follows their
 * Teams language through the card's refresh.
 */
export function sharedCardUpdater(bot: BotContext, adapter: CloudAdapter, botAppId: string) {
  return async function updateSharedCard(promptId: string): Promise<void> {
    const prompt = await bot.store.getPrompt(promptId);
    const activityId = prompt?.activityId;
    if (!prompt || !activityId) return;
    const reference = await bot.store.getConversationReference(promptReferenceKey(prompt.id));
    if (!reference) return;
    const answerCount = await bot.store.countAnswers(prompt.id);
    const locale = "da" as const;
    const card =
      prompt.closesAt <= bot.now()
        ? feedbackClosedCard({ prompt, locale, answerCount })
        : await sharedCard(bot, prompt, answerCount, { locale });
    await adapter.continueConversationAsync(
      botAppId,
      reference as Partial<ConversationReference>,
      async (context) => {
        await context.updateActivity({
          type: "message",
          id: activityId,
          attachments: [CardFactory.adaptiveCard(card)],
        });
      },
    );
  };
}
