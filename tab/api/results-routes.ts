import { AppError } from "../../core/errors.ts";
import { resultsToCsv } from "../../core/feedback/results-csv.ts";
import { isLanguage, type Language } from "../../core/i18n/language.ts";
import { queryValue, unitScope } from "./request-input.ts";
import { withStore } from "./store-failure.ts";
import { type TabResultsDeps, tabResults } from "./tab-results.ts";
import type { TabRoute, TabRouteContext } from "./tab-route.ts";

/**
 * `GET /api/tab/results?unit=<id>|all` (JSON `FeedbackResults`) and `GET /api/tab/results.csv?unit=…&lang=da|en`
 * (the same aggregates as a download, without comments, see `resultsToCsv`). Only with a results app role: 403 for others.
 * Neither may be cached on the way: they are for the leader who asked.
 */
export function resultsRoutes(context: TabRouteContext): TabRoute[] {
  const { feedback } = context.config;
  const deps: TabResultsDeps = {
    strategy: context.strategy,
    store: context.store,
    minGroupSize: feedback.minGroupSize,
  };
  return [
    {
      method: "get",
      path: "/api/tab/results",
      handler: async function results(req, res) {
        const caller = await context.caller(req, res);
        const scope = unitScope(context.strategy, req);
        const found = await withStore(context.logger, () => tabResults(deps, caller, scope));
        res.header("Cache-Control", "no-store");
        res.send(found);
      },
    },
    {
      method: "get",
      path: "/api/tab/results.csv",
      handler: async function resultsCsv(req, res) {
        const caller = await context.caller(req, res);
        const scope = unitScope(context.strategy, req);
        const locale = csvLocale(queryValue(req, "lang"));
        const found = await withStore(context.logger, () => tabResults(deps, caller, scope));
        // Unit ids are kebab-case (content schema), so the file name needs no quoting beyond this.
        const name = scope.kind === "all" ? "all" : scope.unit.id;
        res.sendRaw(200, resultsToCsv(found, locale), {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="strategilotsen-resultater-${name}.csv"`,
          "Cache-Control": "no-store",
        });
      },
    },
  ];
}

function csvLocale(value: string | undefined): Language {
  if (value === undefined) return "da";
  if (isLanguage(value)) return value;
  throw new AppError(400, 'tab: lang: must be "da" or "en"');
}
