import { unitSummary } from "./strategy-views.ts";
import type { UnitSummary } from "./tab-api-contract.ts";
import type { TabRoute, TabRouteContext } from "./tab-route.ts";

/** `GET /api/tab/units`: the strategy's units, in its order, for the configuration page's picker. */
export function unitsRoute(context: TabRouteContext): TabRoute {
  return {
    method: "get",
    path: "/api/tab/units",
    handler: async function units(req, res) {
      await context.caller(req, res);
      const response: UnitSummary[] = context.strategy.units.map(unitSummary);
      res.send(response);
    },
  };
}
