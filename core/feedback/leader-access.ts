/** Who may see feedback results: Entra object ids (users or groups) per unit id; `*` is every unit. */
export type LeaderDirectory = Readonly<Record<string, readonly string[]>>;

/** What a person may see of feedback results. */
export type ResultsAccess =
  | { kind: "everything"; reason: "localMode" | "allUnits" }
  | { kind: "units"; unitIds: string[] }
  | { kind: "nothing" };

/**
 * Decides what results a person may see. In local mode (no bot registration, a developer's machine)
 * everyone sees everything, and the pages say so; otherwise only the leaders configured for a unit
 * see that unit, and those configured under `*` see all. `principalIds` are the person's own object id
 * and the ids of the groups they belong to (from their token), so leadership can be granted to a group.
 */
export function resultsAccess(
  leaders: LeaderDirectory,
  principalIds: readonly string[],
  localMode: boolean,
): ResultsAccess {
  if (localMode) return { kind: "everything", reason: "localMode" };
  const isListed = (unitId: string) => (leaders[unitId] ?? []).some((id) => principalIds.includes(id));
  if (isListed("*")) return { kind: "everything", reason: "allUnits" };
  const unitIds = Object.keys(leaders).filter((unitId) => unitId !== "*" && isListed(unitId));
  return unitIds.length > 0 ? { kind: "units", unitIds } : { kind: "nothing" };
}

/** Whether the access covers a unit; prompts tied to no unit are seen only with access to everything. */
export function maySee(access: ResultsAccess, unitId: string | undefined): boolean {
  if (access.kind === "everything") return true;
  return access.kind === "units" && unitId !== undefined && access.unitIds.includes(unitId);
}
