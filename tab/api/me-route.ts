import type { MeResponse } from "./tab-api-contract.ts";
import { callerAccess } from "./tab-caller.ts";
import type { TabRoute, TabRouteContext } from "./tab-route.ts";

/**
 * `GET /api/tab/me`: who is signed in, whether this is local mode (the page must say so), and whose
 * results they may see (from their app roles; roles naming no unit of the strategy are left out).
 */
export function meRoute(context: TabRouteContext): TabRoute {
  return {
    method: "get",
    path: "/api/tab/me",
    handler: async function me(req, res) {
      const caller = await context.caller(req, res);
      const access = callerAccess(caller, context.strategy);
      const response: MeResponse = {
        localMode: caller.localMode,
        ...(caller.name ? { displayName: caller.name } : {}),
        resultsFor: access.kind === "everything" ? "all" : access.kind === "units" ? access.unitIds : [],
      };
      res.send(response);
    },
  };
}
