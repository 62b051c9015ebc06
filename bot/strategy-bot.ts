import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  TeamsActivityHandler,
  TurnContext,
} from "botbuilder";
import { inProcessLimiter, type PersonLimiter, unlimited } from "../core/http/rate-limit.ts";
import { textFor } from "../core/i18n/text-for.ts";
import type { AdaptiveCard } from "./cards/adaptive-card.ts";
import { noticeCard } from "./cards/notice-card.ts";
import { welcomeCard } from "./cards/welcome-card.ts";
import type { BotContext } from "./flows/bot-context.ts";
import { handleCardAction } from "./flows/card-action-flow.ts";
import { maxPromptTitleLength, recognizeFeedbackCommand } from "./flows/feedback-command.ts";
import { openFeedbackPrompt } from "./flows/feedback-flow.ts";
import { feedbackResultsReply } from "./flows/feedback-results-flow.ts";
import { oncePerMeetingEnd, readMeetingEnd } from "./flows/meeting-end-flow.ts";
import { replyToMessage } from "./flows/question-flow.ts";
import { searchExtensionResponse } from "./flows/search-extension-flow.ts";
import { type TurnInfo, turnInfo } from "./flows/turn-info.ts";

/**
 * The Teams activity handler: routes messages, card buttons, installs and meeting ends to the flows,
 * which return cards. Every button is an `Action.Execute`: it arrives as an `adaptiveCard/action`
 * invoke, also from a card the message extension put into a chat the bot is not in, and the card it
 * returns replaces the old one for the person who pressed it (no new card posted into a group chat).
 * Cards posted by older versions had `Action.Submit` buttons: those still arrive, as messages with a
 * `value` (answered with a new card) or, on inserted cards, as `composeExtension/onCardButtonClicked`.
 *
 * Rate limit (`limiter`, keyed per tenant and person): messages — questions, commands, navigation
 * buttons — and card actions share one bucket, since each is one thing a person did and a flood of
 * any of them costs the same; over the limit they get the "slow down" card. Two exceptions: the
 * feedback card's `refreshFeedback`, which Teams sends by itself whenever the card is shown (counting
 * it would turn a person's own view into "slow down" as they scroll), and the message extension, which
 * Teams queries as the person types, so it has its own bucket and answers with a message.
 */
export class StrategyBot extends TeamsActivityHandler {
  constructor(
    private readonly bot: BotContext,
    private readonly limiter: PersonLimiter = inProcessLimiter(unlimited),
  ) {
    super();
    this.onMessage(async (context, next) => {
      const turn = turnInfo(context);
      if (!(await this.mayAct("chat", turn)))
        await sendCard(context, noticeCard({ locale: turn.locale, kind: "slowDown" }));
      else if (context.activity.value)
        await sendCard(context, await handleCardAction(this.bot, context.activity.value, turn));
      else await this.answerText(context, turn, questionText(context));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botWasAdded = context.activity.membersAdded?.some(
        (member) => member.id === context.activity.recipient.id,
      );
      if (botWasAdded)
        await sendCard(
          context,
          welcomeCard({ strategy: this.bot.strategy, locale: turnInfo(context).locale }),
        );
      await next();
    });
    // Not `onTeamsMeetingEndEvent`: its reader throws on the null fields Teams sends at times.
    this.on("TeamsMeetingEnd", async (context, next) => {
      const turn = turnInfo(context);
      const meeting = readMeetingEnd(context.activity);
      await oncePerMeetingEnd(this.bot, turn, meeting, () =>
        this.openPrompt(
          context,
          turn,
          "meeting",
          meeting.title ?? textFor(turn.locale).bot.feedback.meetingFallbackTitle,
        ),
      );
      await next();
    });
  }

