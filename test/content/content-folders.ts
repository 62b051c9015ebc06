import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";

/**
 * For a test file: a function that writes a content folder (the `base` files, with the ones it is given
 * replacing or adding some) into a fresh temporary folder, and removes them all after the file's tests.
 */
export function useContentFolders(base: Record<string, string>): (files?: Record<string, string>) => string {
  const folders: string[] = [];
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
  return (files = {}) => {
    const dir = mkdtempSync(join(tmpdir(), "strategi-content-"));
    folders.push(dir);
    for (const [file, text] of Object.entries({ ...base, ...files })) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  };
}

/** The message loadStrategy fails with for the folder (and fails the test if it loads). */
export function loadError(dir: string): string {
  try {
    loadStrategy(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${dir} to be rejected`);
}
