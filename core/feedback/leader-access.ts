/**
 * Who may see feedback results, decided by the person's Entra app roles (the `roles` claim of their
 * validated Teams SSO token): the same rule in the tab and, by deep link into the tab, the bot. Roles are
 * assigned to users or groups in Entra (Enterprise applications → Users and groups) and reach the token
 * without group claims, so people in more than 200 groups keep their access. The roles are declared in
 * `infra/aad.manifest.json`: `Results.All` and one `Results.<unit id>` per unit of the content.
 */

/** The app role that shows every unit's results, the organisation's and prompts tied to no unit. */
export const allResultsRole = "Results.All";

/** The app role that shows one unit's results (`Results.specialenheden`). */
export function unitResultsRole(unitId: string): string {
  return `Results.${unitId}`;
}

/** What a person may see of feedback results. */
export type ResultsAccess =
  | { kind: "everything"; reason: "localMode" | "allUnits" }
  | { kind: "units"; unitIds: string[] }
  | { kind: "nothing" };

/**
 * Decides what results a person may see from their app roles. In local mode (no sign-in configured, a
 * developer's machine) everyone sees everything, and the pages say so. Otherwise `Results.All` is every
 * unit and `Results.<unit id>` that unit; a role naming no unit of `knownUnitIds`, or any other role, gives
 * nothing, so a stale or misspelt role in Entra opens no results.
 */
export function resultsAccess(
  roles: readonly string[],
  knownUnitIds: readonly string[],
  localMode: boolean,
): ResultsAccess {
  if (localMode) return { kind: "everything", reason: "localMode" };
  if (roles.includes(allResultsRole)) return { kind: "everything", reason: "allUnits" };
  const unitIds = knownUnitIds.filter((unitId) => roles.includes(unitResultsRole(unitId)));
  return unitIds.length > 0 ? { kind: "units", unitIds } : { kind: "nothing" };
}

/** Whether the access covers a unit; prompts tied to no unit are seen only with access to everything. */
export function maySee(access: ResultsAccess, unitId: string | undefined): boolean {
  if (access.kind === "everything") return true;
  return access.kind === "units" && unitId !== undefined && access.unitIds.includes(unitId);
}
