import type { ItemPlace } from "../api/tab-api-contract.ts";

/**
 * What a Teams deep link asks the tab to open: its `subEntityId`, which teams-js hands the page as
 * `app.getContext().page.subPageId` (`bot/cards/teams-deep-links.ts` builds the links):
 * `item:<id>` a section, `results` the results of the tab's unit (everything the person may see, in the
 * personal tab), `results:<unit id>` one unit's results.
 */
export type SubPage = { kind: "item"; itemId: string } | { kind: "results"; unitId?: string };

/** Reads a sub-page id; anything else (another app's, a mistyped link) opens the page as usual. */
export function readSubPage(subPageId: string | undefined): SubPage | undefined {
  if (subPageId === "results") return { kind: "results" };
  const match = /^(item|results):(.+)$/.exec(subPageId ?? "");
  if (!match?.[2]) return undefined;
  return match[1] === "item" ? { kind: "item", itemId: match[2] } : { kind: "results", unitId: match[2] };
}

/** Where the page opens for a deep link: a unit (or `all`), its results or its strategy, and a section. */
export interface LinkedView {
  unitId: string;
  results: boolean;
  itemId?: string;
}

/**
 * The view a sub-page opens. `tabUnit` is the unit a channel or chat tab is set to (none in the personal
 * tab); `shownUnit` the unit the page would show anyway (the tab's, else the one picked last); `place`
 * where the section is shown (`GET /api/tab/item-place`). A section shown on every page stays on the
 * shown unit's page; the results without a unit are everything the person may see (`all`).
 */
export function linkedView(
  subPage: SubPage,
  units: { tabUnit?: string | undefined; shownUnit?: string | undefined },
  place?: ItemPlace,
): LinkedView {
  if (subPage.kind === "results") return { unitId: subPage.unitId ?? units.tabUnit ?? "all", results: true };
  const unitId =
    place?.page === "unit" ? place.unitId : place?.page === "all" ? "all" : (units.shownUnit ?? "all");
  return { unitId, results: false, itemId: subPage.itemId };
}
