import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
} from "botbuilder";
import type { AdaptiveCard } from "./cards/adaptive-card.ts";
import { noticeCard } from "./cards/notice-card.ts";
import { welcomeCard } from "./cards/welcome-card.ts";
import type { BotContext } from "./flows/bot-context.ts";
import { handleCardAction } from "./flows/card-action-flow.ts";
import { replyToMessage } from "./flows/question-flow.ts";
import { type Locale, localeFromTeams } from "./i18n/locale.ts";

/**
 * The Teams activity handler: routes messages, card buttons and installs to the flows, which return
 * cards. Buttons that navigate (`Action.Submit`) arrive as messages with a `value` and get a new card;
 * `Action.Execute` (the rating) arrives as an `adaptiveCard/action` invoke and its card replaces the old.
 */
export class StrategyBot extends TeamsActivityHandler {
  constructor(private readonly bot: BotContext) {
    super();
    this.onMessage(async (context, next) => {
      const locale = localeOf(context);
      const card = context.activity.value
        ? await handleCardAction(this.bot, context.activity.value, locale)
        : replyToMessage(this.bot, questionText(context), locale);
      await sendCard(context, card);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botWasAdded = context.activity.membersAdded?.some(
        (member) => member.id === context.activity.recipient.id,
      );
      if (botWasAdded)
        await sendCard(context, welcomeCard({ strategy: this.bot.strategy, locale: localeOf(context) }));
      await next();
    });
  }

  /** Tells the user something went wrong, after a turn failed: a card for messages, nothing for events. */
  async apologize(context: TurnContext): Promise<void> {
    if (context.activity.type !== "message") return;
    await sendCard(context, noticeCard({ locale: localeOf(context), kind: "error" }));
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = invokeValue?.action as { verb?: unknown; data?: unknown } | undefined;
    const data = { ...(isRecord(action?.data) ? action.data : {}), verb: action?.verb };
    const locale = localeOf(context);
    const card = await handleCardAction(this.bot, data, locale).catch((error: Error) => {
      // The invoke's reply is the card itself, so a failure is answered with a card, not left to the adapter.
      this.bot.logger.error({ err: { name: error.name, message: error.message } }, "bot: card action failed");
      return noticeCard({ locale, kind: "error" });
    });
    return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card as never };
  }
}

/** The message text without the bot's @mention, as channels and group chats deliver it. */
function questionText(context: TurnContext): string {
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? "";
  return typeof text === "string" ? text : "";
}

function localeOf(context: TurnContext): Locale {
  const clientInfo = context.activity.entities?.find((entity) => entity.type === "clientInfo") as
    | { locale?: unknown }
    | undefined;
  const locale = context.activity.locale ?? clientInfo?.locale;
  return localeFromTeams(typeof locale === "string" ? locale : undefined);
}

async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
