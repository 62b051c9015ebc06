import type { SearchResponse } from "../api/tab-api-contract.ts";
import { el, replaceChildren } from "./dom.ts";
import { alertBox, describeError } from "./error-text.ts";
import { itemArticle } from "./item-view.ts";
import type { TabPage } from "./start-page.ts";

/** Longest question the API searches for (`GET /api/tab/search?q=`). */
const maxQuestionLength = 500;

/**
 * The search box over the strategy: the bot's own search through the tab API, its answer quoted
 * with the matching paragraphs marked, or its "not found" with where to look instead: the sections
 * it can answer from, this page's tabs, the whole strategy and the bot in the chat. A failed search is
 * an alert, the same red bar as a failed feedback save.
 * `unitLink` makes the link for a unit the answer points to.
 */
export function searchSection(page: TabPage, unitLink: (unitId: string) => string): HTMLElement {
  const { t } = page;
  const input = el("input", {
    type: "search",
    id: "search-question",
    name: "q",
    maxlength: maxQuestionLength,
    autocomplete: "off",
  });
  const status = el("p", { role: "status", "aria-live": "polite", class: "muted" });
  const answer = el("div", { id: "search-answer" });
  const form = el(
    "form",
    { class: "search", role: "search", "aria-label": t.tab.search.heading },
    el("div", { class: "field" }, el("label", { for: "search-question" }, t.tab.search.label), input),
    el("button", { type: "submit", class: "primary" }, t.tab.search.button),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value.trim();
    replaceChildren(answer);
    if (!question) {
      status.textContent = t.tab.search.empty;
      return;
    }
    status.textContent = t.tab.search.searching;
    page.api
      .search(question)
      .then((found) => {
        status.textContent = found.kind === "not-found" ? t.tab.search.notFound : "";
        replaceChildren(answer, ...renderAnswer(page, found, unitLink));
      })
      .catch((error: unknown) => {
        status.textContent = "";
        replaceChildren(answer, alertBox(t.tab.search.failed(describeError(page, error))));
      });
  });
  return el(
    "section",
    { class: "card", "aria-labelledby": "search-heading" },
    el("h2", { id: "search-heading" }, t.tab.search.heading),
    form,
    status,
    answer,
  );
}

function renderAnswer(page: TabPage, found: SearchResponse, unitLink: (unitId: string) => string): Node[] {
  const { t } = page;
  if (found.kind === "unit-overview")
    return [
      el("p", {}, el("a", { href: unitLink(found.unit.id) }, t.tab.search.unitOverview(found.unit.name))),
    ];
  if (found.kind === "not-found") return notFoundHelp(page, found.suggestions, unitLink);
  return [
    itemArticle(found.item, {
      level: 3,
      marked: found.paragraphIndexes,
      showBreadcrumb: true,
      id: `search-${found.item.id}`,
    }),
    ...(found.related.length > 0 ? [el("h3", {}, t.shared.readAlso), referenceList(found.related)] : []),
  ];
}

/** Where to look when the search found nothing: its suggestions, this page's tabs, the strategy, the bot. */
function notFoundHelp(
  page: TabPage,
  suggestions: { id: string; title: string; breadcrumb: string[] }[],
  unitLink: (unitId: string) => string,
): Node[] {
  const { t } = page;
  const sections = Array.from(document.querySelectorAll<HTMLElement>("main [role=tabpanel]"), (panel) =>
    el("li", {}, el("a", { href: `#${panel.id}` }, panel.querySelector("h2")?.textContent ?? panel.id)),
  );
  return [
    el(
      "div",
      { class: "not-found" },
      suggestions.length > 0 ? el("p", {}, t.tab.search.suggestions) : null,
      suggestions.length > 0 ? referenceList(suggestions) : null,
      el("p", {}, t.tab.search.browse),
      el(
        "ul",
        { class: "browse" },
        ...sections,
        el("li", {}, el("a", { href: unitLink("all") }, t.tab.search.wholeStrategy)),
      ),
      el("p", { class: "muted" }, t.tab.search.askBot),
    ),
  ];
}

/** Sections by title and place in the strategy; linked when the page shows them. */
function referenceList(references: { id: string; title: string; breadcrumb: string[] }[]): HTMLElement {
  return el(
    "ul",
    { lang: "da" },
    ...references.map((reference) => {
      const label = reference.breadcrumb.join(" › ");
      return el(
        "li",
        {},
        document.getElementById(`item-${reference.id}`)
          ? el("a", { href: `#item-${reference.id}` }, label)
          : label,
      );
    }),
  );
}
