import type { ItemPlace, MeResponse, UnitSummary } from "../api/tab-api-contract.ts";
import { TabApiError } from "./api-client.ts";
import { el, replaceChildren, requiredElement } from "./dom.ts";
import { alertBox, describeError } from "./error-text.ts";
import { loadingState } from "./loading-state.ts";
import { showNotices } from "./page-notices.ts";
import { maySeeResults, resultsView } from "./results-view.ts";
import { searchSection } from "./search-box.ts";
import { startPage, type TabPage } from "./start-page.ts";
import { strategyView } from "./strategy-view.ts";
import { linkedView, readSubPage } from "./sub-page.ts";
import { rememberedUnit, rememberUnit, unitChoices, unitSelect } from "./unit-picker.ts";

/**
 * The content page (`index.html?unit=<id>|all`, the channel and group-chat tab) and the personal tab
 * (`personal.html`), which is the same page with a unit picker that remembers the choice. A plain
 * browser also gets the picker. `&view=results` shows the leaders' results instead of the strategy.
 * A Teams deep link (`sub-page.ts`) opens a section on the page that shows it, or a unit's results.
 */
async function showContentPage(): Promise<void> {
  const page = await startPage();
  const params = new URLSearchParams(location.search);
  const personal = document.body.dataset.page === "personal";
  // Teams keeps handing the frame the deep link's sub-page after the person moves on inside the tab, so
  // it is followed only while the address names no view of its own (the page's links always do).
  const subPage = params.has("view") ? undefined : readSubPage(page.host.subPageId);
  try {
    const [me, units, place] = await Promise.all([
      page.api.me(),
      page.api.units(),
      subPage?.kind === "item" ? placeOf(page, subPage.itemId) : undefined,
    ]);
    showNotices(page, me);
    showWhere(page);
    const choices = unitChoices(units, page.t);
    const fixedUnit = page.host.inTeams && !personal ? (params.get("unit") ?? undefined) : undefined;
    const shownUnit = fixedUnit ?? params.get("unit") ?? rememberedUnit();
    const linked = subPage && linkedView(subPage, { tabUnit: fixedUnit, shownUnit }, place);
    if (linked) {
      params.set("unit", linked.unitId);
      params.set("view", linked.results ? "results" : "strategy");
      // The section tabs open the panel holding the address's target, and scroll to it.
      history.replaceState(null, "", `?${params}${linked.itemId ? `#item-${linked.itemId}` : ""}`);
    }
    const initial = linked?.unitId ?? shownUnit;
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
    await show(initial);
  } catch (error) {
    replaceChildren(page.main, alertBox(describeError(page, error)));
  } finally {
    page.host.loaded();
  }
}

/** Where a linked section is shown; none for a section the strategy no longer has (the page opens as usual). */
async function placeOf(page: TabPage, itemId: string): Promise<ItemPlace | undefined> {
  try {
    return await page.api.itemPlace(itemId);
  } catch (error) {
    if (error instanceof TabApiError && error.status === 404) return undefined;
    throw error;
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
  const unitLink = (id: string) => `${location.pathname}?unit=${encodeURIComponent(id)}&view=strategy`;
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
      link(`${base}&view=strategy`, t.tab.nav.strategy, !onResults),
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
