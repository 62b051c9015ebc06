import { z } from "zod";
import { optionalTenantId, optionalText, settingError } from "./setting-values.ts";

/** The bot's Entra registration and the Teams app it belongs to (Teams Toolkit's names). */
export const botSettings = {
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  // Single-tenant by default: creating multi-tenant bots is deprecated, and this app serves one tenant.
  BOT_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("SingleTenant"),
  BOT_TENANT_ID: optionalTenantId,
  TEAMS_APP_ID: optionalText.pipe(
    z
      .string()
      .regex(/^[0-9A-Za-z-]{1,100}$/, "must be the Teams app id (the manifest's id)")
      .optional(),
  ),
};

type BotValues = z.infer<z.ZodObject<typeof botSettings>>;

/** The bot's registration; absent in local mode, where incoming activities are not authenticated. */
export interface BotRegistration {
  appId: string;
  password?: string;
  type: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  /**
   * `BOT_TENANT_ID`: the one tenant whose activities are served (others get 403), and the tenant the
   * bot's own tokens are issued in. Required with a bot id, whatever `type` says.
   */
  tenantId: string;
}

/** The registration `BOT_*` describe, or undefined without `BOT_ID`; fails on an incomplete one. */
export function botRegistration(values: BotValues): BotRegistration | undefined {
  if (!values.BOT_ID) return undefined;
  if (!values.BOT_TENANT_ID)
    throw settingError(
      "BOT_TENANT_ID",
      "required when BOT_ID is set (the one tenant whose activities the bot serves)",
    );
  if (values.BOT_TYPE !== "UserAssignedMSI" && !values.BOT_PASSWORD)
    throw settingError(
      "BOT_PASSWORD",
      `required when BOT_TYPE is ${values.BOT_TYPE} (only a managed identity has none)`,
    );
  return {
    appId: values.BOT_ID,
    type: values.BOT_TYPE,
    tenantId: values.BOT_TENANT_ID,
    ...(values.BOT_PASSWORD ? { password: values.BOT_PASSWORD } : {}),
  };
}
