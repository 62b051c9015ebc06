import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** An activity the bot sent, as the stand-in received it. */
export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  activity: {
    type: string;
    text?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
    [key: string]: unknown;
  };
}

/** An activity the bot replaced, as the stand-in received it. */
export interface UpdatedActivity {
  conversationId: string;
  activityId: string;
  activity: SentActivity["activity"];
}

/**
 * A small local stand-in for the Bot Connector service: the bot sends its replies to the
 * `serviceUrl` of the activity, which in tests points here. It records every activity posted to
 * `/v3/conversations/{id}/activities[/{replyToId}]` and answers like the real service.
 */
export interface ConnectorStandIn {
  serviceUrl: string;
  sent: SentActivity[];
  /** Activities the bot edited in place (`PUT …/activities/{id}`), e.g. a card's new tally. */
  updated: UpdatedActivity[];
  /** Resolves once `count` activities have arrived for the conversation (or rejects after `timeoutMs`). */
  waitFor(conversationId: string, count?: number, timeoutMs?: number): Promise<SentActivity[]>;
  close(): Promise<void>;
}

export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  const sent: SentActivity[] = [];
  const updated: UpdatedActivity[] = [];
  // By conversation, so that a reply wakes and is counted only by its own conversation's waits: a load
  // of 50 chats otherwise spends its time filtering every reply for every wait.
  const sentTo = new Map<string, SentActivity[]>();
  const waiters = new Map<string, (() => void)[]>();
  const wake = (conversationId: string) => {
    const waiting = waiters.get(conversationId) ?? [];
    waiters.delete(conversationId);
    for (const check of waiting) check();
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? "");
      if (!match || (req.method !== "POST" && req.method !== "PUT")) {
        res.statusCode = 404;
        res.end();
        return;
      }
      const conversationId = decodeURIComponent(match[1] ?? "");
      const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
      if (req.method === "PUT") {
        updated.push({
          conversationId,
          activityId: activityId ?? "",
          activity: JSON.parse(Buffer.concat(chunks).toString("utf8")),
        });
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ id: activityId }));
        wake(conversationId);
        return;
      }
      const replyToId = activityId;
      const entry: SentActivity = {
        conversationId,
        ...(replyToId ? { replyToId } : {}),
        activity: JSON.parse(Buffer.concat(chunks).toString("utf8")),
      };
      sent.push(entry);
      const conversation = sentTo.get(conversationId);
      if (conversation) conversation.push(entry);
      else sentTo.set(conversationId, [entry]);
      // Separate calls: restify patches Node's ServerResponse, and its writeHead returns nothing.
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ id: `sent-${sent.length}` }));
      wake(conversationId);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  const forConversation = (conversationId: string) => [...(sentTo.get(conversationId) ?? [])];
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    updated,
    waitFor(conversationId, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `connector stand-in: ${forConversation(conversationId).length}/${count} activities for ${conversationId}`,
              ),
            ),
          timeoutMs,
        );
        const check = () => {
          const received = forConversation(conversationId);
          if (received.length >= count) {
            clearTimeout(timer);
            resolve(received);
          } else waiters.set(conversationId, [...(waiters.get(conversationId) ?? []), check]);
        };
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
