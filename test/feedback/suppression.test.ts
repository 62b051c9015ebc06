import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clampMinGroupSize,
  type SuppressionGroup,
  suppress,
  type Visibility,
} from "../../core/feedback/suppression.ts";

/** The groups that are hidden, with their reasons, as a plain object that reads well in a failure. */
function hiddenOf(visibility: ReadonlyMap<string, Visibility>): Record<string, string> {
  const hidden: Record<string, string> = {};
  for (const [id, seen] of visibility) if (!seen.visible) hidden[id] = seen.reason;
  return hidden;
}

const group = (id: string, count: number, parentId?: string, family?: string): SuppressionGroup => ({
  id,
  count,
  parentId,
  family,
});

describe("suppress", () => {
  it("hides a group of 4 answers as too few and shows one of 5", () => {
    const visibility = suppress([group("org", 9), group("a", 4, "org"), group("b", 5, "org")]);
    expect(visibility.get("a")).toEqual({ visible: false, reason: "tooFew" });
    expect(visibility.get("org")).toEqual({ visible: true });
    // b alone could give a away (9 − 5 = 4), so it goes too.
    expect(visibility.get("b")).toEqual({ visible: false, reason: "complementary" });
  });

  it("hides both children of 12 = 8 + 4, or 12 − 8 would give the 4 away", () => {
    const visibility = suppress([group("unit", 12), group("morning", 8, "unit"), group("late", 4, "unit")]);
    expect(hiddenOf(visibility)).toEqual({ late: "tooFew", morning: "complementary" });
  });

  it("hides only the smallest visible sibling, and nothing more once two are hidden", () => {
    const siblings = [group("a", 4, "p"), group("b", 6, "p"), group("c", 10, "p"), group("d", 7, "p")];
    expect(hiddenOf(suppress([group("p", 27), ...siblings]))).toEqual({ a: "tooFew", b: "complementary" });
    const twoSmall = [group("a", 3, "p"), group("b", 4, "p"), group("c", 13, "p")];
    expect(hiddenOf(suppress([group("p", 20), ...twoSmall]))).toEqual({ a: "tooFew", b: "tooFew" });
  });

  it("carries on down: a parent hidden as complementary hides its smallest child, or its children add up to it", () => {
    const tree = [
      group("org", 20),
      group("a", 4, "org"),
      group("b", 16, "org"),
      group("b1", 8, "b"),
      group("b2", 8, "b"),
    ];
    expect(hiddenOf(suppress(tree))).toEqual({ a: "tooFew", b: "complementary", b1: "complementary" });
  });

  it("carries on up a level: a child hidden as complementary hides a sibling of it in its own family", () => {
    const tree = [
      group("org", 40),
      group("a", 20, "org"),
      group("b", 20, "org"),
      group("a1", 4, "a"),
      group("a2", 16, "a"),
    ];
    // a2 is hidden beside a1; a itself stays, its family has two unknowns.
    expect(hiddenOf(suppress(tree))).toEqual({ a1: "tooFew", a2: "complementary" });
  });

  it("checks each split of a parent on its own (units and topics of the organisation)", () => {
    const tree = [
      group("org", 30),
      group("unit-a", 26, "org", "units"),
      group("unit-b", 4, "org", "units"),
      group("topic-x", 10, "org", "topics"),
      group("topic-y", 3, "org", "topics"),
      group("topic-z", 12, "org", "topics"),
    ];
    expect(hiddenOf(suppress(tree))).toEqual({
      "unit-a": "complementary",
      "unit-b": "tooFew",
      "topic-x": "complementary",
      "topic-y": "tooFew",
    });
  });

  it("leaves a visible parent alone when its only child is hidden", () => {
    expect(hiddenOf(suppress([group("org", 40), group("only", 2, "org")]))).toEqual({ only: "tooFew" });
  });

  it("uses 5 by default, takes a larger setting, and never goes below 3", () => {
    const small = [group("x", 2), group("y", 3), group("z", 6)];
    expect(hiddenOf(suppress(small))).toEqual({ x: "tooFew", y: "tooFew" });
    expect(hiddenOf(suppress(small, { minGroupSize: 1 }))).toEqual({ x: "tooFew" });
    expect(hiddenOf(suppress(small, { minGroupSize: 7 }))).toEqual({ x: "tooFew", y: "tooFew", z: "tooFew" });
    expect([undefined, Number.NaN, -4, 2, 3, 3.2, 10].map(clampMinGroupSize)).toEqual([5, 5, 3, 3, 3, 4, 10]);
  });

  it("rejects two groups with one id", () => {
    expect(() => suppress([group("a", 5), group("a", 6)])).toThrow('feedback: duplicate group id "a"');
  });
});

/** Any forest of groups: each group's parent comes before it, counts are arbitrary, two splits. */
const forests = fc
  .array(fc.record({ parent: fc.option(fc.nat()), family: fc.constantFrom("a", "b"), count: fc.nat(30) }), {
    maxLength: 40,
  })
  .map((rows) =>
    rows.map(({ parent, family, count }, index): SuppressionGroup => {
      const parentId = parent === null || index === 0 ? undefined : `g${parent % index}`;
      return { id: `g${index}`, count, parentId, family };
    }),
  );

const minGroupSizes = fc.option(fc.integer({ min: -2, max: 12 }), { nil: undefined });

describe("suppress, for any tree of counts", () => {
  it("shows only groups with at least minGroupSize answers, and hides every smaller one as too few", () => {
    fc.assert(
      fc.property(forests, minGroupSizes, (groups, minGroupSize) => {
        const min = clampMinGroupSize(minGroupSize);
        const visibility = suppress(groups, { minGroupSize });
        for (const { id, count } of groups) {
          const seen = visibility.get(id);
          if (seen?.visible) expect(count).toBeGreaterThanOrEqual(min);
          if (count < min) expect(seen).toEqual({ visible: false, reason: "tooFew" });
        }
      }),
    );
  });

  it("leaves no hidden group that one subtraction (or one sum) of visible groups would give back", () => {
    fc.assert(
      fc.property(forests, minGroupSizes, (groups, minGroupSize) => {
        const visibility = suppress(groups, { minGroupSize });
        const visible = (id: string) => visibility.get(id)?.visible !== false;
        for (const parent of groups) {
          for (const family of ["a", "b"]) {
            const members = groups.filter((child) => child.parentId === parent.id && child.family === family);
            const hidden = members.filter((child) => !visible(child.id));
            const shownSiblings = members.length - hidden.length;
            // Visible parent, one hidden child, visible siblings: parent − siblings = the hidden child.
            if (visible(parent.id) && shownSiblings > 0) expect(hidden.length).not.toBe(1);
            // Hidden parent, all children visible: their sum gives the parent back.
            if (!visible(parent.id) && members.length > 0) expect(hidden.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it("hides nothing when every group is large enough, and always answers for every group", () => {
    fc.assert(
      fc.property(forests, (groups) => {
        const large = groups.map((entry) => ({ ...entry, count: entry.count + 5 }));
        expect(hiddenOf(suppress(large))).toEqual({});
        expect([...suppress(groups).keys()]).toEqual(groups.map((entry) => entry.id));
      }),
    );
  });
});
