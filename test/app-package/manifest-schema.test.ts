import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaErrors } from "../../scripts/manifest-schema.ts";
import { placeholderNames } from "../../scripts/package-app.ts";
import {
  type AppManifest,
  englishStrings,
  environments,
  filledManifest,
  repoFile,
} from "./app-package-fixture.ts";

/** The Teams manifest schema versions `@microsoft/app-manifest` ships (v1.0 … v1.30, not devPreview). */
function bundledSchemaVersions(): string[] {
  const packageMain = createRequire(import.meta.url).resolve("@microsoft/app-manifest");
  const schemas = join(dirname(packageMain), "json-schemas", "teams");
  return readdirSync(schemas)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => {
      const [aMajor, aMinor] = a.split(".").map(Number) as [number, number];
      const [bMajor, bMinor] = b.split(".").map(Number) as [number, number];
      return aMajor - bMajor || aMinor - bMinor;
    });
}

describe("the manifest's schema", () => {
  it("is the newest one Microsoft's @microsoft/app-manifest bundles", () => {
    const newest = bundledSchemaVersions().at(-1);
    const manifest = JSON.parse(repoFile("appPackage/manifest.json")) as AppManifest;
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
  });

  for (const environment of environments) {
    it(`validates the manifest filled for "${environment}" with no errors`, async () => {
      expect(await schemaErrors(filledManifest(environment))).toEqual([]);
    });
  }

  it("is really checked: a bot id that is no GUID is reported", async () => {
    const manifest = filledManifest("dev");
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], botId: "strategilotsen" }] };
    expect((await schemaErrors(broken)).join("\n")).toContain("/bots/0/botId");
  });
});

describe("the English localization file", () => {
  const english = englishStrings();

  it("is valid against the localization schema of the same version", async () => {
    const manifest = filledManifest("dev");
    expect(english.$schema).toBe(
      manifest.$schema.replace("MicrosoftTeams.schema", "MicrosoftTeams.Localization.schema"),
    );
    expect(await schemaErrors(english)).toEqual([]);
  });

  it("is really checked: a short name over 30 characters is reported", async () => {
    const tooLong = { ...english, "name.short": "Strategilotsen – Strategi 2025 i Teams" };
    expect((await schemaErrors(tooLong)).join("\n")).toContain("/name.short");
  });

  it("is the one additional language, with Danish as the manifest's own", () => {
    const { localizationInfo } = filledManifest("dev");
    expect(localizationInfo.defaultLanguageTag).toBe("da-dk");
    expect(localizationInfo.additionalLanguages).toEqual([{ languageTag: "en", file: "en.json" }]);
  });

  it("holds no placeholders, so every packager ships it as it is", () => {
    expect(placeholderNames(repoFile("appPackage/en.json"))).toEqual([]);
  });

  it("translates exactly the strings the manifest shows", () => {
    const manifest = filledManifest("dev");
    const translated = Object.keys(english).filter((key) => key !== "$schema");
    for (const key of translated) expect(typeof valueAt(manifest, key), key).toBe("string");
    expect(translated.sort()).toEqual(localizablePaths(manifest).sort());
  });
});

/** The manifest's user-visible strings, as localization keys (`bots[0].commandLists[0].commands[1].title`). */
function localizablePaths(manifest: AppManifest): string[] {
  const paths = ["name.short", "name.full", "description.short", "description.full"];
  manifest.staticTabs.forEach((tab, i) => {
    if (tab.name) paths.push(`staticTabs[${i}].name`);
  });
  manifest.bots[0]?.commandLists.forEach((list, l) => {
    list.commands.forEach((command, c) => {
      paths.push(`bots[0].commandLists[${l}].commands[${c}].title`);
      if (command.description) paths.push(`bots[0].commandLists[${l}].commands[${c}].description`);
    });
  });
  manifest.composeExtensions[0]?.commands.forEach((command, c) => {
    const prefix = `composeExtensions[0].commands[${c}]`;
    paths.push(`${prefix}.title`);
    if (command.description) paths.push(`${prefix}.description`);
    command.parameters.forEach((parameter, p) => {
      paths.push(`${prefix}.parameters[${p}].title`);
      if (parameter.description) paths.push(`${prefix}.parameters[${p}].description`);
    });
  });
  return paths;
}

/** The value at a localization key's path in the manifest. */
function valueAt(manifest: AppManifest, path: string): unknown {
  return path.split(/\.|(?=\[)/).reduce<unknown>((node, step) => {
    const index = /^\[(\d+)\]$/.exec(step);
    if (node === null || typeof node !== "object") return undefined;
    return index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[step];
  }, manifest);
}
