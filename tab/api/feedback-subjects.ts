import type { Strategy } from "../../core/content/strategy.ts";
import type { FeedbackSubject, UnitView } from "./tab-api-contract.ts";

/** The subject id of a unit's page as a whole. */
export const wholePageSubject = "unit";

/** Something on a unit's page that staff can rate, and the title its prompt gets in results. */
export interface RatableSubject {
  id: FeedbackSubject;
  /** Shown to leaders and in the CSV; starts with "Fanen:" so it reads apart from meeting prompts. */
  title: string;
}

/**
 * What can be rated on a unit's page, in page order: the page as a whole, the unit's ansvar, its local
 * initiatives and every cross-cutting item (digitalisering, the tværgående initiativer and their
 * "Indsats" parts). The forord and the pejlemærker are shown for context but are not the unit's to
 * act on, so they are not rated. Pure: the page and the API agree because both derive from the view.
 */
export function ratableSubjects(view: UnitView): RatableSubject[] {
  const items = [view.ansvar, ...view.initiatives.map((initiative) => initiative.item), ...view.crossCutting];
  return [
    { id: wholePageSubject, title: "Fanen: enhedens side som helhed" },
    ...items.map((item) => ({
      id: item.id,
      // The breadcrumb without its section ("Lokale initiativer") and the unit, which results show anyway.
      title: `Fanen: ${item.breadcrumb
        .slice(1)
        .filter((part) => part !== view.unit.name)
        .join(" › ")}`,
    })),
  ];
}

/**
 * When the tab's standing prompts stop taking answers: never, while the strategy is served. A unit page
 * is rated for as long as staff see it (a strategy stays in use past its year, as this one does now);
 * meeting and chat prompts are the ones that close, after `FEEDBACK_DAYS_OPEN` days.
 */
export function tabFeedbackClosesAt(_strategy: Pick<Strategy, "year">): Date {
  return new Date(Date.UTC(9999, 11, 31));
}
