import {
  CardFactory,
  type MessagingExtensionAttachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
} from "botbuilder";
import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { answerCard } from "../cards/answer-card.ts";
import { itemLabel } from "../cards/navigation-buttons.ts";
import { plainText } from "../cards/plain-text.ts";
import { appId, type BotContext } from "./bot-context.ts";

/** The manifest's search command: *Søg i Strategi 2025*. */
export const searchCommandId = "searchStrategy";
/** Most results the compose box lists. */
const maxResults = 10;
/** How much of the quote a result's preview shows. */
const previewLength = 140;

/**
 * The search-based message extension: the same search as the bot, up to ten sections, each with a
 * preview (title, where it stands, the start of the quote) that inserts the very card the bot would
 * send as an answer. An unknown command, an empty or overlong query, or nothing found gets a message.
 */
export function searchExtensionResponse(
  bot: BotContext,
  query: MessagingExtensionQuery,
  locale: Language,
): MessagingExtensionResponse {
  const t = textFor(locale);
  const text = String(query.parameters?.find((parameter) => parameter.name === "query")?.value ?? "").trim();
  if (query.commandId !== searchCommandId || !text)
    return { composeExtension: { type: "result", attachmentLayout: "list", attachments: [] } };
  if (text.length > bot.maxQuestionLength)
    return message(t.bot.searchExtensionTooLong(bot.maxQuestionLength));
  const answers = bot.search.answers(text, maxResults);
  if (answers.length === 0) return message(t.bot.searchExtensionNothing(plainText(text, 80)));
  const { strategy } = bot;
  const attachments = answers.map((answer): MessagingExtensionAttachment => {
    const quote = answer.paragraphIndexes.map((index) => answer.item.paragraphs[index]?.text ?? "").join(" ");
    const preview = CardFactory.thumbnailCard(
      itemLabel(strategy, answer.item),
      `${answer.item.breadcrumb.join(" › ")} – ${quote.slice(0, previewLength)}${quote.length > previewLength ? "…" : ""}`,
    );
    return {
      ...CardFactory.adaptiveCard(answerCard({ strategy, answer, locale, question: text, ...appId(bot) })),
      preview,
    };
  });
  return { composeExtension: { type: "result", attachmentLayout: "list", attachments } };
}

function message(text: string): MessagingExtensionResponse {
  return { composeExtension: { type: "message", text } };
}
