import type { CloudAdapter } from "botbuilder";
import type { Request, RequestHandler, Response } from "restify";
import { z } from "zod";
import { AppError } from "../core/errors.ts";
import type { StrategyBot } from "./strategy-bot.ts";

/**
 * The least an activity must have before the adapter sees it. The adapter's own checks throw outside
 * its error handling on some malformed input, so a bad activity is turned away here with a 400, as the
 * Bot Framework protocol expects, instead of reaching it.
 */
const activityShape = z.object({
  type: z.string().min(1).max(100),
  serviceUrl: z.string().url().max(2048),
  channelId: z.string().min(1).max(100),
  conversation: z.object({ id: z.string().min(1).max(1024) }),
  from: z.object({ id: z.string().max(1024) }).optional(),
  recipient: z.object({ id: z.string().max(1024) }),
  text: z.string().optional(),
  value: z.unknown().optional(),
});

/** `POST /api/messages`: validates the activity's shape, then hands it to the Bot Framework adapter. */
export function messagesEndpoint(adapter: CloudAdapter, bot: StrategyBot): RequestHandler {
  return async function handleActivity(req: Request, res: Response) {
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      throw new AppError(
        400,
        `bot: malformed activity: ${issue?.path.join(".") || "body"}: ${issue?.message}`,
      );
    }
    await adapter.process(req, res, (context) => bot.run(context));
  };
}
