import type { Activity } from "botbuilder";
import type { Request, RequestHandler, Response } from "restify";
import { z } from "zod";
import { AppError } from "../core/errors.ts";
import type { BotAdapter } from "./adapter.ts";
import { meetingEndValue } from "./flows/meeting-end-flow.ts";
import type { StrategyBot } from "./strategy-bot.ts";

/**
 * Teams' own ids are printable ASCII: conversation and activity ids, which the replies put in URLs and
 * headers, and tenant ids, which the database keeps (PostgreSQL refuses NUL in text).
 */
const printableAscii = /^[\x20-\x7e]*$/;
const replyableId = z.string().min(1).max(1000).regex(printableAscii, "must be printable ASCII");
const tenantId = z.string().max(200).regex(printableAscii, "must be printable ASCII");

/** A Teams account as botbuilder reads it, and writes it back in the reply (which checks these types). */
const account = z.object({
  id: z.string().max(1024),
  name: z.string().max(1024).nullish(),
  aadObjectId: z.string().max(1024).nullish(),
  role: z.string().max(100).nullish(),
});

/** botbuilder reads every entity's `type`, and a mention's `mentioned.id` and `text`. */
const entity = z
  .object({
    type: z.string().max(200),
    mentioned: z.object({ id: z.string() }).optional(),
    text: z.string().optional(),
  })
  .refine(
    (value) => value.type.toLowerCase() !== "mention" || (value.mentioned && value.text !== undefined),
    "a mention needs `mentioned.id` and `text`",
  );

/** The values of the invokes and events this bot handles (`type:name`), as botbuilder and the flows read them. */
const valueShapes = new Map<string, z.ZodType>(
  Object.entries({
    "invoke:adaptiveCard/action": z.object({ action: z.object({ type: z.string() }) }),
    "event:application/vnd.microsoft.meetingEnd": meetingEndValue,
    "invoke:composeExtension/query": z.object({
      commandId: z.string().max(200).nullish(),
      parameters: z
        .array(
          z.object({
            name: z.string().max(200),
            value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
          }),
        )
        .max(20)
        .nullish(),
    }),
  }),
);

/**
 * The least an activity must have before the adapter sees it: the fields botbuilder and the flows read,
 * with the types they assume. The adapter's own checks throw outside its error handling on some
 * malformed input, and a wrong type further in makes the turn fail (an invoke then answers 501, and a
 * reply whose conversation id cannot be put in a header is never sent), so a bad activity is turned
 * away here with a 400, as the Bot Framework protocol expects. Teams always sends these right.
 */
const activityShape = z
  .object({
    type: z.string().min(1).max(100),
    id: replyableId.nullish(),
    name: z.string().max(200).nullish(),
    locale: z.string().max(100).nullish(),
    serviceUrl: z.string().url().max(2048),
    channelId: z.string().min(1).max(100),
    conversation: account.extend({
      id: replyableId,
      tenantId: tenantId.nullish(),
      conversationType: z.string().max(100).nullish(),
      isGroup: z.boolean().nullish(),
    }),
    from: account.optional(),
    recipient: account,
    text: z.string().nullish(),
    entities: z.array(entity).max(100).optional(),
    membersAdded: z.array(account).max(1000).nullish(),
    membersRemoved: z.array(account).max(1000).nullish(),
    channelData: z.object({ tenant: z.object({ id: tenantId.nullish() }).nullish() }).nullish(),
    value: z.unknown().optional(),
  })
  .superRefine((activity, context) => {
    const valueShape = valueShapes.get(`${activity.type}:${activity.name}`);
    const value = valueShape?.safeParse(activity.value);
    for (const issue of value?.error?.issues.slice(0, 1) ?? [])
      context.addIssue({ code: "custom", path: ["value", ...issue.path], message: issue.message });
  });

/**
 * `POST /api/messages`: who sent it first (401 without a valid token, 403 from another tenant: see
 * `BotAdapter.authenticate`), then the activity's shape (400), then the bot's turn. The answer is the
 * invoke's response, or 200 with no body, as botbuilder's own `process` answers.
 */
export function messagesEndpoint(adapter: BotAdapter, bot: StrategyBot): RequestHandler {
  return async function handleActivity(req: Request, res: Response) {
    const authenticated = await adapter.authenticate(req.body, req.header("authorization") ?? "");
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      throw new AppError(
        400,
        `bot: malformed activity: ${issue?.path.join(".") || "body"}: ${issue?.message}`,
      );
    }
    // The body, not the parsed copy: botbuilder and the flows read fields this shape does not list.
    const invokeResponse = await adapter.runAuthenticated(authenticated, req.body as Activity, (context) =>
      bot.run(context),
    );
    res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
  };
}
