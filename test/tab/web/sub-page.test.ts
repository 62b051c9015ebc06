import { describe, expect, it } from "vitest";
import { linkedView, readSubPage } from "../../../tab/web/sub-page.ts";

describe("a deep link's sub-page", () => {
  it("is read as the bot's cards write it, and anything else opens the page as usual", () => {
    expect(readSubPage("item:forord")).toEqual({ kind: "item", itemId: "forord" });
    expect(readSubPage("results")).toEqual({ kind: "results" });
    expect(readSubPage("results:specialenheden")).toEqual({ kind: "results", unitId: "specialenheden" });
    for (const other of [undefined, "", "item:", "results:", "strategi", "Results", "view:results"])
      expect(readSubPage(other), String(other)).toBeUndefined();
  });

  it("opens results on the named unit, else the tab's, else everything (`all`)", () => {
    const units = { tabUnit: "beredskabsenheden", shownUnit: "beredskabsenheden" };
    expect(linkedView({ kind: "results", unitId: "specialenheden" }, units)).toEqual({
      unitId: "specialenheden",
      results: true,
    });
    expect(linkedView({ kind: "results" }, units).unitId).toBe("beredskabsenheden");
    expect(linkedView({ kind: "results" }, { shownUnit: "specialenheden" }).unitId).toBe("all");
  });

  it("opens a section on its own page, or on the page shown anyway when every page has it", () => {
    const item = { kind: "item", itemId: "x" } as const;
    const shown = { shownUnit: "lokalpolitienheden" };
    expect(linkedView(item, shown, { page: "unit", unitId: "specialenheden" }).unitId).toBe("specialenheden");
    expect(linkedView(item, shown, { page: "all" }).unitId).toBe("all");
    expect(linkedView(item, shown, { page: "any" })).toEqual({
      unitId: "lokalpolitienheden",
      results: false,
      itemId: "x",
    });
    expect(linkedView(item, {}, undefined).unitId).toBe("all");
  });
});
