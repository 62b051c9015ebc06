import { describe, expect, it } from "vitest";
import { maySee, resultsAccess } from "../../core/feedback/leader-access.ts";

const units = ["specialenheden", "beredskabsenheden", "anklagemyndigheden"];

describe("who may see feedback results, by app role", () => {
  it("everyone in local mode, whatever roles they have", () => {
    expect(resultsAccess([], units, true)).toEqual({ kind: "everything", reason: "localMode" });
  });

  it("Results.<unit> sees that unit only, and no prompt tied to no unit", () => {
    const access = resultsAccess(["Results.specialenheden"], units, false);
    expect(access).toEqual({ kind: "units", unitIds: ["specialenheden"] });
    expect(maySee(access, "specialenheden")).toBe(true);
    expect(maySee(access, "beredskabsenheden")).toBe(false);
    expect(maySee(access, undefined)).toBe(false);
  });

  it("several unit roles see those units", () => {
    const access = resultsAccess(["Results.beredskabsenheden", "Results.specialenheden"], units, false);
    expect(access).toEqual({ kind: "units", unitIds: ["specialenheden", "beredskabsenheden"] });
  });

  it("Results.All sees every unit and prompts without a unit", () => {
    const access = resultsAccess(["Results.All"], units, false);
    expect(access).toEqual({ kind: "everything", reason: "allUnits" });
    expect(maySee(access, undefined)).toBe(true);
  });

  it("no roles, other apps' roles, and roles naming no unit of the content see nothing", () => {
    for (const roles of [
      [],
      ["Admin", "Task.Write"],
      ["Results.politiskolen"],
      ["results.specialenheden", "Results.Specialenheden", "Results.all"],
      ["Results.", "Results.*", "specialenheden"],
    ]) {
      const access = resultsAccess(roles, units, false);
      expect(access, roles.join(",")).toEqual({ kind: "nothing" });
      expect(maySee(access, "specialenheden")).toBe(false);
    }
  });

  it("an unknown unit role beside a known one is ignored", () => {
    expect(resultsAccess(["Results.politiskolen", "Results.specialenheden"], units, false)).toEqual({
      kind: "units",
      unitIds: ["specialenheden"],
    });
  });
});
