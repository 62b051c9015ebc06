import { z } from "zod";
import { AppError } from "../../core/errors.ts";
import { jsonBody } from "./request-input.ts";
import { withStore } from "./store-failure.ts";
import type { TabRoute, TabRouteContext } from "./tab-route.ts";

/** Teams channel, chat and meeting ids (`19:…@thread.tacv2`, `19:…@unq.gbl.spaces`) are printable ASCII. */
const channelUnitSchema = z.strictObject({
  conversationId: z
    .string()
    .min(1)
    .max(512)
    .regex(/^[\x21-\x7e]+$/, "must be a Teams channel or chat id"),
  unitId: z.string().max(100),
});

/**
 * `PUT /api/tab/channel-unit` → 204: ties a channel or chat to a unit when its tab is saved, so the bot
 * files that conversation's meeting and chat prompts under the unit (and shows its results there).
 *
 * Any signed-in user of the tenant may set it. In Teams only those who may configure the channel's tabs
 * reach the configuration page, but the server cannot check channel membership without Microsoft Graph.
 * What a misuse can do: file a conversation's later prompts under another unit, so that unit's leaders see
 * their (suppressed, aggregated) results. It exposes no answer the store would not show a leader anyway,
 * and the next save of the tab's configuration puts it right.
 */
export function channelUnitRoute(context: TabRouteContext): TabRoute {
  return {
    method: "put",
    path: "/api/tab/channel-unit",
    handler: async function setChannelUnit(req, res) {
      await context.throttle(await context.caller(req, res), res);
      const body = jsonBody(req, channelUnitSchema);
      if (!context.strategy.unitById.has(body.unitId)) throw new AppError(400, "tab: unitId: no such unit");
      await withStore(context.logger, () =>
        context.store.setConversationUnit(body.conversationId, body.unitId),
      );
      res.send(204);
    },
  };
}
