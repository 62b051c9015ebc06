import type { TurnContext } from "botbuilder";
import { type Locale, localeFromTeams } from "../i18n/locale.ts";

/** Who is asking, where, and in which language: what the flows need from an activity. */
export interface TurnInfo {
  locale: Locale;
  tenantId: string;
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
    locale: localeFromTeams(locale),
    tenantId,
    conversationId: activity.conversation?.id ?? "",
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? "",
    ...(activity.from?.name ? { userName: activity.from.name } : {}),
  };
}
