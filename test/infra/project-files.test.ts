// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{NAME}}` is the Agents Toolkit's placeholder syntax, compared here as text.
/**
 * The Microsoft 365 Agents Toolkit project: its env files, project files, Bicep parameters and outputs
 * must agree with each other, and no secret may sit in a committed file.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse as parseEnv } from "dotenv";
import { describe, expect, it } from "vitest";
import { fillPlaceholders, placeholderNames, repoRoot } from "../../scripts/package-app.ts";
import {
  type EnvironmentName,
  environmentAfterProvision,
  repoFile,
} from "../app-package/app-package-fixture.ts";
import { bicepOutputs, bicepParams, type ToolkitProject, toolkitProject } from "./infra-files.ts";

const projectFileOf: Record<EnvironmentName, "m365agents.yml" | "m365agents.local.yml"> = {
  local: "m365agents.local.yml",
  dev: "m365agents.yml",
};
/** Files whose `${{NAME}}` placeholders each environment's project file fills. */
const filledFiles: Record<EnvironmentName, string[]> = {
  local: ["m365agents.local.yml", "appPackage/manifest.json", "infra/aad.manifest.json"],
  dev: [
    "m365agents.yml",
    "appPackage/manifest.json",
    "infra/aad.manifest.json",
    "infra/azure.parameters.json",
  ],
};
/** Set by the toolkit itself in every environment. */
const builtIn = ["TEAMSFX_ENV"];

const bicep = repoFile("infra/azure.bicep");
const actions = (project: ToolkitProject) => [
  ...(project.provision ?? []),
  ...(project.deploy ?? []),
  ...(project.publish ?? []),
];

/** The variables an environment's provision writes: action outputs, Bicep outputs, the SSO scope id. */
function writtenByProvision(name: EnvironmentName): string[] {
  const project = toolkitProject(projectFileOf[name]);
  return actions(project).flatMap((action) => [
    ...Object.values(action.writeToEnvironmentFile ?? {}),
    ...(action.uses === "arm/deploy" ? bicepOutputs(bicep) : []),
    // aadApp/update generates it when the Entra manifest refers to it and the env file has none.
    ...(action.uses === "aadApp/update" ? ["AAD_APP_ACCESS_AS_USER_PERMISSION_ID"] : []),
  ]);
}

const envFile = (name: EnvironmentName) => parseEnv(repoFile(`env/.env.${name}`));

