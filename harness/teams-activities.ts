import { randomUUID } from "node:crypto";

/** Ids of the bot and a user, as Teams would send them. */
export const botAccount = { id: "28:strategilotsen-bot", name: "Strategilotsen" };
export const userAccount = {
  id: "29:user-1",
  name: "Test Bruger",
  aadObjectId: "00000000-0000-0000-0000-000000000001",
};

type ConversationType = "personal" | "channel" | "groupChat";

/** Options for a Teams-shaped activity. */
export interface ActivityOptions {
  serviceUrl: string;
  conversationId?: string;
  conversationType?: ConversationType;
  locale?: string;
  from?: { id: string; name?: string; aadObjectId?: string };
  /** The tenant in `conversation.tenantId` and `channelData.tenant.id`; default "tenant-1". */
  tenantId?: string;
}

/**
 * A channel's id as Teams shows it to tabs (`19:…@thread.tacv2`); `channelThread` gives the id of a
 * thread in it as the bot sees it.
 */
export function newChannelId(): string {
  return `19:${randomUUID().replaceAll("-", "")}@thread.tacv2`;
}

/** The conversation id a bot sees in a channel thread: the channel's id and the thread's root message. */
export function channelThread(channelId: string, rootMessageId = String(Date.now() + Math.random())): string {
  return `${channelId};messageid=${rootMessageId.replace(".", "")}`;
}

function base(type: string, options: ActivityOptions) {
  const conversationType = options.conversationType ?? "personal";
  const conversationId =
    options.conversationId ??
    (conversationType === "channel" ? channelThread(newChannelId()) : `a:${randomUUID()}`);
  // In a channel Teams names the channel (and its team) in channelData; the thread is in the id.
  const channel = conversationId.replace(/;messageid=.*$/, "");
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: options.serviceUrl,
    from: options.from ?? userAccount,
    recipient: botAccount,
    conversation: {
      id: conversationId,
      conversationType,
      tenantId: options.tenantId ?? "tenant-1",
      ...(conversationType === "personal" ? {} : { isGroup: true }),
    },
    locale: options.locale ?? "da-DK",
    channelData: {
      tenant: { id: options.tenantId ?? "tenant-1" },
      ...(conversationType === "channel"
        ? { channel: { id: channel }, team: { id: "19:0a1b2c3d4e5f60718293a4b5c6d7e8f9@thread.tacv2" } }
        : {}),
    },
    entities: [{ type: "clientInfo", locale: options.locale ?? "da-DK", country: "DK", platform: "Web" }],
  };
}

/** A chat message; in channels and group chats `mention: true` @mentions the bot as Teams does. */
export function messageActivity(text: string, options: ActivityOptions & { mention?: boolean }) {
  const activity = base("message", options);
  if (!options.mention) return { ...activity, text, textFormat: "plain" };
  const mentionText = `<at>${botAccount.name}</at>`;
  return {
    ...activity,
    text: `${mentionText} ${text}`,
    textFormat: "plain",
    entities: [...activity.entities, { type: "mention", text: mentionText, mentioned: botAccount }],
  };
}

/** What Teams sends when an `Action.Submit` button is pressed: a message with the button's data. */
export function submitActivity(value: unknown, options: ActivityOptions) {
  return { ...base("message", options), value };
}

/** The `adaptiveCard/action` invoke Teams sends for an `Action.Execute` button. */
export function executeActivity(verb: string, data: unknown, options: ActivityOptions) {
  return {
    ...base("invoke", options),
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

/** The bot being added to a conversation (personal install, team or group chat). */
export function botAddedActivity(options: ActivityOptions) {
  return { ...base("conversationUpdate", options), membersAdded: [botAccount] };
}

/**
 * What Teams sends to a bot in a meeting's chat (or, for a channel meeting, its channel thread) when the
 * meeting ends (needs the meeting RSC permissions). `value` overrides fields: Teams sends some as null.
 */
export function meetingEndActivity<Title extends string | null>(
  title: Title,
  options: ActivityOptions,
  value: Partial<Record<"Id" | "JoinUrl" | "MeetingType" | "EndTime", string | null>> = {},
) {
  const activity = base("event", { conversationType: "groupChat", ...options });
  const meetingId = value.Id ?? `MCMxOTptZWV0aW5nXyR7${randomUUID().slice(0, 8)}`;
  return {
    ...activity,
    name: "application/vnd.microsoft.meetingEnd",
    value: {
      Id: meetingId,
      JoinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
      MeetingType: "Scheduled",
      EndTime: new Date().toISOString(),
      ...value,
      Title: title,
    },
    channelData: { ...activity.channelData, meeting: { id: meetingId } },
  };
}

/**
 * What Teams sends when someone presses an `Action.Submit` on a card the message extension inserted: an
 * invoke with the button's data as its value, from the chat the card is in (the bot may not be in it).
 */
export function cardButtonClickedActivity(data: unknown, options: ActivityOptions) {
  return { ...base("invoke", options), name: "composeExtension/onCardButtonClicked", value: data };
}

/** What Teams sends when someone types in the message extension's search box. */
export function searchExtensionQuery(text: string, options: ActivityOptions & { commandId?: string }) {
  return {
    ...base("invoke", options),
    name: "composeExtension/query",
    value: {
      commandId: options.commandId ?? "searchStrategy",
      parameters: [{ name: "query", value: text }],
      queryOptions: { skip: 0, count: 25 },
    },
  };
}
