import type {
  ItemView,
  MyAnswer,
  PejlemaerkeView,
  UnitView,
  WholeStrategyView,
} from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";
import { describeError } from "./error-text.ts";
import { type HeadingLevel, heading, itemArticle, withParts } from "./item-view.ts";
import { ratingRow } from "./rating-row.ts";
import { sectionTabs } from "./section-tabs.ts";
import type { TabPage } from "./start-page.ts";

/** Subject id of feedback on a unit's page as a whole (`FeedbackSubject`). */
export const wholePageSubject = "unit";

/** What the strategy view needs besides the view: the person's answers, and links to other units. */
export interface StrategyViewInput {
  view: UnitView | WholeStrategyView;
  unitId: string;
  /** The page's name for the scope ("Specialenheden", "Hele Københavns Politi"). */
  scopeName: string;
  answers: readonly MyAnswer[];
  unitLink: (unitId: string) => string;
}

/**
 * A unit's page as tabs, each one click from the top: its ansvar, its local initiatives under each
 * pejlemærke, what concerns every unit, the two pejlemærker, the forord — with a row of five choices
 * under each initiative, and one for the page as a whole below the tabs. "Hele Københavns Politi" shows
 * the whole strategy instead, every unit briefly, with nothing to rate (feedback belongs to a unit:
 * the API takes none for `all`).
 */
export function strategyView(page: TabPage, input: StrategyViewInput): HTMLElement[] {
  const { t } = page;
  const answerTo = new Map(input.answers.map((answer) => [answer.subjectId, answer]));
  const noteId = "anonymity-note";
  const row = (subjectId: string, legend: string, question: string) =>
    ratingRow({
      t,
      api: page.api,
      unitId: input.unitId,
      subjectId,
      legend,
      question,
      anonymityNoteId: noteId,
      describeError: (error) => describeError(page, error),
      ...(answerTo.has(subjectId) ? { answer: answerTo.get(subjectId) } : {}),
    });
  const ratable = input.view.kind === "unit";
  const rated = (item: ItemView, level: HeadingLevel, parts: ItemView[] = []) =>
    itemArticle(item, {
      level,
      after: [
        ...parts.map((part) => itemArticle(part, { level: (level + 1) as HeadingLevel })),
        ratable
          ? row(item.id, t.tab.feedback.itemLegend(item.title), t.shared.questions.initiativeQuality.text)
          : null,
      ],
    });
  const section = (id: string, title: string, ...children: (Node | null)[]) =>
    el(
      "section",
      { id, "aria-labelledby": `${id}-heading` },
      el("h2", { id: `${id}-heading` }, title),
      ...children,
    );
  const { view } = input;

  const crossCutting = section(
    "cross-cutting",
    t.tab.content.crossCutting,
    el("p", { class: "muted" }, t.tab.content.crossCuttingIntro),
    ...withParts(view.crossCutting).map(({ item, parts }) => rated(item, 3, parts)),
  );
  const pejlemaerker = section(
    "pejlemaerker",
    t.tab.content.pejlemaerker,
    ...view.pejlemaerker.map((pejlemaerke) => pejlemaerkeBlock(page, pejlemaerke)),
  );
  const forord = section("forord", view.forord.title, itemArticle(view.forord, { level: 3, untitled: true }));

  if (view.kind === "all")
    return sectionTabs(t.tab.nav.sections, [
      {
        label: t.tab.content.introduction,
        panel: section(
          "introduction",
          t.tab.content.introduction,
          ...view.introduction.map((item) => itemArticle(item, { level: 3 })),
        ),
      },
      { label: t.shared.pejlemaerker, panel: pejlemaerker },
      { label: t.tab.nav.crossCutting, panel: crossCutting },
      {
        label: t.tab.content.units,
        panel: section(
          "units",
          t.tab.content.units,
          el(
            "div",
            { class: "unit-grid" },
            ...view.units.map(({ unit, summary }) =>
              el(
                "article",
                { class: "item", "aria-labelledby": `unit-${unit.id}` },
                heading(3, unit.name, { id: `unit-${unit.id}`, lang: "da" }),
                el("p", { lang: "da", class: "summary" }, summary),
                el("p", {}, el("a", { href: input.unitLink(unit.id) }, t.tab.content.openUnit(unit.name))),
              ),
            ),
          ),
        ),
      },
      { label: t.tab.nav.forord, panel: forord },
    ]);
  const wholePage = el(
    "section",
    { class: "card whole-page", "aria-labelledby": "whole-page-heading" },
    el("h2", { id: "whole-page-heading" }, t.tab.feedback.pageHeading),
    el("p", { class: "muted", id: noteId }, t.tab.feedback.anonymityNote),
    row(
      wholePageSubject,
      t.tab.feedback.pageLegend(input.scopeName),
      t.tab.feedback.pageQuestion(input.scopeName),
    ),
  );
  return [
    ...sectionTabs(t.tab.nav.sections, [
      {
        label: t.tab.nav.ansvar,
        panel: section("ansvar", view.ansvar.title, itemArticle(view.ansvar, { level: 3, untitled: true })),
      },
      {
        label: t.tab.content.localInitiatives,
        panel: section(
          "local-initiatives",
          t.tab.content.localInitiatives,
          el("p", { class: "muted" }, t.tab.content.localInitiativesIntro),
          ...view.initiatives.map(({ pejlemaerke, item }) =>
            // A local initiative is titled by its pejlemærke; a heading of its own would say it twice.
            item.title === pejlemaerke.title
              ? rated(item, 3)
              : el(
                  "section",
                  { "aria-labelledby": `initiatives-${pejlemaerke.id}` },
                  heading(3, pejlemaerke.title, { id: `initiatives-${pejlemaerke.id}`, lang: "da" }),
                  rated(item, 4),
                ),
          ),
        ),
      },
      { label: t.tab.nav.crossCutting, panel: crossCutting },
      { label: t.shared.pejlemaerker, panel: pejlemaerker },
      { label: t.tab.nav.forord, panel: forord },
    ]),
    wholePage,
  ];
}

/** A pejlemærke's intro, then its focus areas folded away in an accordion (long text, no controls). */
function pejlemaerkeBlock(page: TabPage, pejlemaerke: PejlemaerkeView): HTMLElement {
  return el(
    "section",
    { class: "card", "aria-labelledby": `pejlemaerke-${pejlemaerke.id}` },
    heading(3, pejlemaerke.title, { id: `pejlemaerke-${pejlemaerke.id}`, lang: "da" }),
    itemArticle(pejlemaerke.intro, { level: 4, untitled: pejlemaerke.intro.title === pejlemaerke.title }),
    el("h4", {}, page.t.tab.content.focusAreas),
    el(
      "fluent-accordion",
      {},
      ...pejlemaerke.indsatsomraader.map((area) =>
        el(
          "fluent-accordion-item",
          { headinglevel: 5 },
          el("span", { slot: "heading", lang: "da" }, area.title),
          itemArticle(area, { level: 5, untitled: true }),
        ),
      ),
    ),
  );
}
