// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{NAME}}` is the Agents Toolkit's placeholder syntax, compared here as text.
/**
 * The tab's Entra app registration (`infra/aad.manifest.json`, applied by `aadApp/update`): every
 * Microsoft host that shows the tab may get an SSO token for it without a consent prompt, and the
 * token carries what `tab/api/sso-token.ts` requires: the person's app roles, which decide who sees
 * results (`core/feedback/leader-access.ts`), and no group claims.
 */
import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { allResultsRole, unitResultsRole } from "../../core/feedback/leader-access.ts";
import { repoFile } from "../app-package/app-package-fixture.ts";

interface AadManifest {
  signInAudience: string;
  groupMembershipClaims?: string | null;
  optionalClaims: { accessToken: { name: string }[] };
  oauth2Permissions: { id: string; value: string; type: string; isEnabled: boolean }[];
  preAuthorizedApplications: { appId: string; permissionIds: string[] }[];
  appRoles: {
    allowedMemberTypes: string[];
    description: string;
    displayName: string;
    id: string;
    isEnabled: boolean;
    value: string;
  }[];
}

const manifest = JSON.parse(repoFile("infra/aad.manifest.json")) as AadManifest;

/**
 * Microsoft's list of client ids to pre-authorise for a tab's SSO, "Configure your tab app in
 * Microsoft Entra ID", https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad
 * (section "To configure authorized client application"). Microsoft 365 mobile and Outlook desktop
 * share one id.
 */
const microsoftHosts: Record<string, string> = {
  "Teams desktop and mobile": "1fec8e78-bce4-4aaf-ab1b-5451cc387264",
  "Teams web": "5e3ce6c0-2b1f-4285-8d4b-75ee78787346",
  "Microsoft 365 web": "4765445b-32c6-49b0-83e6-1d93765276ca",
  "Microsoft 365 desktop": "0ec893e0-5785-4de6-99da-4ed124e5296c",
  "Microsoft 365 mobile, Outlook desktop": "d3590ed6-52b3-4102-aeff-aad2292ab01c",
  "Outlook web": "bc59ab01-8403-45c6-8796-ac3ef710b3e3",
  "Outlook mobile": "27922004-5251-4030-b22d-91ecd9a37ea4",
};

describe("the tab's Entra app registration", () => {
  it("pre-authorises every Teams, Microsoft 365 and Outlook client for access_as_user, and nothing else", () => {
    const scope = manifest.oauth2Permissions.find((permission) => permission.value === "access_as_user");
    expect(scope).toMatchObject({ type: "User", isEnabled: true });
    const authorised = manifest.preAuthorizedApplications;
    expect(authorised.map((app) => app.appId).sort()).toEqual(Object.values(microsoftHosts).sort());
    for (const app of authorised) expect(app.permissionIds, app.appId).toEqual([scope?.id]);
  });

  it("is for this tenant only, and asks Entra for the idtyp claim that tells an app's token from a person's", () => {
    expect(manifest.signInAudience).toBe("AzureADMyOrg");
    expect(manifest.optionalClaims.accessToken.map((claim) => claim.name)).toContain("idtyp");
  });
});

describe("the app roles that decide who sees feedback results", () => {
  const unitIds = loadStrategy("content/strategi-2025").units.map((unit) => unit.id);
  const values = manifest.appRoles.map((role) => role.value);

  it("are Results.All and one Results.<unit id> per unit of the content, and nothing else", () => {
    expect(values.sort()).toEqual([allResultsRole, ...unitIds.map(unitResultsRole)].sort());
  });

  it("point at no unit the content does not have", () => {
    for (const value of values.filter((each) => each !== allResultsRole))
      expect(unitIds.map(unitResultsRole), value).toContain(value);
  });

  it("are assigned to users or groups (not apps), enabled, with fixed GUIDs and a Danish and English text", () => {
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const role of manifest.appRoles) {
      expect(role.allowedMemberTypes, role.value).toEqual(["User"]);
      expect(role.isEnabled, role.value).toBe(true);
      expect(role.id, role.value).toMatch(guid);
      expect(role.description, role.value).toMatch(
        /^Ser feedbackresultaterne .+ \/ Sees the feedback results /,
      );
      expect(role.displayName, role.value).toMatch(/^Resultater: .+ \/ Results: /);
    }
    expect(new Set(manifest.appRoles.map((role) => role.id)).size).toBe(manifest.appRoles.length);
  });

  it("reach the token without group claims, which the app does not ask for", () => {
    expect(manifest.groupMembershipClaims).toBe("None");
  });
});