describe.each(["local", "dev"] as const)('the "%s" environment', (name) => {
  const referenced = new Set(filledFiles[name].flatMap((file) => placeholderNames(repoFile(file))));
  const written = writtenByProvision(name);

  it("holds no secrets in its committed env file", () => {
    for (const key of Object.keys(envFile(name)))
      expect(key).not.toMatch(/SECRET|PASSWORD|CONNECTION_STRING/);
  });

  it("uses every variable its env file sets", () => {
    const unused = Object.keys(envFile(name)).filter(
      (key) => !referenced.has(key) && !written.includes(key) && !builtIn.includes(key),
    );
    expect(unused).toEqual([]);
  });

  it("gives every placeholder it fills a value: the env file, provision, or a documented secret", () => {
    const deployGuide = repoFile("docs/deploy.md");
    for (const key of referenced) {
      if (key.startsWith("SECRET_")) {
        expect(deployGuide, `docs/deploy.md must tell admins to set ${key}`).toContain(key);
        continue;
      }
      const defined = key in envFile(name) || written.includes(key) || builtIn.includes(key);
      expect(defined, `${key}: not in env/.env.${name} and not written by provision`).toBe(true);
    }
  });

  it("builds, validates and uploads the package that npm run package also builds", () => {
    const provision = toolkitProject(projectFileOf[name]).provision ?? [];
    const uses = provision.map((action) => action.uses);
    expect(uses.slice(-4)).toEqual([
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    expect(uses[0]).toBe("teamsApp/create");
    expect(uses.indexOf("aadApp/update")).toBeGreaterThan(uses.indexOf("aadApp/create"));
    const zip = provision.find((action) => action.uses === "teamsApp/zipAppPackage")?.with;
    expect(zip).toMatchObject({
      manifestPath: "./appPackage/manifest.json",
      outputZipPath: "./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip",
    });
    const entraManifest = provision.find((action) => action.uses === "aadApp/update")?.with?.manifestPath;
    expect(existsSync(join(repoRoot, String(entraManifest)))).toBe(true);
  });
});

describe("m365agents.yml", () => {
  const project = toolkitProject("m365agents.yml");
  const uses = (stage: "provision" | "deploy" | "publish") =>
    (project[stage] ?? []).map((action) => action.uses);

  it("provisions Azure before it sets the SSO app's identifier URI, which needs the tab's domain", () => {
    expect(uses("provision").indexOf("arm/deploy")).toBeLessThan(uses("provision").indexOf("aadApp/update"));
    const deployment = project.provision?.find((action) => action.uses === "arm/deploy")?.with;
    expect(deployment?.templates).toEqual([
      {
        path: "./infra/azure.bicep",
        parameters: "./infra/azure.parameters.json",
        deploymentName: "Create-resources-for-strategilotsen",
      },
    ]);
  });

  it("deploys by building, then zip-deploying without node_modules, .env files or local data", () => {
    const npmArgs = (project.deploy ?? [])
      .filter((a) => a.uses === "cli/runNpmCommand")
      .map((a) => a.with?.args);
    expect(npmArgs).toEqual([
      "ci --no-audit --no-fund",
      "run build:tab --if-present",
      "run build --if-present",
    ]);
    expect(uses("deploy").at(-1)).toBe("azureAppService/zipDeploy");
    const zipDeploy = project.deploy?.at(-1)?.with;
    expect(zipDeploy?.resourceId).toBe("${{AZURE_APP_SERVICE_RESOURCE_ID}}");
    const ignored = repoFile(String(zipDeploy?.ignoreFile)).split("\n");
    for (const entry of ["node_modules/", ".env", ".env.*", "env/", "data/"])
      expect(ignored).toContain(entry);
  });

  it("publishes the package to the Teams admin center", () => {
    expect(uses("publish").at(-1)).toBe("teamsApp/publishAppPackage");
  });
});

describe("infra/azure.parameters.json", () => {
  const parameters = JSON.parse(repoFile("infra/azure.parameters.json")) as {
    parameters: Record<string, { value: string }>;
  };
  const declared = bicepParams(bicep);

  it("passes exactly Bicep parameters, every one without a default among them", () => {
    for (const name of Object.keys(parameters.parameters))
      expect(declared.map((param) => param.name)).toContain(name);
    for (const param of declared.filter((param) => !param.hasDefault))
      expect(Object.keys(parameters.parameters)).toContain(param.name);
  });

  it("fills @secure() parameters, and only those, from SECRET_ variables (the .user file)", () => {
    for (const [name, { value }] of Object.entries(parameters.parameters)) {
      const secure = declared.find((param) => param.name === name)?.secure;
      expect(value.startsWith("${{SECRET_"), name).toBe(Boolean(secure));
    }
  });

  it("is valid JSON once filled, every parameter given a value", () => {
    const vars = {
      ...environmentAfterProvision("dev"),
      SECRET_POSTGRES_ADMIN_PASSWORD: "kR9+vQ2/aL7wXz3mT8pN1sYb4cF6hJ0dGe5uWq+E=",
      SECRET_POSTGRES_APP_PASSWORD: "3f9a0c1e5b7d2a4c6e8f0b1d3a5c7e9f",
      SECRET_FEEDBACK_SECRET: "feedback-secret",
    };
    const filled = JSON.parse(fillPlaceholders(repoFile("infra/azure.parameters.json"), vars, "dev")) as {
      parameters: Record<string, { value: string }>;
    };
    expect(Object.keys(filled.parameters)).toEqual(Object.keys(parameters.parameters));
    for (const [name, { value }] of Object.entries(filled.parameters)) expect(value, name).not.toBe("");
  });
});

describe("infra/azure.bicep's outputs", () => {
  it("are each used by the project files or the manifest", () => {
    const used = new Set(filledFiles.dev.flatMap((file) => placeholderNames(repoFile(file))));
    for (const output of bicepOutputs(bicep)) expect(used, output).toContain(output);
  });
});

describe(".gitignore", () => {
  it("keeps every environment's secrets file out of git", () => {
    expect(repoFile(".gitignore").split("\n")).toContain("env/.env.*.user");
  });
});
