import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildTab } from "../../../scripts/build-tab.ts";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const builtPage = join(root, "tab/web/build/index.html");
/** Test files run in parallel workers; one builds while the others wait for it. */
const lock = join(tmpdir(), `strategilotsen-build-tab-${Buffer.from(root).toString("hex").slice(-16)}.lock`);

/**
 * Makes sure `tab/web/build` holds the current pages before a test serves them: `npm test` builds
 * first (`pretest`), so this normally finds the build fresh; a lone `vitest` run builds it here.
 */
export async function ensureTabBuilt(): Promise<void> {
  if (isFresh()) return;
  await acquireLock();
  try {
    if (!isFresh()) await buildTab();
  } finally {
    rmdirSync(lock);
  }
}

function isFresh(): boolean {
  let built: number;
  try {
    built = statSync(builtPage).mtimeMs;
  } catch {
    return false;
  }
  const sources = [
    ...readdirSync(join(root, "tab/web")).map((name) => join(root, "tab/web", name)),
    join(root, "scripts/build-tab.ts"),
  ].filter((path) => !path.endsWith("build"));
  return sources.every((path) => statSync(path).mtimeMs <= built);
}

async function acquireLock(): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock older than a build could ever take was left by a killed run.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 30_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 60_000) throw new Error(`tab build: ${lock} still held after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
