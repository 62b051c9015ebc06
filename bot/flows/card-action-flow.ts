import { respondentKey } from "../../core/feedback/respondent-key.ts";
import type { AdaptiveCard } from "../cards/adaptive-card.ts";
import { answerCard } from "../cards/answer-card.ts";
import { type CardAction, type CardVerb, parseCardAction } from "../cards/card-actions.ts";
import { helpCard } from "../cards/help-card.ts";
import { noticeCard } from "../cards/notice-card.ts";
import { pejlemaerkerCard } from "../cards/pejlemaerker-card.ts";
import { sectionCard } from "../cards/section-card.ts";
import { unitOverviewCard } from "../cards/unit-overview-card.ts";
import { unitsCard } from "../cards/units-card.ts";
import { appId, type BotContext } from "./bot-context.ts";
import { feedbackActions } from "./feedback-flow.ts";
import type { TurnInfo } from "./turn-info.ts";

type Handlers = {
  [Verb in CardVerb]: (
    bot: BotContext,
    action: Extract<CardAction, { verb: Verb }>,
    turn: TurnInfo,
    data: Record<string, unknown>,
  ) => Promise<AdaptiveCard>;
};

/** One handler per verb; the type makes a verb without a handler a compile error. */
const handlers: Handlers = {
  showItem: async ({ strategy }, { itemId }, { locale }) => {
    const item = strategy.itemById.get(itemId);
    return item ? sectionCard({ strategy, item, locale }) : noticeCard({ locale, kind: "unknownAction" });
  },
  showUnit: async ({ strategy }, { unitId }, { locale }) => {
    const unit = strategy.unitById.get(unitId);
    return unit
      ? unitOverviewCard({ strategy, unit, locale })
      : noticeCard({ locale, kind: "unknownAction" });
  },
  showUnits: async ({ strategy }, _action, { locale }) => unitsCard({ strategy, locale }),
  showPejlemaerker: async ({ strategy }, _action, { locale }) => pejlemaerkerCard({ strategy, locale }),
  showHelp: async ({ strategy }, _action, { locale }) => helpCard({ strategy, locale }),
  rateAnswer: async (bot, { rating, answer: reference }, turn) => {
    const { strategy } = bot;
    const item = strategy.itemById.get(reference.itemId);
    const paragraphsExist =
      item && reference.paragraphIndexes.every((index) => index < item.paragraphs.length);
    if (!item || !paragraphsExist) return noticeCard({ locale: turn.locale, kind: "unknownAction" });
    const rated = `${item.id}#${reference.paragraphIndexes.join(",")}`;
    await bot.store.saveRating({
      respondentKey: respondentKey(bot.feedback.secret, turn.tenantId, turn.userId, `rating:${rated}`),
      itemId: item.id,
      paragraphIndexes: reference.paragraphIndexes,
      rating,
      ratedAt: bot.now(),
    });
    const related = reference.relatedIds.flatMap((relatedId) => strategy.itemById.get(relatedId) ?? []);
    const answer = { item, paragraphIndexes: reference.paragraphIndexes, related };
    return answerCard({ strategy, answer, locale: turn.locale, rated: rating, ...appId(bot) });
  },
  submitFeedback: (bot, { promptId }, turn, data) => feedbackActions.submit(bot, promptId, data, turn),
  refreshFeedback: (bot, { promptId }, turn) => feedbackActions.refresh(bot, promptId, turn),
  editFeedback: (bot, { promptId }, turn) => feedbackActions.edit(bot, promptId, turn),
};

/** Runs a card action and returns the card to show; unknown data gets a clear "unknown action" card. */
export function handleCardAction(bot: BotContext, data: unknown, turn: TurnInfo): Promise<AdaptiveCard> {
  const action = parseCardAction(data);
  if (!action) return Promise.resolve(noticeCard({ locale: turn.locale, kind: "unknownAction" }));
  const handler = handlers[action.verb] as Handlers[CardVerb] as (
    bot: BotContext,
    action: CardAction,
    turn: TurnInfo,
    data: Record<string, unknown>,
  ) => Promise<AdaptiveCard>;
  return handler(bot, action, turn, data as Record<string, unknown>);
}
