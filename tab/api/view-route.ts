import { unitScope } from "./request-input.ts";
import { unitView, wholeStrategyView } from "./strategy-views.ts";
import type { UnitView, WholeStrategyView } from "./tab-api-contract.ts";
import type { TabRoute, TabRouteContext } from "./tab-route.ts";

/** `GET /api/tab/view?unit=<id>|all`: a unit's page, or the whole strategy. Needs no database. */
export function viewRoute(context: TabRouteContext): TabRoute {
  return {
    method: "get",
    path: "/api/tab/view",
    handler: async function view(req, res) {
      await context.caller(req, res);
      const scope = unitScope(context.strategy, req);
      const response: UnitView | WholeStrategyView =
        scope.kind === "all" ? wholeStrategyView(context.strategy) : unitView(context.strategy, scope.unit);
      res.send(response);
    },
  };
}
