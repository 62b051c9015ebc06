import type { FeedbackPrompt, PromptKind } from "../../core/feedback/feedback-store.ts";
import { respondentKey } from "../../core/feedback/respondent-key.ts";
import { respondentNameField } from "../../core/feedback/respondent-name.ts";
import type { AdaptiveCard } from "../cards/adaptive-card.ts";
import { feedbackClosedCard } from "../cards/feedback-closed-card.ts";
import { feedbackPromptCard } from "../cards/feedback-prompt-card.ts";
import { feedbackInvalidCard, feedbackRetryCard } from "../cards/feedback-retry-card.ts";
import { feedbackThanksCard } from "../cards/feedback-thanks-card.ts";
import { feedbackTopics } from "../cards/feedback-topics.ts";
import type { BotContext } from "./bot-context.ts";
import { parseFeedbackInput } from "./feedback-input.ts";
import { resultsLink } from "./results-link.ts";
import type { TurnInfo } from "./turn-info.ts";

const day = 24 * 60 * 60 * 1000;

/**
 * Where the conversation reference of a prompt's card is kept: per prompt, since in a channel each
 * thread is its own conversation for the Bot Connector while the prompt belongs to the channel.
 */
export function promptReferenceKey(promptId: string): string {
  return `prompt:${promptId}`;
}

/**
 * Opens a feedback prompt in the current conversation and posts its card: after a meeting ends, or
 * on `feedback <titel>`. The prompt is tied to the conversation's unit when the channel's tab is set
 * up for one; otherwise the card lets people choose. `reference` (botbuilder's, of the thread the card
 * goes into) is kept so the card's tally can be edited later; `post` sends the card and returns its id.
 */
export async function openFeedbackPrompt(
  bot: BotContext,
  turn: TurnInfo,
  request: {
    kind: PromptKind;
    title: string;
    reference: unknown;
    post: (card: AdaptiveCard) => Promise<string | undefined>;
  },
): Promise<void> {
  const unitId = await bot.store.getConversationUnit(turn.conversationId);
  const createdAt = bot.now();
  const prompt = await bot.store.createPrompt({
    tenantId: turn.tenantId,
    conversationId: turn.conversationId,
    kind: request.kind,
    title: request.title,
    ...(unitId ? { unitId } : {}),
    createdAt,
    closesAt: new Date(createdAt.getTime() + bot.feedback.daysOpen * day),
  });
  await bot.store.saveConversationReference(promptReferenceKey(prompt.id), request.reference);
  const activityId = await request.post(await sharedCard(bot, prompt, 0, turn));
  if (activityId) await bot.store.setPromptActivity(prompt.id, activityId);
}

/** The card everyone sees in the chat: the form and how many have answered. */
export async function sharedCard(
  bot: BotContext,
  prompt: FeedbackPrompt,
  answerCount: number,
  turn: Pick<TurnInfo, "locale">,
): Promise<AdaptiveCard> {
  const { strategy } = bot;
  const units = prompt.unitId ? {} : { units: strategy.units };
  const links = await resultsLink(bot, prompt);
  return feedbackPromptCard({ strategy, prompt, locale: turn.locale, answerCount, ...units, ...links });
}

/**
 * The three feedback verbs. Each finds the prompt (only in the conversation it belongs to), answers a
 * closed prompt politely, and turns a storage failure into a "try again" card: nothing half-written,
 * since each answer is one atomic upsert.
 */
export const feedbackActions = {
  submit: (bot: BotContext, promptId: string, data: Record<string, unknown>, turn: TurnInfo) =>
    withPrompt(bot, promptId, turn, async (prompt) => {
      const { strategy } = bot;
      const topicIds = new Set(feedbackTopics(strategy).map((topic) => topic.id));
      const parsed = parseFeedbackInput(data, { topicIds, unitIds: new Set(strategy.unitById.keys()) });
      if ("problem" in parsed) return feedbackInvalidCard({ locale: turn.locale, problem: parsed.problem });
      const { input } = parsed;
      const answer = {
        promptId: prompt.id,
        respondentKey: keyOf(bot, prompt, turn),
        rating: input.rating,
        anonymous: input.anonymous,
        ...(input.topic ? { topic: input.topic } : {}),
        ...(input.comment ? { comment: input.comment } : {}),
        ...(input.anonymous ? {} : respondentNameField(turn.userName)),
        answeredAt: bot.now(),
      };
      const { replaced } = await bot.store.saveAnswer(answer);
      if (input.unitId && !prompt.unitId) await bot.store.setPromptUnit(prompt.id, input.unitId);
      if (!replaced) bot.tallyChanged(prompt.id);
      const answerCount = await bot.store.countAnswers(prompt.id);
      const links = await resultsLink(bot, prompt);
      return feedbackThanksCard({ strategy, prompt, locale: turn.locale, answer, answerCount, ...links });
    }),

  refresh: (bot: BotContext, promptId: string, turn: TurnInfo) =>
    withPrompt(bot, promptId, turn, async (prompt) => {
      const { answer, answerCount } = await ownView(bot, prompt, turn);
      if (!answer) return sharedCard(bot, prompt, answerCount, turn);
      const links = await resultsLink(bot, prompt);
      const { strategy } = bot;
      return feedbackThanksCard({ strategy, prompt, locale: turn.locale, answer, answerCount, ...links });
    }),

  edit: (bot: BotContext, promptId: string, turn: TurnInfo) =>
    withPrompt(bot, promptId, turn, async (prompt) => {
      const { answer: previous, answerCount } = await ownView(bot, prompt, turn);
      const { strategy } = bot;
      const units = prompt.unitId ? {} : { units: strategy.units };
      const withPrevious = previous ? { previous } : {};
      return feedbackPromptCard({
        strategy,
        prompt,
        locale: turn.locale,
        answerCount,
        ...units,
        ...withPrevious,
      });
    }),
};

/** The person's own answer to a prompt, if any, and how many have answered. */
async function ownView(bot: BotContext, prompt: FeedbackPrompt, turn: TurnInfo) {
  const [answer, answerCount] = await Promise.all([
    bot.store.getAnswer(prompt.id, keyOf(bot, prompt, turn)),
    bot.store.countAnswers(prompt.id),
  ]);
  return { answer, answerCount };
}

/** The person's respondent key for a prompt: who they are, without storing who they are. */
function keyOf(bot: BotContext, prompt: FeedbackPrompt, turn: TurnInfo): string {
  return respondentKey(bot.feedback.secret, turn.tenantId, turn.userId, prompt.id);
}

async function withPrompt(
  bot: BotContext,
  promptId: string,
  turn: TurnInfo,
  use: (prompt: FeedbackPrompt) => Promise<AdaptiveCard>,
): Promise<AdaptiveCard> {
  let prompt: FeedbackPrompt | undefined;
  try {
    prompt = await bot.store.getPrompt(promptId);
    const belongsHere =
      prompt && prompt.conversationId === turn.conversationId && prompt.tenantId === turn.tenantId;
    if (!prompt || !belongsHere)
      return feedbackInvalidCard({ locale: turn.locale, problem: "unknownPrompt" });
    if (prompt.closesAt <= bot.now()) {
      const answerCount = await bot.store.countAnswers(prompt.id);
      return feedbackClosedCard({ prompt, locale: turn.locale, answerCount });
    }
    return await use(prompt);
  } catch (error) {
    bot.logger.error(
      { err: { name: (error as Error).name, message: (error as Error).message } },
      "feedback: storage failed",
    );
    return feedbackRetryCard({ locale: turn.locale, ...(prompt ? { prompt } : {}) });
  }
}
