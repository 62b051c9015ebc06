import type { Response, Server } from "restify";
import { AppError } from "../../core/errors.ts";
import { inProcessLimiter, type PersonLimiter, unlimited } from "../../core/http/rate-limit.ts";
import { channelUnitRoute } from "./channel-unit-route.ts";
import { feedbackRoutes } from "./feedback-routes.ts";
import { itemPlaceRoute } from "./item-place-route.ts";
import { meRoute } from "./me-route.ts";
import { resultsRoutes } from "./results-routes.ts";
import { searchRoute } from "./search-route.ts";
import { createCallerResolver, type TabCaller } from "./tab-caller.ts";
import type { TabApiDeps, TabRoute, TabRouteContext } from "./tab-route.ts";
import { unitsRoute } from "./units-route.ts";
import { viewRoute } from "./view-route.ts";

/**
 * Mounts the unit tab's JSON API (`tab-api-contract.ts`) under `/api/tab/` and logs its sign-in mode.
 * Every route authenticates first, so an unauthenticated caller learns nothing, not even a 400.
 */
export function registerTabApi(server: Server, deps: TabApiDeps): void {
  const { sso, bot } = deps.config;
  const context: TabRouteContext = {
    ...deps,
    caller: createCallerResolver({ ...(sso ? { sso } : {}), botConfigured: Boolean(bot) }),
    throttle: throttler(deps.limiter ?? inProcessLimiter(unlimited)),
  };
  const routes: TabRoute[] = [
    meRoute(context),
    unitsRoute(context),
    viewRoute(context),
    itemPlaceRoute(context),
    searchRoute(context),
    ...feedbackRoutes(context),
    ...resultsRoutes(context),
    channelUnitRoute(context),
  ];
  for (const route of routes) server[route.method](route.path, route.handler);
  if (sso) deps.logger.info("tab: Teams SSO is on for the tab API");
  else if (bot)
    deps.logger.warn(
      "tab: BOT_ID is set but AAD_APP_CLIENT_ID is not – the tab API refuses every request (401)",
    );
  else
    deps.logger.info(
      { mode: "local" },
      "tab: local mode – the tab API acts as one local user who sees all results",
    );
}

/**
 * The tab's side of the rate limit: one bucket per person (tenant and object id) for the tab's
 * questions and writes (search, saving a rating, tying a channel to a unit); reading pages is free.
 */
function throttler(limiter: PersonLimiter): TabRouteContext["throttle"] {
  return async function throttle(caller: TabCaller, res: Response) {
    const decision = await limiter.take(`tab\u0000${caller.tenantId}\u0000${caller.objectId}`);
    if (decision.allowed) return;
    res.header("Retry-After", String(Math.max(1, decision.retryAfterSeconds)));
    throw new AppError(429, "tab: too many requests; slow down and try again shortly");
  };
}
