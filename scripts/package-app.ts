/**
 * Builds the Teams app package for one environment: fills the `${{NAME}}` placeholders in
 * `appPackage/manifest.json` from `env/.env.<name>` (and `env/.env.<name>.user` when present, the way
 * Microsoft 365 Agents Toolkit does), validates the result against Microsoft's schema (offline: the
 * schema ships inside `@microsoft/app-manifest`) and zips it with the files it names.
 *
 *     npm run package                 # env "local"  → appPackage/build/appPackage.local.zip
 *     npm run package -- dev          # env "dev"    → appPackage/build/appPackage.dev.zip
 *     npm run package -- dev --env-dir <dir> --out-dir <dir>
 *
 * A variable that is empty or missing in the env files is taken from the process environment (a CI
 * pipeline's variables); one that is nowhere stops the build with its name.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseEnv } from "dotenv";
import JSZip from "jszip";
import { AppError } from "../core/errors.ts";
import { assertValidAgainstSchema } from "./manifest-schema.ts";

/** The repository root, where `appPackage/` and `env/` live. */
export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** Variables a manifest may leave empty: the production name has no suffix. */
export const mayBeEmpty: ReadonlySet<string> = new Set(["APP_NAME_SUFFIX"]);

const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The variables of one environment: its env file, then its `.user` file (secrets), which wins. */
export function loadEnvironment(name: string, envDir = join(repoRoot, "env")): Record<string, string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    throw new AppError(500, `package: "${name}" is not an environment name (use e.g. local, dev)`);
  const file = join(envDir, `.env.${name}`);
  if (!existsSync(file)) throw new AppError(500, `package: ${file}: no such environment file`);
  const userFile = `${file}.user`;
  return {
    ...parseEnv(readFileSync(file)),
    ...(existsSync(userFile) ? parseEnv(readFileSync(userFile)) : {}),
  };
}

/** The names of the `${{NAME}}` placeholders in a text, each once, in order of appearance. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(placeholder)].map((match) => match[1] as string))];
}

/**
 * Replaces every `${{NAME}}` in `text`. Fails naming every variable that has no value — empty counts
 * as none, except for `mayBeEmpty`, which must still be defined — so a half-provisioned environment can't produce a package with
 * `https:///tab/…` in it. `source` says where the values were looked for.
 */
export function fillPlaceholders(
  text: string,
  vars: Record<string, string | undefined>,
  source: string,
): string {
  const missing = placeholderNames(text).filter(
    (name) => vars[name] === undefined || (vars[name] === "" && !mayBeEmpty.has(name)),
  );
  if (missing.length > 0)
    throw new AppError(
      500,
      `package: ${source}: no value for ${missing.join(", ")} — run provision for this environment, or set ${
        missing.length === 1 ? "it" : "them"
      } in the env file`,
    );
  return text.replace(placeholder, (_match, name: string) => vars[name] ?? "");
}

/** What `buildAppPackage` produced. */
export interface BuiltPackage {
  /** The filled manifest as written into the zip. */
  manifest: Record<string, unknown>;
  /** The zip file's path. */
  zipPath: string;
}

/** Where a package is built from and written to; the defaults are the repository's own folders. */
export interface PackageOptions {
  envDir?: string;
  outDir?: string;
  /** Used for variables the env files leave empty or out; the command line passes `process.env`. */
  processEnv?: Record<string, string | undefined>;
}

/** Fills, validates and zips the app package of environment `name`. */
export async function buildAppPackage(name: string, options: PackageOptions = {}): Promise<BuiltPackage> {
  const envDir = options.envDir ?? join(repoRoot, "env");
  const outDir = options.outDir ?? join(repoRoot, "appPackage", "build");
  const fromFiles = loadEnvironment(name, envDir);
  const vars = { ...options.processEnv, ...withoutEmpty(fromFiles) };
  for (const [key, value] of Object.entries(fromFiles)) if (mayBeEmpty.has(key)) vars[key] ??= value;

  const source = relative(process.cwd(), join(envDir, `.env.${name}`));
  const manifestText = fillPlaceholders(readAppPackageFile("manifest.json"), vars, source);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  await assertValidAgainstSchema(manifest, "manifest.json");

  const zip = new JSZip();
  // A fixed date makes the same input give the same bytes, so a changed zip means a changed app.
  const date = new Date("2025-01-01T00:00:00Z");
  zip.file("manifest.json", manifestText, { date });
  for (const file of filesNamedBy(manifest)) {
    const content = readAppPackageFile(file, null);
    if (file.endsWith(".json")) await assertValidAgainstSchema(JSON.parse(content.toString("utf8")), file);
    zip.file(file, content, { date });
  }
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${name}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  writeFileSync(join(outDir, `manifest.${name}.json`), manifestText);
  return { manifest, zipPath };
}

/** The package's other files: the icons and the localization files, as the manifest names them. */
export function filesNamedBy(manifest: Record<string, unknown>): string[] {
  const icons = manifest.icons as Record<string, string>;
  const localization = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  const files = [
    ...Object.values(icons),
    ...(localization?.additionalLanguages ?? []).map((language) => language.file),
  ];
  for (const file of files)
    if (file.includes("/") || file.includes("\\"))
      throw new AppError(500, `package: manifest.json names "${file}": files must sit at the package root`);
  return files;
}

function readAppPackageFile(file: string): string;
function readAppPackageFile(file: string, encoding: null): Buffer;
function readAppPackageFile(file: string, encoding: "utf8" | null = "utf8"): string | Buffer {
  const path = join(repoRoot, "appPackage", file);
  if (!existsSync(path)) throw new AppError(500, `package: appPackage/${file}: missing`);
  return encoding ? readFileSync(path, encoding) : readFileSync(path);
}

function withoutEmpty(vars: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(vars).filter(([, value]) => value !== ""));
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { "env-dir": { type: "string" }, "out-dir": { type: "string" } },
  });
  const name = positionals[0] ?? "local";
  const built = await buildAppPackage(name, {
    ...(values["env-dir"] ? { envDir: resolve(values["env-dir"]) } : {}),
    ...(values["out-dir"] ? { outDir: resolve(values["out-dir"]) } : {}),
    processEnv: process.env,
  });
  console.log(`package: wrote ${built.zipPath}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
