import { describe, expect, it } from "vitest";
import { maySee, resultsAccess } from "../../core/feedback/leader-access.ts";

const leaders = {
  "*": ["director"],
  specialenheden: ["leader-special", "group-special-leaders"],
  beredskabsenheden: ["leader-beredskab"],
};

describe("who may see feedback results", () => {
  it("everyone in local mode", () => {
    expect(resultsAccess({}, ["anyone"], true)).toEqual({ kind: "everything", reason: "localMode" });
  });

  it("a unit's leaders see their unit only, also through a group", () => {
    const access = resultsAccess(leaders, ["someone", "group-special-leaders"], false);
    expect(access).toEqual({ kind: "units", unitIds: ["specialenheden"] });
    expect(maySee(access, "specialenheden")).toBe(true);
    expect(maySee(access, "beredskabsenheden")).toBe(false);
    expect(maySee(access, undefined)).toBe(false);
  });

  it("leaders under * see every unit and prompts without a unit", () => {
    const access = resultsAccess(leaders, ["director"], false);
    expect(access.kind).toBe("everything");
    expect(maySee(access, undefined)).toBe(true);
  });

  it("staff who are not leaders see nothing", () => {
    const access = resultsAccess(leaders, ["constable"], false);
    expect(access).toEqual({ kind: "nothing" });
    expect(maySee(access, "specialenheden")).toBe(false);
  });
});
