import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fillPlaceholders, loadEnvironment, repoRoot } from "../../scripts/package-app.ts";

/** The environments the repository defines, each with its `env/.env.<name>` file. */
export const environments = ["local", "dev"] as const;
export type EnvironmentName = (typeof environments)[number];

/**
 * What provision writes into each env file (`teamsApp/create`, `aadApp/create`, the Bicep outputs, or
 * the developer's tunnel for `local`): made-up ids of the right shape, so the committed env files can
 * be filled the way they will be after a real provision.
 */
export const provisioned: Record<EnvironmentName, Record<string, string>> = {
  local: {
    TEAMS_APP_ID: "0b6d3c1e-5f2a-4c8e-9a71-2d4f6b8e0c13",
    BOT_ID: "7e2a9c44-1b3d-4f5e-8a6c-9d0e1f2a3b4c",
    AAD_APP_CLIENT_ID: "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
    AAD_APP_TENANT_ID: "f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b",
    TAB_DOMAIN: "k7x2m9p4-3978.euw.devtunnels.ms",
  },
  dev: {
    TEAMS_APP_ID: "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d",
    BOT_ID: "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
    AAD_APP_CLIENT_ID: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
    AAD_APP_TENANT_ID: "f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b",
    TAB_DOMAIN: "strategilotsen-kbhpol-dev.azurewebsites.net",
  },
};

/** An environment's variables as they will be after provision: its env file plus `provisioned`. */
export function environmentAfterProvision(name: EnvironmentName): Record<string, string> {
  return { ...loadEnvironment(name), ...provisioned[name] };
}

/** A file of the repository, as text. */
export function repoFile(path: string): string {
  return readFileSync(join(repoRoot, path), "utf8");
}

/** The app manifest as `npm run package` fills it for an environment after provision. */
export function filledManifest(name: EnvironmentName): AppManifest {
  const text = fillPlaceholders(repoFile("appPackage/manifest.json"), environmentAfterProvision(name), name);
  return JSON.parse(text) as AppManifest;
}

/** The English localization file, `appPackage/en.json`. */
export function englishStrings(): Record<string, string> {
  return JSON.parse(repoFile("appPackage/en.json")) as Record<string, string>;
}

/** The parts of the manifest the tests read, typed just enough to read them. */
export interface AppManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  name: { short: string; full?: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  bots: {
    botId: string;
    scopes: string[];
    supportsCalling?: boolean;
    isNotificationOnly?: boolean;
    commandLists: { scopes: string[]; commands: { title: string; description?: string }[] }[];
  }[];
  composeExtensions: {
    botId: string;
    commands: {
      id: string;
      type?: string;
      title: string;
      description?: string;
      initialRun?: boolean;
      context?: string[];
      parameters: { name: string; title: string; description?: string }[];
    }[];
  }[];
  configurableTabs: {
    configurationUrl: string;
    scopes: string[];
    canUpdateConfiguration?: boolean;
    context?: string[];
    meetingSurfaces?: string[];
  }[];
  staticTabs: {
    entityId: string;
    name?: string;
    contentUrl?: string;
    websiteUrl?: string;
    scopes: string[];
  }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: "Application" | "Delegated" }[] } };
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
}
