import type {
  ItemView,
  MyAnswer,
  PejlemaerkeView,
  UnitView,
  WholeStrategyView,
} from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";
import { feedbackForm } from "./feedback-form.ts";
import { type HeadingLevel, heading, itemArticle, withParts } from "./item-view.ts";
import { describeError, type TabPage } from "./tab-page.ts";

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
 * A unit's page: its ansvar, its local initiatives under each pejlemærke, what concerns every unit,
 * the two pejlemærker, the forord — with a feedback form on each initiative and on the page as a whole.
 * "Hele Københavns Politi" shows the whole strategy instead, every unit briefly, with nothing to rate
 * (feedback belongs to a unit: the API takes none for `all`).
 */
export function strategyView(page: TabPage, input: StrategyViewInput): HTMLElement[] {
  const { t } = page;
  const answerTo = new Map(input.answers.map((answer) => [answer.subjectId, answer]));
  const noteId = "anonymity-note";
  const form = (subjectId: string, legend: string) =>
    feedbackForm({
      t,
      api: page.api,
      unitId: input.unitId,
      subjectId,
      legend,
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
        ratable ? form(item.id, t.feedback.itemLegend(item.title)) : null,
      ],
    });
  const section = (id: string, title: string, ...children: (Node | null)[]) =>
    el("section", { "aria-labelledby": id }, el("h2", { id }, title), ...children);
  const { view } = input;

  const crossCutting = section(
    "cross-cutting",
    t.content.crossCutting,
    el("p", { class: "muted" }, t.content.crossCuttingIntro),
    ...withParts(view.crossCutting).map(({ item, parts }) => rated(item, 3, parts)),
  );
  const pejlemaerker = section(
    "pejlemaerker",
    t.content.pejlemaerker,
    ...view.pejlemaerker.map((pejlemaerke) => pejlemaerkeBlock(page, pejlemaerke)),
  );
  const forord = section("forord", view.forord.title, itemArticle(view.forord, { level: 3, untitled: true }));
  const wholePage = () =>
    section(
      "whole-page",
      t.feedback.pageHeading,
      el("p", { class: "muted", id: noteId }, t.feedback.anonymityNote),
      form(wholePageSubject, t.feedback.pageLegend(input.scopeName)),
    );

  if (view.kind === "all")
    return [
      section(
        "introduction",
        t.content.introduction,
        ...view.introduction.map((item) => itemArticle(item, { level: 3 })),
      ),
      pejlemaerker,
      crossCutting,
      section(
        "units",
        t.content.units,
        ...view.units.map(({ unit, summary }) =>
          el(
            "article",
            { class: "item", "aria-labelledby": `unit-${unit.id}` },
            heading(3, unit.name, { id: `unit-${unit.id}`, lang: "da" }),
            el("p", { lang: "da" }, summary),
            el("p", {}, el("a", { href: input.unitLink(unit.id) }, t.content.openUnit(unit.name))),
          ),
        ),
      ),
      forord,
    ];
  return [
    section("ansvar", view.ansvar.title, itemArticle(view.ansvar, { level: 3, untitled: true })),
    section(
      "local-initiatives",
      t.content.localInitiatives,
      el("p", { class: "muted" }, t.content.localInitiativesIntro),
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
    crossCutting,
    pejlemaerker,
    wholePage(),
    forord,
  ];
}

/** A pejlemærke's intro, then its focus areas folded away (long text, no controls inside). */
function pejlemaerkeBlock(page: TabPage, pejlemaerke: PejlemaerkeView): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": `pejlemaerke-${pejlemaerke.id}` },
    heading(3, pejlemaerke.title, { id: `pejlemaerke-${pejlemaerke.id}`, lang: "da" }),
    itemArticle(pejlemaerke.intro, { level: 4, untitled: pejlemaerke.intro.title === pejlemaerke.title }),
    el("h4", {}, page.t.content.focusAreas),
    ...pejlemaerke.indsatsomraader.map((area) =>
      el(
        "details",
        {},
        el("summary", { lang: "da" }, area.title),
        itemArticle(area, { level: 5, untitled: true }),
      ),
    ),
  );
}
