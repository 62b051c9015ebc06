import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildTabResult, buildTab } from "../../../scripts/build-tab.ts";

/** First-load budget of the content page: its JS (with teams-js, as in Teams) and CSS, gzipped. */
const budgetBytes = 100 * 1024;

/** `scripts/build-tab.ts`: what it writes, how small, and what the pages may load (how fast: `npm run bench -- tab-load`). */
describe("building the tab", () => {
  let outDir: string;
  let result: BuildTabResult;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "tab-build-"));
    result = await buildTab({ outDir });
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it("writes the three pages from one template, each with its own script and page kind", async () => {
    const pages = await Promise.all(
      ["index.html", "personal.html", "config.html"].map((page) => readFile(join(outDir, page), "utf8")),
    );
    expect(pages.map((html) => /data-page="(\w+)"/.exec(html)?.[1])).toEqual([
      "content",
      "personal",
      "config",
    ]);
    const entry = (html: string) => /<script type="module" src="([^"]+)"/.exec(html)?.[1];
    expect(pages.map((html) => entry(html)?.replace(/-\w+\.js$/, ""))).toEqual([
      "content-page",
      "content-page",
      "config-page",
    ]);
    for (const html of pages) expect(html).not.toContain("{{");
  });

  it("puts Teams' theme tokens in the stylesheet for the light, dark and contrast themes", async () => {
    const page = result.pages["index.html"];
    const css = await readFile(join(outDir, page?.styles[0] ?? ""), "utf8");
    for (const theme of ["default", "dark", "contrast"])
      expect(css).toMatch(new RegExp(`\\[data-theme="?${theme}"?\\]\\{color-scheme:`));
    expect(css).toContain("--colorNeutralBackground1:#ffffff");
    expect(css).toContain("--colorNeutralBackground1:#292929");
  });

  it("writes each page pointing at hashed scripts and the stylesheet that exist", async () => {
    const written = new Set(result.files.map((file) => file.path));
    for (const page of ["index.html", "personal.html", "config.html"]) {
      const html = await readFile(join(outDir, page), "utf8");
      const referenced = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
      expect(referenced.length).toBeGreaterThanOrEqual(2);
      for (const path of referenced) expect(written).toContain(path);
      expect(html).not.toMatch(/\.ts"/);
    }
  });

  it("keeps the content page's first load within 100 KB gzip of JS and CSS, teams-js included", async () => {
    const gzip = (path: string) => result.files.find((file) => file.path === path)?.gzipBytes ?? 0;
    const page = result.pages["index.html"];
    if (!page) throw new Error("no index.html");
    // In Teams the page also loads the lazily imported chunks: count every script the build wrote.
    const scripts = result.files.filter(
      (file) => file.path.endsWith(".js") && !file.path.startsWith("config-page"),
    );
    const total =
      scripts.reduce((sum, file) => sum + file.gzipBytes, 0) +
      page.styles.map(gzip).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(budgetBytes);
  });

  it("loads nothing from the internet: no remote scripts, styles, fonts or imports", async () => {
    for (const file of result.files.filter((each) => /\.(html|css)$/.test(each.path))) {
      const text = await readFile(join(outDir, file.path), "utf8");
      expect({
        file: file.path,
        remote: text.match(/(?:src|href)="(?:https?:)?\/\/[^"]*"|url\((?:https?:)?\/\/|@import/g),
      }).toEqual({
        file: file.path,
        remote: null,
      });
    }
    // teams-js names its CDN, but the build leaves out the call that fetches from it at load.
    const scripts = await Promise.all(
      result.files
        .filter((file) => file.path.endsWith(".js"))
        .map((file) => readFile(join(outDir, file.path), "utf8")),
    );
    expect(scripts.join("\n")).not.toMatch(/import\s*\(\s*["']https?:/);
  });

  it("never puts markup into the page from data: no innerHTML and the like in the page code", async () => {
    const dir = join(import.meta.dirname, "../../../tab/web");
    for (const name of (await readdir(dir)).filter((file) => file.endsWith(".ts"))) {
      const code = await readFile(join(dir, name), "utf8");
      expect({
        name,
        found: code.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(/g),
      }).toEqual({
        name,
        found: null,
      });
    }
  });
});
