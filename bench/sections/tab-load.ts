import type { Browser, Frame, Page } from "playwright-core";
import { startApp } from "../../harness/app-under-test.ts";
import { hasChromium, launchChromium } from "../../harness/chromium.ts";
import { openInTeamsHost } from "../../harness/teams-host.ts";
import { type BuildTabResult, buildTab } from "../../scripts/build-tab.ts";
import type { BenchOutput, BenchSection } from "../bench-section.ts";
import { summarizeLatencies } from "../latency-stats.ts";
import { fixed, formatTable } from "../text-table.ts";

/** Measured loads per way of opening the page, each in a fresh browser context (a cold cache). */
const loads = 10;
/** The aims: build time, first-load weight and first contentful paint of the content page. */
const aims = { gzipKb: 100, fcpMs: 300, buildMs: 2000 };
const contentPath = "/tab/index.html?unit=specialenheden";

/**
 * The tab's content page as a browser first meets it: the JS and CSS it loads (gzip; in Teams also the
 * lazily loaded teams-js chunks), and its first contentful paint in headless Chromium, as a plain page
 * and framed by the Teams test host, against the app on loopback (after one unmeasured load).
 */
export const tabLoadSection: BenchSection = {
  name: "tab-load",
  title: `tab content page: first-load JS+CSS gzip and first contentful paint, ${loads} loads in headless Chromium`,
  async run(output) {
    output.progress("tab-load: building the tab");
    const build = await buildTab();
    const weight = firstLoadWeight(build);
    output.print(
      `build: ${build.files.length} files in ${fixed(build.milliseconds, 0)} ms ` +
        `(aim under ${aims.buildMs} ms: ${verdict(build.milliseconds, aims.buildMs)})`,
    );
    output.print("");
    for (const line of formatTable(
      ["first load", "files", "gzip KB", "aim KB", "aim"],
      [
        [
          "plain browser (no teams-js)",
          String(weight.plain.files),
          fixed(weight.plain.kb),
          String(aims.gzipKb),
          verdict(weight.plain.kb, aims.gzipKb),
        ],
        [
          "in Teams (with teams-js)",
          String(weight.teams.files),
          fixed(weight.teams.kb),
          String(aims.gzipKb),
          verdict(weight.teams.kb, aims.gzipKb),
        ],
      ],
    ))
      output.print(line);
    output.print("");
    if (!hasChromium) {
      output.print("first contentful paint: skipped – /usr/bin/chromium is missing");
      return [];
    }
    const app = await startApp();
    const browser = await launchChromium();
    try {
      output.progress(`tab-load: ${loads} loads as a plain page, ${loads} in the Teams test host`);
      const plain = await measure(browser, output, (page) => plainLoad(page, app.url));
      const teams = await measure(browser, output, (page) => teamsLoad(page, app.url));
      for (const line of formatTable(
        ["first contentful paint", "loads", "mean ms", "p50 ms", "max ms", "aim ms", "aim (p50)"],
        [row("plain browser", plain), row("in the Teams test host", teams)],
      ))
        output.print(line);
    } finally {
      await browser.close();
      await app.close();
    }
    // Not a row of the summary: the tab's aims are printed in its own table above.
    return [];
  },
};

function firstLoadWeight(build: BuildTabResult) {
  const page = build.pages["index.html"];
  const gzip = (paths: readonly string[]) =>
    paths.reduce((sum, path) => sum + (build.files.find((file) => file.path === path)?.gzipBytes ?? 0), 0);
  const first = [...(page?.scripts ?? []), ...(page?.styles ?? [])];
  // In Teams the page also imports the teams-js chunks; every script but the config page's.
  const lazy = build.files
    .map((file) => file.path)
    .filter((path) => path.endsWith(".js") && !first.includes(path) && !path.startsWith("config-page"));
  return {
    plain: { files: first.length, kb: gzip(first) / 1024 },
    teams: { files: first.length + lazy.length, kb: gzip([...first, ...lazy]) / 1024 },
  };
}

/** One unmeasured load, then `loads` measured ones, each in a fresh context. */
async function measure(browser: Browser, output: BenchOutput, load: (page: Page) => Promise<number>) {
  const times: number[] = [];
  for (let run = 0; run <= loads; run++) {
    const context = await browser.newContext();
    try {
      const fcp = await load(await context.newPage());
      if (run > 0) times.push(fcp);
    } catch (error) {
      output.progress(`tab-load: a load failed: ${(error as Error).message}`);
      process.exitCode = 1;
    } finally {
      await context.close();
    }
  }
  return summarizeLatencies(times);
}

async function plainLoad(page: Page, url: string): Promise<number> {
  await page.goto(url + contentPath);
  return firstContentfulPaint(page.mainFrame());
}

async function teamsLoad(page: Page, url: string): Promise<number> {
  const host = await openInTeamsHost(page, url, { tabPath: contentPath, frameContext: "content" });
  return firstContentfulPaint(host.tab);
}

/** The page's own FCP entry, from its navigation start. */
async function firstContentfulPaint(frame: Frame): Promise<number> {
  const handle = await frame.waitForFunction(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    undefined,
    { timeout: 10_000 },
  );
  return Number(await handle.jsonValue());
}

function row(name: string, summary: ReturnType<typeof summarizeLatencies>): string[] {
  return [
    name,
    String(summary.count),
    ...[summary.mean, summary.p50, summary.max].map((value) => fixed(value, 0)),
    String(aims.fcpMs),
    verdict(summary.p50, aims.fcpMs),
  ];
}

function verdict(value: number, aim: number): string {
  return value <= aim ? "met" : "NOT met";
}