  /** Tells the user something went wrong, after a turn failed: a card for messages, nothing for events. */
  async apologize(context: TurnContext): Promise<void> {
    if (context.activity.type !== "message") return;
    await sendCard(context, noticeCard({ locale: turnInfo(context).locale, kind: "error" }));
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = invokeValue?.action as { verb?: unknown; data?: unknown } | undefined;
    const data = { ...(isRecord(action?.data) ? action.data : {}), verb: action?.verb };
    const turn = turnInfo(context);
    if (data.verb !== "refreshFeedback" && !(await this.mayAct("chat", turn)))
      return invokeCard(noticeCard({ locale: turn.locale, kind: "slowDown" }));
    const card = await handleCardAction(this.bot, data, turn).catch((error: Error) => {
      // The invoke's reply is the card itself, so a failure is answered with a card, not left to the adapter.
      this.bot.logger.error({ err: { name: error.name, message: error.message } }, "bot: card action failed");
      return noticeCard({ locale: turn.locale, kind: "error" });
    });
    return invokeCard(card);
  }

  /**
   * An `Action.Submit` on a card the message extension inserted (only older cards have one). Teams takes
   * no card in reply, so the card goes into the conversation, which works where the bot is a member; in a
   * chat it is not in, the connector refuses and the press is only logged, as Teams then shows nothing.
   */
  protected override async handleTeamsMessagingExtensionCardButtonClicked(
    context: TurnContext,
    cardData: unknown,
  ): Promise<void> {
    const turn = turnInfo(context);
    const card = (await this.mayAct("chat", turn))
      ? await handleCardAction(this.bot, cardData, turn)
      : noticeCard({ locale: turn.locale, kind: "slowDown" });
    await sendCard(context, card).catch((error: Error) =>
      this.bot.logger.warn(
        { err: { name: error.name, message: error.message } },
        "bot: inserted card's button: could not reply in that conversation",
      ),
    );
  }

  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const turn = turnInfo(context);
    if (!(await this.mayAct("search", turn)))
      return { composeExtension: { type: "message", text: textFor(turn.locale).bot.slowDown } };
    return searchExtensionResponse(this.bot, query, turn.locale);
  }

  /** Takes one action from the person's bucket for `face`; false when they are over the limit. */
  private async mayAct(face: "chat" | "search", turn: TurnInfo): Promise<boolean> {
    return (await this.limiter.take(`${face}\u0000${turn.tenantId}\u0000${turn.userId}`)).allowed;
  }

  private async answerText(context: TurnContext, turn: TurnInfo, text: string): Promise<void> {
    const command = recognizeFeedbackCommand(text);
    if (command?.kind === "open") {
      await this.openPrompt(
        context,
        turn,
        "chat",
        command.title ?? textFor(turn.locale).bot.feedback.chatFallbackTitle,
      );
    } else if (command?.kind === "results") {
      await sendCard(context, await feedbackResultsReply(this.bot, turn));
    } else {
      await sendCard(context, replyToMessage(this.bot, text, turn.locale));
    }
  }

  private async openPrompt(context: TurnContext, turn: TurnInfo, kind: "meeting" | "chat", title: string) {
    await openFeedbackPrompt(this.bot, turn, {
      kind,
      title: promptTitle(title) || textFor(turn.locale).bot.feedback[`${kind}FallbackTitle`],
      reference: TurnContext.getConversationReference(context.activity),
      post: async (card) => (await sendCard(context, card))?.id,
    });
  }
}

/**
 * A prompt title as the database keeps it: a meeting's title can be longer than the 200 characters a
 * title may have (Outlook allows 255), and control characters (PostgreSQL refuses NUL) are spaces.
 */
function promptTitle(title: string): string {
  return [...title.replace(/\p{Cc}/gu, " ").trim()].slice(0, maxPromptTitleLength).join("").trim();
}

/** The message text without the bot's @mention, as channels and group chats deliver it. */
function questionText(context: TurnContext): string {
  // A button press can arrive with a mention and no text; removing the mention would then throw.
  if (typeof context.activity.text !== "string") return "";
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
  return typeof text === "string" ? text : "";
}

async function sendCard(context: TurnContext, card: AdaptiveCard) {
  return context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

function invokeCard(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card as never };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
