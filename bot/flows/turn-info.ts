import type { TurnContext } from "botbuilder";
import { type Language, languageOf } from "../../core/i18n/language.ts";

/** Who is asking, where, and in which language: what the flows need from an activity. */
export interface TurnInfo {
  locale: Language;
  tenantId: string;
  /**
   * The conversation as the app keeps state on it (its unit, its prompts, their results): in a channel
   * the channel itself (`19:…@thread.tacv2`, the id the channel's tab saves) for every thread in it,
   * since Teams gives each thread its own id (`19:…@thread.tacv2;messageid=…`); elsewhere the chat.
   */
  conversationId: string;
  /** The Entra object id when Teams sends one, else the channel account id. Only ever hashed or compared. */
  userId: string;
  /** The display name; stored only when the person unticks "anonymous". */
  userName?: string;
}

/**
 * The tenant of activities that name none (the Agents Playground and the Emulator, in local mode): the
 * one the tab's local mode uses too. A prompt must have a tenant, so `feedback` would fail without it.
 */
export const noTenant = "local";

/** The channel of a channel activity (from `channelData`, else its id without the thread), or the chat. */
function conversationKey(activity: TurnContext["activity"]): string {
  const channel = (activity.channelData as { channel?: { id?: unknown } } | undefined)?.channel?.id;
  if (typeof channel === "string" && channel) return channel;
  return (activity.conversation?.id ?? "").replace(/;messageid=.*$/, "");
}

/** Reads the turn's locale, tenant, conversation and user from a Teams activity. */
export function turnInfo(context: TurnContext): TurnInfo {
  const { activity } = context;
  const clientInfo = activity.entities?.find((entity) => entity.type === "clientInfo") as
    | { locale?: unknown }
    | undefined;
  const locale = activity.locale ?? (typeof clientInfo?.locale === "string" ? clientInfo.locale : undefined);
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenantId =
    activity.conversation?.tenantId || (typeof channelTenant === "string" && channelTenant) || noTenant;
  return {
    locale: languageOf(locale),
    tenantId,
    conversationId: conversationKey(activity),
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? "",
    ...(activity.from?.name ? { userName: activity.from.name } : {}),
  };
}
