import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../../core/content/load-strategy.ts";
import { ratableSubjects, tabFeedbackClosesAt } from "../../../tab/api/feedback-subjects.ts";
import { itemView, unitView, wholeStrategyView } from "../../../tab/api/strategy-views.ts";

const strategy = loadStrategy("content/strategi-2025");
const crossCuttingIds = strategy.items
  .filter((item) => item.kind === "digitalisering" || item.kind === "tvaergaaende-initiativ")
  .map((item) => item.id);

describe("unitView", () => {
  it.each(strategy.units.map((unit) => [unit.id, unit] as const))(
    "%s: its ansvar, both initiatives and what is cross-cutting",
    (id, unit) => {
      const view = unitView(strategy, unit);
      expect(view.kind).toBe("unit");
      expect(view.unit).toEqual({ id, name: unit.name });
      expect(view.ansvar.id).toBe(`${id}-ansvar`);
      expect(view.ansvar.kind).toBe("ansvar");
      expect(view.initiatives.map((initiative) => [initiative.pejlemaerke.id, initiative.item.id])).toEqual([
        ["taettere-paa-borgerne", `${id}-taettere-paa-borgerne`],
        ["sund-drift", `${id}-sund-drift`],
      ]);
      expect(view.initiatives.map((initiative) => initiative.pejlemaerke.title)).toEqual([
        "Tættere på borgerne",
        "Sund drift",
      ]);
      expect(view.crossCutting.map((item) => item.id)).toEqual(crossCuttingIds);
      expect(view.pejlemaerker.map((pejlemaerke) => pejlemaerke.indsatsomraader.length)).toEqual([2, 2]);
      expect(view.forord.id).toBe("forord");
    },
  );

  it("quotes every paragraph verbatim, and leaves out the editors' keywords and questions", () => {
    const item = strategy.itemById.get("specialenheden-taettere-paa-borgerne");
    if (!item) throw new Error("content changed: no specialenheden-taettere-paa-borgerne");
    const view = itemView(item);
    expect(view.paragraphs.map((paragraph) => paragraph.text)).toEqual(item.paragraphs.map((p) => p.text));
    const json = JSON.stringify(strategy.units.map((unit) => unitView(strategy, unit)));
    expect(json).not.toContain('"keywords"');
    expect(json).not.toContain('"questions"');
    expect(json).not.toContain('"file"');
  });
});

describe("wholeStrategyView", () => {
  it("lists the six units with the first paragraph of their ansvar, and the strategy around them", () => {
    const view = wholeStrategyView(strategy);
    expect(view.units).toHaveLength(6);
    for (const { unit, summary } of view.units) {
      expect(summary).toBe(strategy.itemById.get(`${unit.id}-ansvar`)?.paragraphs[0]?.text);
    }
    expect(view.introduction.map((item) => item.kind)).toEqual(["indledning", "indledning"]);
    expect(view.pejlemaerker.map((pejlemaerke) => pejlemaerke.id)).toEqual([
      "taettere-paa-borgerne",
      "sund-drift",
    ]);
    expect(view.crossCutting.map((item) => item.id)).toEqual(crossCuttingIds);
  });
});

describe("ratableSubjects", () => {
  it("offers the page as a whole, the unit's ansvar and initiatives and the cross-cutting items, no other", () => {
    const unit = strategy.unitById.get("specialenheden");
    if (!unit) throw new Error("content changed: no specialenheden");
    const subjects = ratableSubjects(unitView(strategy, unit));
    expect(subjects.map((subject) => subject.id)).toEqual([
      "unit",
      "specialenheden-ansvar",
      "specialenheden-taettere-paa-borgerne",
      "specialenheden-sund-drift",
      ...crossCuttingIds,
    ]);
    expect(subjects.map((subject) => subject.title).slice(0, 4)).toEqual([
      "Fanen: enhedens side som helhed",
      "Fanen: Ansvar, opgaver og indsatser",
      "Fanen: Tættere på borgerne",
      "Fanen: Sund drift",
    ]);
    expect(subjects.find((subject) => subject.id === "digitalt-mindset-indsats")?.title).toBe(
      "Fanen: Digitalt mindset – digitale løsninger › Indsats",
    );
  });

  it("keeps the tab's standing prompts open while the strategy is served", () => {
    expect(tabFeedbackClosesAt({ year: 2025 }).getUTCFullYear()).toBe(9999);
  });
});
