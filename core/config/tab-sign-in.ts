import { z } from "zod";
import { optionalTenantId, optionalText, settingError } from "./setting-values.ts";

/** Teams SSO for the tab API (Teams Toolkit's `AAD_APP_*` names). */
export const tabSignInSettings = {
  AAD_APP_CLIENT_ID: optionalText,
  AAD_APP_TENANT_ID: optionalTenantId,
  TAB_APP_ID_URI: optionalText,
  AAD_JWKS_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
};

type TabSignInValues = z.infer<z.ZodObject<typeof tabSignInSettings>>;

/** How the tab API checks a Teams SSO token. */
export interface SsoConfig {
  /** `AAD_APP_CLIENT_ID`: the tab's Entra app; accepted as the token's audience (v2 tokens). */
  clientId: string;
  /** `AAD_APP_TENANT_ID`: the one tenant whose tokens are accepted. */
  tenantId: string;
  /** `TAB_APP_ID_URI`: `api://<host>/<client id>`, the audience of v1 tokens; optional. */
  appIdUri?: string;
  /** `AAD_JWKS_URL`: where the signing keys are published; default the tenant's v2.0 keys. */
  jwksUrl: string;
}

/**
 * The tab's sign-in, or undefined without `AAD_APP_CLIENT_ID` (local mode, or a deployment whose tab
 * sign-in is not set up yet). The bot and the tab must serve the same tenant.
 */
export function tabSignIn(values: TabSignInValues, botTenantId: string | undefined): SsoConfig | undefined {
  const tenantId = values.AAD_APP_TENANT_ID;
  if (botTenantId && tenantId && botTenantId.toLowerCase() !== tenantId.toLowerCase())
    throw settingError("BOT_TENANT_ID", "must be the same tenant as AAD_APP_TENANT_ID");
  if (!values.AAD_APP_CLIENT_ID) return undefined;
  if (!tenantId) throw settingError("AAD_APP_TENANT_ID", "required when AAD_APP_CLIENT_ID is set");
  return {
    clientId: values.AAD_APP_CLIENT_ID,
    tenantId,
    ...(values.TAB_APP_ID_URI ? { appIdUri: values.TAB_APP_ID_URI } : {}),
    jwksUrl: values.AAD_JWKS_URL ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
  };
}
