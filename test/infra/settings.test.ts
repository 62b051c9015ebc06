// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{NAME}}` is the Agents Toolkit's placeholder syntax, compared here as text.
/**
 * The settings core/config.ts reads against what each place that runs the app sets:
 * - Azure: `settingsReadByCode` in infra/azure.bicep, the App Service app settings;
 * - local: the `.env` that `atk deploy --env local` writes from m365agents.local.yml.
 * Every setting is set, or left unset on purpose (below, with the reason); nothing is set that the
 * code does not read.
 */
import { describe, expect, it } from "vitest";
import { repoFile } from "../app-package/app-package-fixture.ts";
import {
  bicepObjectVar,
  configSchemaEntries,
  isOptionalOrDefaulted,
  localRuntimeSettings,
  toolkitProject,
} from "./infra-files.ts";

type Target = "azure" | "local";

/**
 * Settings a target leaves unset on purpose, and why. Each must be optional or have a default in
 * core/config.ts (the test checks), and an entry goes as soon as the target sets the setting.
 */
const leftUnset: Record<string, Partial<Record<Target, string>>> = {
  PORT: {
    azure: "App Service sets PORT for the app itself",
    local: "default 3978, the port the tunnel forwards",
  },
  HOST: { azure: "default 0.0.0.0", local: "default 0.0.0.0" },
  BOT_PASSWORD: { azure: "the bot is the managed identity (UserAssignedMSI), which must have no password" },
  CONTENT_DIR: { azure: "default: the strategy in the repository", local: "default" },
  LEXICON_DIR: { azure: "default", local: "default" },
  LOG_LEVEL: { azure: "default info", local: "default info" },
  MAX_QUESTION_LENGTH: { azure: "default 500", local: "default 500" },
  MAX_BODY_BYTES: { azure: "default 256 KiB", local: "default 256 KiB" },
  RATE_LIMIT_PER_MINUTE: { azure: "default 30 a minute, burst 10", local: "default 30 a minute, burst 10" },
  DATABASE_URL: { local: "a developer's machine uses the SQLite file" },
  SQLITE_FILE: { azure: "unused: Azure sets DATABASE_URL", local: "default data/strategilotsen.sqlite" },
  FEEDBACK_DAYS_OPEN: { azure: "default 7", local: "default 7" },
  MIN_GROUP_SIZE: { azure: "default 5", local: "default 5" },
  COMMENT_RETENTION_MONTHS: { local: "default 12" },
  APPLICATIONINSIGHTS_CONNECTION_STRING: { local: "no telemetry from a developer's machine" },
  SEARCH_WARM_UP: { azure: "default on", local: "default on" },
};

/** Settings App Service reads itself; infra/azure.bicep keeps them apart in `platformSettings`. */
const platformSettings: Record<string, string> = {
  SCM_DO_BUILD_DURING_DEPLOYMENT:
    "zip deploy installs node_modules on the server (Linux builds of native modules)",
  ApplicationInsightsAgent_EXTENSION_VERSION:
    "keeps the App Service agent off: the app sends its own, redacted telemetry (core/telemetry/)",
};

const bicep = repoFile("infra/azure.bicep");
const config = configSchemaEntries();
const readByCode = [...config.keys()];
const setBy: Record<Target, string[]> = {
  azure: [...bicepObjectVar(bicep, "settingsReadByCode").keys()],
  local: Object.keys(localRuntimeSettings()),
};

describe("the settings core/config.ts reads", () => {
  it("are found in its environment schema", () => {
    expect(readByCode).toEqual(
      expect.arrayContaining(["PORT", "BOT_ID", "DATABASE_URL", "AAD_APP_CLIENT_ID"]),
    );
  });

  for (const target of ["azure", "local"] as const) {
    it(`are each set for ${target}, or left unset on purpose`, () => {
      const missing = readByCode.filter((key) => !setBy[target].includes(key) && !leftUnset[key]?.[target]);
      expect(missing, `set these for ${target}, or add them to leftUnset with the reason`).toEqual([]);
    });

    it(`are all that ${target} sets: nothing there goes unread`, () => {
      const unread = setBy[target].filter((key) => !readByCode.includes(key));
      expect(unread, "core/config.ts does not read these").toEqual([]);
    });
  }

  it("left unset are optional or have a default, and really are unset there", () => {
    for (const [key, targets] of Object.entries(leftUnset)) {
      const schema = config.get(key);
      expect(schema, `${key} is no longer read by core/config.ts: remove it from leftUnset`).toBeDefined();
      expect(schema && isOptionalOrDefaulted(schema), `${key} is required by core/config.ts`).toBe(true);
      for (const target of Object.keys(targets) as Target[])
        expect(setBy[target], `${target} sets ${key} now: remove it from leftUnset`).not.toContain(key);
    }
  });
});

describe("Azure's app settings", () => {
  const azure = bicepObjectVar(bicep, "settingsReadByCode");

  it("keep secrets in Key Vault: the settings are references, resolved by the managed identity", () => {
    for (const secret of ["DATABASE_URL", "FEEDBACK_SECRET"])
      expect(azure.get(secret), secret).toMatch(
        /^'@Microsoft\.KeyVault\(SecretUri=\$\{\w+\.properties\.secretUri\}\)'$/,
      );
    expect(bicep).toContain("keyVaultReferenceIdentity: identity.id");
  });

  it("make the bot the managed identity, with no password", () => {
    expect(azure.get("BOT_TYPE")).toMatch(/^'UserAssignedMSI'/);
    expect(azure.get("BOT_ID")).toBe("identity.properties.clientId");
    expect(config.get("BOT_TYPE")?.safeParse("UserAssignedMSI").success).toBe(true);
  });

  it("give the tab the same application id URI as the manifest's SSO resource", () => {
    expect(azure.get("TAB_APP_ID_URI")).toBe(
      "'api://${webApp.properties.defaultHostName}/${aadAppClientId}'",
    );
    expect(localRuntimeSettings().TAB_APP_ID_URI).toBe("api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}");
  });

  it("keep App Service's own settings apart, none of them read by the code", () => {
    const platform = [...bicepObjectVar(bicep, "platformSettings").keys()];
    expect(platform.sort()).toEqual(Object.keys(platformSettings).sort());
    for (const key of platform) expect(readByCode).not.toContain(key);
    expect(bicep).toContain("properties: union(platformSettings, settingsReadByCode)");
  });
});

describe("the local bot", () => {
  it("is single-tenant, as the toolkit's current templates make it: its own tenant goes to BOT_TENANT_ID", () => {
    const botApp = toolkitProject("m365agents.local.yml").provision?.find(
      (action) => action.uses === "aadApp/create" && action.writeToEnvironmentFile?.clientId === "BOT_ID",
    );
    expect(botApp?.with?.signInAudience).toBe("AzureADMyOrg");
    expect(botApp?.writeToEnvironmentFile?.tenantId).toBe("BOT_TENANT_ID");
    expect(localRuntimeSettings()).toMatchObject({
      BOT_TYPE: "SingleTenant",
      BOT_TENANT_ID: "${{BOT_TENANT_ID}}",
    });
  });
});
