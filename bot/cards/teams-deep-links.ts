/**
 * Teams deep links into the app's own tabs (`https://teams.microsoft.com/l/entity/<app id>/<entity id>`),
 * built from the Teams app id (the manifest's `id`, `TEAMS_APP_ID`). Teams opens the tab and hands the
 * page `subEntityId` as `app.getContext().page.subPageId`: `item:<id>` for a section, `results` for the
 * results of the tab's unit (all the person may see, in the personal tab), `results:<unit id>` for one
 * unit's (`tab/web/sub-page.ts` reads them). Without an app id there is nothing to link to, and cards
 * show no link.
 */

/** The personal tab's `entityId` in `appPackage/manifest.json`. */
export const personalTabEntityId = "strategi";

/** The `entityId` the configuration page saves for a unit's channel or chat tab (`tab/web/config-page.ts`). */
export function unitTabEntityId(unitId: string): string {
  return `strategi-2025-${unitId}`;
}

/** A section of the strategy, opened in the personal tab. */
export function sectionDeepLink(teamsAppId: string, itemId: string): string {
  return entityLink(teamsAppId, personalTabEntityId, { subEntityId: `item:${itemId}` });
}

/**
 * Where a prompt's results are: the unit tab pinned in its channel or chat, when that conversation has
 * one (its id is a channel's, `…@thread.tacv2`, or a chat's); else the personal tab, opened at the unit.
 */
export function resultsDeepLink(
  teamsAppId: string,
  place: { unitId: string; conversationWithTab?: string },
): string {
  const conversation = place.conversationWithTab;
  if (!conversation)
    return entityLink(teamsAppId, personalTabEntityId, { subEntityId: `results:${place.unitId}` });
  const where: Record<string, string> = isChannel(conversation)
    ? { channelId: conversation }
    : { chatId: conversation, contextType: "chat" };
  return entityLink(teamsAppId, unitTabEntityId(place.unitId), { subEntityId: "results", ...where });
}

/** Every result the person's role lets them see, opened in the personal tab. */
export function allResultsDeepLink(teamsAppId: string): string {
  return entityLink(teamsAppId, personalTabEntityId, { subEntityId: "results" });
}

function entityLink(teamsAppId: string, entityId: string, context: Record<string, string>): string {
  const path = `${encodeURIComponent(teamsAppId)}/${encodeURIComponent(entityId)}`;
  return `https://teams.microsoft.com/l/entity/${path}?context=${encodeURIComponent(JSON.stringify(context))}`;
}

/** Channel ids end in `@thread.tacv2` (or `@thread.skype` in older teams); chat ids do not. */
function isChannel(conversationId: string): boolean {
  return /@thread\.(tacv2|skype)$/.test(conversationId);
}
