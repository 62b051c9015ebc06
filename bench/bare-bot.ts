import type { AddressInfo } from "node:net";
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
} from "botbuilder";
import restify from "restify";
import { jsonRequestBody } from "../core/http/request-body.ts";

/** Options of the bare bot; the defaults match the app's own defaults in `core/config.ts`. */
export interface BareBotOptions {
  /** Largest request body accepted, in bytes. Default 256 KiB, as `MAX_BODY_BYTES`. */
  maxBodyBytes?: number;
}

/** A running bare bot on a loopback port. */
export interface RunningBareBot {
  url: string;
  close(): Promise<void>;
}

/**
 * The floor of the reply-latency benchmark: the same stack as the app — a restify server made as the
 * app makes its own, the app's own body reading (`jsonRequestBody`), a `CloudAdapter` in local mode —
 * whose handler answers every message with a one-line Adaptive Card. No validation, no logging, no
 * search, no card building: what any botbuilder bot on this stack costs.
 */
export function createBareBot(options: BareBotOptions = {}): restify.Server {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(oneLineCard)] });
    await next();
  });

  const server = restify.createServer({ name: "bare-bot", handleUncaughtExceptions: false });
  server.use(...jsonRequestBody(options.maxBodyBytes ?? 256 * 1024));
  server.post("/api/messages", async function handleActivity(req, res) {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return server;
}

/** Starts the bare bot on 127.0.0.1 with a free port. */
export async function startBareBot(options: BareBotOptions = {}): Promise<RunningBareBot> {
  const server = createBareBot(options);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const oneLineCard = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  body: [{ type: "TextBlock", text: "Hej! Her er et svar.", wrap: true }],
};
