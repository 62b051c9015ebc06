import type { Item } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";
import { queryValue } from "./request-input.ts";
import type { ItemPlace } from "./tab-api-contract.ts";
import type { TabRoute, TabRouteContext } from "./tab-route.ts";

/**
 * `GET /api/tab/item-place?id=<item id>`: which page shows a section, so the tab can open a Teams deep
 * link `item:<id>` (from an answer card's "Åbn i fanen") on it. 404 for an id the strategy lacks.
 */
export function itemPlaceRoute(context: TabRouteContext): TabRoute {
  return {
    method: "get",
    path: "/api/tab/item-place",
    handler: async function itemPlace(req, res) {
      await context.caller(req, res);
      const item = context.strategy.itemById.get(queryValue(req, "id") ?? "");
      if (!item) throw new AppError(404, "tab: id: no such section");
      res.send(placeOf(item));
    },
  };
}

/**
 * A unit's own sections are on its page, the introduction only on the whole strategy's; the rest (forord,
 * pejlemærker, digitalisation, the cross-cutting initiatives) on every page (`strategy-views.ts`).
 */
function placeOf(item: Item): ItemPlace {
  if (item.unitId) return { page: "unit", unitId: item.unitId };
  return item.kind === "indledning" ? { page: "all" } : { page: "any" };
}
