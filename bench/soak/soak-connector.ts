import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** The Bot Connector stand-in of the soak. */
export interface SoakConnector {
  serviceUrl: string;
  /**
   * Resolves with the body of the `count`-th activity the bot posted to the conversation, once it has
   * arrived; rejects after `timeoutMs`.
   */
  waitFor(conversationId: string, count: number, timeoutMs: number): Promise<string>;
  /** Forgets a conversation that will get no more activities (a meeting's chat, once its card is read). */
  forget(conversationId: string): void;
  /** Shared cards the bot replaced (`PUT …/activities/{id}`): the feedback tallies. */
  updates(): number;
  close(): Promise<void>;
}

interface Conversation {
  count: number;
  last: string;
  waiters: { count: number; resolve: (body: string) => void }[];
}

/**
 * A lean Bot Connector stand-in for long runs: per conversation it keeps only the number of activities
 * and the last one, and wakes only that conversation's waiters, so its cost stays flat over hundreds of
 * thousands of replies (the test suite's stand-in keeps every activity, right for tests, not for this).
 */
export async function startSoakConnector(): Promise<SoakConnector> {
  const conversations = new Map<string, Conversation>();
  let updates = 0;
  const conversation = (id: string) => {
    let entry = conversations.get(id);
    if (!entry) {
      entry = { count: 0, last: "", waiters: [] };
      conversations.set(id, entry);
    }
    return entry;
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? "");
      res.setHeader("content-type", "application/json");
      if (!match || (req.method !== "POST" && req.method !== "PUT")) {
        res.statusCode = 404;
        res.end();
        return;
      }
      if (req.method === "PUT") {
        updates++;
        res.end(JSON.stringify({ id: match[2] }));
        return;
      }
      const entry = conversation(decodeURIComponent(match[1] ?? ""));
      entry.count++;
      entry.last = Buffer.concat(chunks).toString("utf8");
      res.end(JSON.stringify({ id: `soak-${entry.count}` }));
      entry.waiters = entry.waiters.filter((waiter) => {
        if (waiter.count > entry.count) return true;
        waiter.resolve(entry.last);
        return false;
      });
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    waitFor(conversationId, count, timeoutMs) {
      const entry = conversation(conversationId);
      if (entry.count >= count) return Promise.resolve(entry.last);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          entry.waiters = entry.waiters.filter((waiter) => waiter.resolve !== done);
          reject(new Error(`connector: no reply ${count} in ${conversationId} within ${timeoutMs} ms`));
        }, timeoutMs);
        const done = (body: string) => {
          clearTimeout(timer);
          resolve(body);
        };
        entry.waiters.push({ count, resolve: done });
      });
    },
    forget: (conversationId) => conversations.delete(conversationId),
    updates: () => updates,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
