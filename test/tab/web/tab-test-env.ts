import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type AppUnderTest, startApp } from "../../../harness/app-under-test.ts";
import { launchChromium } from "../../../harness/chromium.ts";
import { ensureTabBuilt } from "./tab-build.ts";

/**
 * What the browser cases share: one Chromium and one app in local mode, started once for the test
 * file. Starting them costs seconds on two cores (the app loads the strategy and the search), so the
 * cases run together in `tab-in-browser.test.ts` rather than each file paying for its own.
 */
export interface TabTestEnv {
  browser(): Browser;
  /** The real app (`startApp()`) in local mode: no SSO, no bot id, SQLite in memory. */
  localApp(): AppUnderTest;
}

/**
 * How long a case waits for a rating to be saved: the row saves once the choice settles (400 ms), then
 * the request goes through Teams SSO to the store, on two cores shared with other work. A bound on
 * waiting, not a speed requirement (speed is measured in `bench/`).
 */
export const saveWaitMs = 10_000;

/** Starts the shared browser and app before the enclosing `describe`'s cases, and stops them after. */
export function useTabTestEnv(): TabTestEnv {
  let browser: Browser | undefined;
  let app: AppUnderTest | undefined;
  beforeAll(async () => {
    await ensureTabBuilt();
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`tab test env: ${name} is not started (used outside a case?)`);
    return value;
  };
  return { browser: () => started(browser, "Chromium"), localApp: () => started(app, "the app") };
}
