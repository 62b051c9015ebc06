// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{NAME}}` is the Agents Toolkit's placeholder syntax, compared here as text.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildAppPackage, fillPlaceholders, loadEnvironment, repoRoot } from "../../scripts/package-app.ts";
import { type EnvironmentName, filledManifest, provisioned, repoFile } from "./app-package-fixture.ts";

/** A copy of the committed env file, with what provision would have added appended. */
function envDirAfterProvision(name: EnvironmentName, overrides: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "env-"));
  const added = Object.entries({ ...provisioned[name], ...overrides }).map(
    ([key, value]) => `${key}=${value}`,
  );
  writeFileSync(join(dir, `.env.${name}`), `${repoFile(`env/.env.${name}`)}\n${added.join("\n")}\n`);
  return dir;
}

/** A copy of the committed env file as it is before provision: what provision writes is empty. */
function envDirBeforeProvision(name: EnvironmentName): string {
  const blanked = Object.fromEntries(Object.keys(provisioned[name]).map((key) => [key, ""]));
  return envDirAfterProvision(name, blanked);
}

/** Runs `npm run package -- <args>` as a separate process, with nothing from this process's environment. */
function runPackageScript(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/package-app.ts", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run package", () => {
  it("writes appPackage.<env>.zip with the filled manifest, the icons and en.json at its root, nothing else", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "out-"));
    const run = runPackageScript(["dev", "--env-dir", envDirAfterProvision("dev"), "--out-dir", outDir]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const zipPath = join(outDir, "appPackage.dev.zip");
    expect(run.stdout).toContain(zipPath);

    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "en.json", "manifest.json", "outline.png"]);
    for (const file of Object.values(zip.files)) expect(file.dir).toBe(false);

    const manifestText = (await zip.file("manifest.json")?.async("string")) ?? "";
    expect(manifestText).not.toContain("${{");
    expect(JSON.parse(manifestText)).toEqual(filledManifest("dev"));
    expect((await zip.file("en.json")?.async("string")) ?? "").toBe(repoFile("appPackage/en.json"));
    for (const icon of ["color.png", "outline.png"]) {
      const packed = await zip.file(icon)?.async("nodebuffer");
      expect(packed?.equals(readFileSync(join(repoRoot, "appPackage", icon))), icon).toBe(true);
    }
  });

  it('builds "local" when no environment is named', () => {
    const outDir = mkdtempSync(join(tmpdir(), "out-"));
    const run = runPackageScript(["--env-dir", envDirAfterProvision("local"), "--out-dir", outDir]);
    expect(run.status).toBe(0);
    expect(existsSync(join(outDir, "appPackage.local.zip"))).toBe(true);
  });

  it("fails before provision, naming every variable that has no value, and writes no zip", () => {
    const outDir = mkdtempSync(join(tmpdir(), "out-"));
    const run = runPackageScript(["dev", "--env-dir", envDirBeforeProvision("dev"), "--out-dir", outDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("package: ");
    expect(run.stderr).toContain(
      ".env.dev: no value for TEAMS_APP_ID, BOT_ID, TAB_DOMAIN, AAD_APP_CLIENT_ID",
    );
    expect(existsSync(join(outDir, "appPackage.dev.zip"))).toBe(false);
  });

  it("fails on a value the schema rejects, saying where", () => {
    const envDir = envDirAfterProvision("dev", { BOT_ID: "strategilotsen-bot" });
    const run = runPackageScript([
      "dev",
      "--env-dir",
      envDir,
      "--out-dir",
      mkdtempSync(join(tmpdir(), "out-")),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("package: manifest.json: not valid against its schema");
    expect(run.stderr).toContain("/bots/0/botId");
  });

  it("refuses an environment that has no env file, or a name that is not one", () => {
    expect(runPackageScript(["staging"]).stderr).toMatch(
      /package: .*\.env\.staging: no such environment file/,
    );
    expect(runPackageScript(["../secrets"]).stderr).toContain(
      'package: "../secrets" is not an environment name',
    );
  });
});

describe("filling placeholders", () => {
  it("replaces each ${{NAME}} with its value", () => {
    expect(
      fillPlaceholders("https://${{TAB_DOMAIN}}/tab/${{ PAGE }}", { TAB_DOMAIN: "a.b", PAGE: "x" }, "t"),
    ).toBe("https://a.b/tab/x");
  });

  it("counts an empty value as missing, except for APP_NAME_SUFFIX, which must still be defined", () => {
    expect(() => fillPlaceholders("${{BOT_ID}}", { BOT_ID: "" }, "env/.env.dev")).toThrow(
      "package: env/.env.dev: no value for BOT_ID — run provision for this environment, or set it in the env file",
    );
    expect(fillPlaceholders("Strategilotsen${{APP_NAME_SUFFIX}}", { APP_NAME_SUFFIX: "" }, "t")).toBe(
      "Strategilotsen",
    );
    expect(() => fillPlaceholders("Strategilotsen${{APP_NAME_SUFFIX}}", {}, "t")).toThrow(
      "no value for APP_NAME_SUFFIX",
    );
  });

  it("takes what the env files leave empty from the process environment, as a CI pipeline sets it", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "out-"));
    // APP_NAME_SUFFIX has a value in the file, so the file's value wins over the process environment's.
    const built = await buildAppPackage("dev", {
      envDir: envDirBeforeProvision("dev"),
      outDir,
      processEnv: { ...provisioned.dev, APP_NAME_SUFFIX: "-ci" },
    });
    expect(built.manifest).toMatchObject({
      id: provisioned.dev.TEAMS_APP_ID,
      name: { short: "Strategilotsen-dev" },
    });
  });

  it("reads the .user file after the env file, so its values win", () => {
    const dir = mkdtempSync(join(tmpdir(), "env-"));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, ".env.dev"), "BOT_ID=\nTAB_DOMAIN=a.example\n");
    writeFileSync(join(dir, ".env.dev.user"), "BOT_ID=from-user-file\nSECRET_X=s\n");
    expect(loadEnvironment("dev", dir)).toEqual({
      BOT_ID: "from-user-file",
      TAB_DOMAIN: "a.example",
      SECRET_X: "s",
    });
  });
});
