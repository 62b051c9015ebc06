import type { MeResponse, UnitSummary } from "../api/tab-api-contract.ts";
import { el, replaceChildren, requiredElement } from "./dom.ts";
import { alertBox, describeError } from "./error-text.ts";
import { loadingState } from "./loading-state.ts";
import { showNotices } from "./page-notices.ts";
import { maySeeResults, resultsView } from "./results-view.ts";
import { searchSection } from "./search-box.ts";
import { startPage, type TabPage } from "./start-page.ts";
import { strategyView } from "./strategy-view.ts";
import { rememberedUnit, rememberUnit, unitChoices, unitSelect } from "./unit-picker.ts";

/**
 * The content page (`index.html?unit=<id>|all`, the channel and group-chat tab) and the personal tab
 * (`personal.html`), which is the same page with a unit picker that remembers the choice. A plain
 * browser also gets the picker. `&view=results` shows the leaders' results instead of the strategy.
 */
async function showContentPage(): Promise<void> {
  const page = await startPage();
  const params = new URLSearchParams(location.search);
  const personal = document.body.dataset.page === "personal";
  try {
    const [me, units] = await Promise.all([page.api.me(), page.api.units()]);
    showNotices(page, me);
    showWhere(page);
    const choices = unitChoices(units, page.t);
    const fixedUnit = page.host.inTeams && !personal ? (params.get("unit") ?? undefined) : undefined;
    const initial = params.get("unit") ?? rememberedUnit();
    const show = (unitId: string | undefined) =>
      showUnit(page, me, choices, unitId, params.get("view") === "results");
    if (!fixedUnit)
      replaceChildren(
        requiredElement("picker"),
        unitSelect(choices, page.t, initial, (unitId) => {
          rememberUnit(unitId);
          params.set("unit", unitId);
          history.replaceState(null, "", `?${params}`);
          void show(unitId);
        }),
      );
    await show(fixedUnit ?? initial);
  } catch (error) {
    replaceChildren(page.main, alertBox(describeError(page, error)));
  } finally {
    page.host.loaded();
  }
}

async function showUnit(
  page: TabPage,
  me: MeResponse,
  choices: readonly UnitSummary[],
  unitId: string | undefined,
  wantsResults: boolean,
): Promise<void> {
  const { t, main } = page;
  const unit = choices.find((choice) => choice.id === unitId);
  const title = requiredElement("title");
  if (!unit) {
    title.textContent = "Strategi 2025";
    replaceChildren(requiredElement("nav"));
    replaceChildren(
      main,
      unitId ? alertBox(t.tab.unitNotFound(unitId)) : el("p", { class: "empty-state" }, t.tab.chooseUnit),
    );
    return;
  }
  title.textContent = unit.name;
  title.setAttribute("lang", "da");
  document.title = `Strategi 2025 · ${unit.name}`;
  const results = wantsResults && maySeeResults(me, unit.id);
  showNav(page, me, unit.id, results);
  replaceChildren(main, loadingState(t.tab.loading));
  const unitLink = (id: string) => `${location.pathname}?unit=${encodeURIComponent(id)}`;
  try {
    if (wantsResults && !results) {
      replaceChildren(main, el("p", { class: "empty-state" }, t.shared.results.notLeader));
    } else if (results) {
      const found = await page.api.results(unit.id);
      replaceChildren(
        main,
        ...resultsView(page, { unitId: unit.id, scopeName: unit.name, me, results: found }),
      );
    } else {
      const [view, mine] = await Promise.all([page.api.view(unit.id), page.api.myFeedback(unit.id)]);
      replaceChildren(
        main,
        searchSection(page, unitLink),
        ...strategyView(page, {
          view,
          unitId: unit.id,
          scopeName: unit.name,
          answers: mine.answers,
          unitLink,
        }),
      );
    }
  } catch (error) {
    replaceChildren(main, alertBox(describeError(page, error)));
  }
}

/** Links between the strategy and (for leaders, and everyone in local mode) the results, as Teams' page tabs. */
function showNav(page: TabPage, me: MeResponse, unitId: string, onResults: boolean): void {
  const { t } = page;
  const base = `${location.pathname}?unit=${encodeURIComponent(unitId)}`;
  const link = (href: string, text: string, current: boolean) =>
    el("li", {}, el("a", { href, "aria-current": current ? "page" : undefined }, text));
  const nav = requiredElement("nav");
  nav.setAttribute("aria-label", t.tab.nav.label);
  nav.hidden = false;
  replaceChildren(
    nav,
    el(
      "ul",
      {},
      link(base, t.tab.nav.strategy, !onResults),
      maySeeResults(me, unitId) ? link(`${base}&view=results`, t.tab.nav.results, onResults) : null,
    ),
  );
}

/** "Pinned in Team › Channel" (or "in the chat"), from the Teams context. */
function showWhere(page: TabPage): void {
  const where = page.host.where;
  if (!where) return;
  const place = where.chat ? page.t.tab.chat : [where.team, where.channel].filter(Boolean).join(" › ");
  if (!place) return;
  const line = requiredElement("where");
  line.textContent = page.t.tab.pinnedIn(place);
  line.hidden = false;
}

void showContentPage();
