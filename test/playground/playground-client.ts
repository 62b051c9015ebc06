import WebSocket from "ws";
import type { JsonBody } from "../../harness/app-under-test.ts";
import type { SentCard } from "../support/card-reading.ts";

/** What `GET /_internal/v1/config` tells: the mocked tenant, its people and its conversations. */
export interface PlaygroundConfig {
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: { id: string; name: string; aadObjectId: string };
  personalChat: { id: string };
  groupChats: { id: string; name: string; members: string[] }[];
}

/** A message as the Playground pushes it on its WebSocket: the bot's new or updated messages. */
export interface PlaygroundEvent {
  action: "createMessage" | "updateMessage" | "typing";
  actionConversationId: string;
  message?: {
    messageId: string;
    from: { id: string };
    text?: string;
    attachments: { contentType: string; content: SentCard }[];
  };
}

/** A message the bot posted, with its first Adaptive Card. */
export interface BotMessage {
  messageId: string;
  card: SentCard;
}

/**
 * Drives the Playground as its web page does: sends as the current user through its REST API, and reads
 * what the bot posts from its WebSocket.
 */
export interface PlaygroundClient {
  config: PlaygroundConfig;
  events: PlaygroundEvent[];
  /** Sends `text` in a conversation and resolves with the bot's next message there. */
  say(conversationId: string, text: string): Promise<BotMessage>;
  /** Presses an `Action.Execute` button on a message (`POST /_conversation/v1/invoke`); resolves with the bot's card. */
  execute(
    conversationId: string,
    replyToId: string,
    action: { verb: string; data: Record<string, unknown> },
    trigger?: "manual" | "automatic",
  ): Promise<SentCard>;
  /** Posts a raw invoke (e.g. a message extension query) and returns the bot's invoke response body. */
  invoke(body: Record<string, unknown>): Promise<JsonBody>;
  /** Sends the bot an activity of our own, built on the Playground's template for the conversation. */
  sendCustomActivity(conversationId: string, fields: Record<string, unknown>): Promise<void>;
  /** Resolves with the first event at or after index `since` that `matches`, or fails after `timeoutMs`. */
  waitFor(
    matches: (event: PlaygroundEvent) => boolean,
    since: number,
    timeoutMs?: number,
  ): Promise<PlaygroundEvent>;
  close(): void;
}

/** Connects to a running Playground's API and WebSocket. */
export async function connectPlayground(baseUrl: string): Promise<PlaygroundClient> {
  const request = async (path: string, init?: { body: unknown }): Promise<JsonBody> => {
    const response = await fetch(baseUrl + path, {
      method: init ? "POST" : "GET",
      ...(init ? { body: JSON.stringify(init.body), headers: { "content-type": "application/json" } } : {}),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`playground: ${init ? "POST" : "GET"} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const { config } = (await request("/_internal/v1/config")) as { config: PlaygroundConfig };

  const events: PlaygroundEvent[] = [];
  const listeners = new Set<() => void>();
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/_ws_conversation/v1/conversations/stream`);
  socket.on("message", (data) => {
    events.push(JSON.parse(String(data)));
    for (const listener of listeners) listener();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });

  const waitFor: PlaygroundClient["waitFor"] = (matches, since, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = events.slice(since).find(matches);
        if (!found) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(
          new Error(
            `playground: no matching message within ${timeoutMs} ms; got ${JSON.stringify(events.slice(since))}`,
          ),
        );
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  const me = { id: config.currentUser.id };
  const invoke = (body: Record<string, unknown>) =>
    request("/_conversation/v1/invoke", { body: { from: me, ...body } });

  return {
    config,
    events,
    async say(conversationId, text) {
      const since = events.length;
      await request(`/_conversation/v1/conversations/${conversationId}/messages`, {
        body: { from: me, text, textFormat: "plain" },
      });
      const event = await waitFor(
        (e) =>
          e.action === "createMessage" &&
          e.actionConversationId === conversationId &&
          e.message?.from.id === config.bot.id,
        since,
      );
      return botMessage(event);
    },
    async execute(conversationId, replyToId, action, trigger = "manual") {
      const response = await invoke({
        name: "adaptiveCard/action",
        value: { action: { type: "Action.Execute", ...action }, trigger },
        from: me,
        conversation: { id: conversationId },
        replyToId,
      });
      if (response?.type !== "application/vnd.microsoft.card.adaptive")
        throw new Error(`playground: expected a card from the invoke, got ${JSON.stringify(response)}`);
      return response.value;
    },
    invoke,
    async sendCustomActivity(conversationId, fields) {
      const template = await request(
        `/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`,
      );
      await request("/_internal/v1/customActivities", { body: { ...template, ...fields } });
    },
    waitFor,
    close: () => socket.close(),
  };
}

/** The bot's message and its card; fails when the message has no Adaptive Card. */
export function botMessage(event: PlaygroundEvent): BotMessage {
  const card = event.message?.attachments.find(
    (a) => a.contentType === "application/vnd.microsoft.card.adaptive",
  )?.content;
  if (!event.message || !card) throw new Error(`expected an Adaptive Card, got ${JSON.stringify(event)}`);
  return { messageId: event.message.messageId, card };
}

/** The first `Action.Execute` on a card that `matches`, with its verb and data, as a button press sends it. */
export function executeAction(
  card: SentCard,
  matches: (action: { title?: string; verb?: string }) => boolean,
): { verb: string; data: Record<string, unknown> } {
  const found: { title?: string; verb: string; data?: Record<string, unknown> }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const element = node as Record<string, unknown>;
      if (element.type === "Action.Execute") found.push(element as (typeof found)[number]);
      Object.values(element).forEach(visit);
    }
  };
  visit(card);
  const action = found.find(matches);
  if (!action) throw new Error(`no such Action.Execute on ${JSON.stringify(card)}`);
  return { verb: action.verb, data: action.data ?? {} };
}
