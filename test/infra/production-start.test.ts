/**
 * The production start (`npm run start:prod`, App Service's start command) must build nothing and
 * need no devDependency: App Service may install without them, and scaled-out instances starting at
 * once must not each rebuild the tab into the shared folder. The tab is built once, by the deploy step,
 * and shipped. The import graph is read by esbuild from `server.ts` — static and dynamic imports,
 * type-only imports erased as at run time — rather than by a production install into a copy, which
 * would take minutes.
 */
import { builtinModules } from "node:module";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { repoFile } from "../app-package/app-package-fixture.ts";
import { toolkitProject } from "./infra-files.ts";

interface PackageJson {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  engines: { node: string };
}

const pkg = JSON.parse(repoFile("package.json")) as PackageJson;
const startProd = pkg.scripts["start:prod"] ?? "";

/** `foo/bar` → `foo`, `@scope/pkg/x` → `@scope/pkg`. */
const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/** Every package the production start loads: its `--import` loaders and what its entry file reaches. */
async function packagesLoaded(command: string): Promise<string[]> {
  const words = command.split(/\s+/);
  const loaders = words.flatMap((word, i) => (words[i - 1] === "--import" ? [word] : []));
  const entry = words.find((word) => word.endsWith(".ts") || word.endsWith(".js"));
  if (!entry) throw new Error(`infra: no entry file in "${command}"`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    metafile: true,
    write: false,
    outdir: "unused",
    logLevel: "silent",
  });
  const imported = Object.values(result.metafile.inputs).flatMap((input) =>
    input.imports.filter((found) => found.external).map((found) => found.path),
  );
  const builtins = new Set(builtinModules);
  return [...new Set([...loaders, ...imported].map(packageName))]
    .filter((name) => !name.startsWith("node:") && !builtins.has(name))
    .sort();
}

describe("the production start", () => {
  it("is App Service's start command, on Node 24 LTS", () => {
    const bicep = repoFile("infra/azure.bicep");
    expect(bicep).toMatch(/appCommandLine: 'npm run start:prod'/);
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|24-lts'/);
    expect(pkg.engines.node).toContain("^24");
  });

  it("builds nothing: no build in the command, and no pre- or post-script npm would run with it", () => {
    expect(startProd).toMatch(/^node /);
    expect(startProd).not.toMatch(/build|esbuild|tsc|npm run/);
    expect(pkg.scripts["prestart:prod"]).toBeUndefined();
    expect(pkg.scripts["poststart:prod"]).toBeUndefined();
  });

  it("loads only dependencies, never a devDependency, static or dynamic", async () => {
    const loaded = await packagesLoaded(startProd);
    expect(loaded).toEqual(expect.arrayContaining(["tsx", "restify", "botbuilder", "applicationinsights"]));
    const notDependencies = loaded.filter((name) => !(name in pkg.dependencies));
    expect(notDependencies, "move these to dependencies, or stop importing them").toEqual([]);
  });

  it("finds the tab already built: the deploy step builds it before the upload, which keeps it", () => {
    const deploy = toolkitProject("m365agents.yml").deploy ?? [];
    const buildTab = deploy.findIndex((action) => String(action.with?.args).startsWith("run build:tab"));
    const upload = deploy.findIndex((action) => action.uses === "azureAppService/zipDeploy");
    expect(buildTab).toBeGreaterThanOrEqual(0);
    expect(buildTab).toBeLessThan(upload);
    const ignored = repoFile("infra/app-service.webappignore")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    for (const pattern of ignored) expect("tab/web/build/".startsWith(pattern), pattern).toBe(false);
    expect(ignored).not.toContain("tab/");
  });
});
