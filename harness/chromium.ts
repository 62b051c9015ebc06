import { existsSync } from "node:fs";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";

/** Debian's Chromium, which the browser tests drive (CI installs it; see `.ci/run`). */
export const chromiumPath = "/usr/bin/chromium";

/** Whether the browser tests can run here. */
export const hasChromium = existsSync(chromiumPath);

/** Why Chromium cannot be driven here, or undefined when it can. */
export function chromiumMissing(): string | undefined {
  return hasChromium ? undefined : `${chromiumPath} is missing (apt-get install chromium)`;
}

/** Headless Chromium with the flags that keep it quiet and offline: no updates, sync or first run. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Console errors and warnings, uncaught exceptions and CSP reports of a page, as lines of text. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** Pages in fresh browser contexts (own storage, own cache), all closed by `closeAll` after each test. */
export function pageOpener(browser: () => Browser) {
  const open: BrowserContext[] = [];
  return {
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser().newContext(options);
      open.push(context);
      return context.newPage();
    },
    closeAll: () => Promise.all(open.splice(0).map((context) => context.close())),
  };
}
