/**
 * Reading the deployment files as the infra tests need them. The Bicep compiler can't be installed
 * here, so Bicep is read as text: only the few shapes infra/azure.bicep uses (`param`, `output`, and
 * `var name = { KEY: value … }`), with quoted strings and comments removed before braces are counted.
 */
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { environmentSchema } from "../../core/config.ts";
import { repoFile } from "../app-package/app-package-fixture.ts";

/**
 * Every setting `core/config.ts` reads (its `environmentSchema`, put together from `core/config/`), by
 * name, with the schema that checks it.
 */
export function configSchemaEntries(): Map<string, z.ZodType> {
  return new Map(Object.entries(environmentSchema.shape));
}

/** Whether a setting's schema lets it be absent: optional, or with a default. */
export function isOptionalOrDefaulted(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** The keys of `var <name> = { … }` in a Bicep file, in order, and each value's text. */
export function bicepObjectVar(bicep: string, name: string): Map<string, string> {
  const start = bicep.search(new RegExp(`^var ${name} = \\{`, "m"));
  if (start < 0) throw new Error(`azure.bicep: no \`var ${name} = {\``);
  const body = balancedBlock(bicep, bicep.indexOf("{", start));
  const entries = new Map<string, string>();
  let depth = 0;
  for (const line of body.split("\n")) {
    const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$/.exec(line);
    if (depth === 0 && key) entries.set(key[1] as string, key[2] as string);
    depth += braceBalance(line);
  }
  return entries;
}

/** The parameters a Bicep file declares, whether each has a default, and whether it is `@secure()`. */
export function bicepParams(bicep: string): { name: string; hasDefault: boolean; secure: boolean }[] {
  const lines = bicep.split("\n");
  return lines.flatMap((line, i) => {
    const param = /^param (\w+) \w+( =)?/.exec(line);
    if (!param) return [];
    const decorators: string[] = [];
    for (let above = i - 1; lines[above]?.startsWith("@"); above--) decorators.push(lines[above] ?? "");
    return [
      { name: param[1] as string, hasDefault: Boolean(param[2]), secure: decorators.includes("@secure()") },
    ];
  });
}

/** The outputs a Bicep file declares; arm/deploy writes each to the env file under its name. */
export function bicepOutputs(bicep: string): string[] {
  return [...bicep.matchAll(/^output (\w+) /gm)].map((match) => match[1] as string);
}

/** One action of a Microsoft 365 Agents Toolkit project file. */
export interface ToolkitAction {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

/** A Microsoft 365 Agents Toolkit project file (`m365agents.yml`, `m365agents.local.yml`). */
export interface ToolkitProject {
  version: string;
  environmentFolderPath?: string;
  provision?: ToolkitAction[];
  deploy?: ToolkitAction[];
  publish?: ToolkitAction[];
}

export function toolkitProject(file: "m365agents.yml" | "m365agents.local.yml"): ToolkitProject {
  return parseYaml(repoFile(file)) as ToolkitProject;
}

/** The settings `atk deploy --env local` writes into `./.env` for `npm start`. */
export function localRuntimeSettings(): Record<string, string> {
  const step = toolkitProject("m365agents.local.yml").deploy?.find(
    (action) => action.uses === "file/createOrUpdateEnvironmentFile" && action.with?.target === "./.env",
  );
  if (!step)
    throw new Error("m365agents.local.yml: no file/createOrUpdateEnvironmentFile step writing ./.env");
  return step.with?.envs as Record<string, string>;
}

/** The text between the brace at `open` and its partner, without the braces. */
function balancedBlock(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error("unbalanced braces");
}

/** Opening minus closing braces on a Bicep line, ignoring those inside strings and comments. */
function braceBalance(line: string): number {
  const code = line.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/\/\/.*$/, "");
  return (code.match(/\{/g)?.length ?? 0) - (code.match(/\}/g)?.length ?? 0);
}
