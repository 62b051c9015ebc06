import type { BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppUnderTest } from "../../../harness/app-under-test.ts";
import { collectProblems } from "../../../harness/chromium.ts";
import { openInTeamsHost } from "../../../harness/teams-host.ts";
import { seriousViolations, themes } from "./axe-check.ts";
import { saveWaitMs, type TabTestEnv } from "./tab-test-env.ts";

/** WCAG 2.1 AA with axe in each Teams theme, and keyboard-only use of every control. */
export function accessibilityCases(env: TabTestEnv): void {
  describe("the tab's accessibility", () => {
    let app: AppUnderTest;
    let context: BrowserContext;
    beforeAll(async () => {
      app = env.localApp();
      context = await env.browser().newContext({ locale: "da-DK" });
    });
    afterAll(() => context?.close());

    for (const [name, tabPath, frameContext, ready] of [
      [
        "content page",
        "/tab/index.html?unit=specialenheden",
        "content",
        "section.whole-page form.rating-row",
      ],
      ["configuration page", "/tab/config.html", "settings", "input[type=radio]"],
    ] as const) {
      it(`finds no serious or critical violation on the ${name} in the default, dark and contrast themes`, async () => {
        const page = await context.newPage();
        const host = await openInTeamsHost(page, app.url, { tabPath, frameContext });
        await host.tab.locator(ready).first().waitFor();
        const found: string[] = [];
        for (const theme of themes) {
          await host.changeTheme(theme);
          await expect
            .poll(() => host.tab.evaluate(() => document.documentElement.dataset.theme))
            .toBe(theme);
          found.push(...(await seriousViolations(page, theme)));
        }
        expect(found).toEqual([]);
        await page.close();
      }, 90_000);
    }

    it("reaches every control of the content page with Tab alone, each with a visible focus indicator", async () => {
      const page = await context.newPage();
      const problems = collectProblems(page);
      await page.goto(`${app.url}/tab/index.html?unit=specialenheden`);
      await page.locator("section.whole-page form.rating-row").waitFor();
      const controls = await labelControls(page.mainFrame());
      const reached = await tabThrough(page, page.mainFrame());
      const stops = new Set(reached.map((stop) => stop.key));
      // Tab stops once in a radio group (arrow keys move within it): every group must be reached.
      expect(controls.filter((control) => !stops.has(control))).toEqual([]);
      expect(reached.filter((stop) => !stop.outlined).map((stop) => stop.key)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("lets a person open a part of the strategy and rate an initiative with the keyboard only", async () => {
      const page = await context.newPage();
      await page.goto(`${app.url}/tab/index.html?unit=lokalpolitienheden`);
      await page.locator("section.whole-page form.rating-row").waitFor();
      await page.keyboard.press("Tab");
      expect(await activeKey(page.mainFrame())).toBe("a:Spring til indholdet");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
      // Tab to the strategy's tabs, then the arrow key opens the next one: "Lokale initiativer".
      for (let presses = 0; presses < 20; presses++) {
        await page.keyboard.press("Tab");
        if ((await activeKey(page.mainFrame())) === "fluent-tab:Ansvar") break;
      }
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator("#local-initiatives").isVisible()).toBe(true);
      const form = page.locator("#item-lokalpolitienheden-sund-drift form.rating-row");
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press("Tab");
        if (await form.locator("input[type=radio]:focus").count()) break;
      }
      await page.keyboard.press("Space");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      expect(await form.getByRole("radio", { name: /^3 – / }).isChecked()).toBe(true);
      // The choice is saved by itself once the person stops on it.
      await expect
        .poll(() => form.getByRole("status").textContent(), { timeout: saveWaitMs })
        .toContain("Dit svar: 3/5");
      await page.keyboard.press("Tab");
      expect(await activeKey(page.mainFrame())).toBe("button:Tilføj en kommentar");
      await page.keyboard.press("Enter");
      await page.keyboard.type("Skrevet med tastaturet");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      expect(await form.getByRole("checkbox").isChecked()).toBe(false);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => form.getByRole("status").textContent(), { timeout: saveWaitMs })
        .toContain("Tak – dit svar er modtaget");
      expect(await form.getByLabel("Kommentar (valgfri)").inputValue()).toBe("Skrevet med tastaturet");
      await page.close();
    });

    it("lets a person configure the tab with the keyboard only", async () => {
      const page = await context.newPage();
      const host = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/config.html",
        frameContext: "settings",
      });
      await host.tab.locator("input[type=radio]").first().waitFor();
      for (let presses = 0; presses < 10; presses++) {
        await page.keyboard.press("Tab");
        if (await host.tab.locator("input[type=radio]:focus").count()) break;
      }
      await page.keyboard.press("Space");
      await page.keyboard.press("ArrowDown");
      expect(await host.tab.getByRole("radio", { name: "Efterforskningsenheden" }).isChecked()).toBe(true);
      await expect.poll(() => host.validity()).toBe(true);
      expect((await host.save()).saved?.contentUrl).toBe(
        `${app.url}/tab/index.html?unit=efterforskningsenheden`,
      );
      await page.close();
    });
  });
}

/** Marks every visible control with a key (a radio group by its name, the tab list as one) and lists the keys. */
function labelControls(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const selector = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    const keys = new Set<string>();
    document.querySelectorAll<HTMLElement>(selector).forEach((element, index) => {
      const visible = element.getClientRects().length > 0 || element.classList.contains("skip-link");
      if (!visible || element.closest("[hidden]")) return;
      const radio = element instanceof HTMLInputElement && element.type === "radio";
      // Like a radio group, a tab list is one stop: the arrow keys move between its tabs.
      const tab = element.tagName === "FLUENT-TAB";
      const key = radio ? `radio-group:${element.name}` : tab ? "tablist" : `control:${index}`;
      element.dataset.key = key;
      keys.add(key);
    });
    return [...keys];
  });
}

/** Presses Tab until focus comes round again; records each stop's key and whether its focus shows. */
async function tabThrough(page: Page, frame: Frame): Promise<{ key: string; outlined: boolean }[]> {
  const stops: { key: string; outlined: boolean }[] = [];
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press("Tab");
    const stop = await frame.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
      return { key: element.dataset.key ?? `unlabelled:${element.tagName}`, outlined };
    });
    if (!stop) {
      if (stops.length > 0) break;
      continue;
    }
    if (stops.length > 0 && stop.key === stops[0]?.key) break;
    stops.push(stop);
  }
  return stops;
}

/** The focused element as `tag:text`. */
function activeKey(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return `${element.tagName.toLowerCase()}:${element.textContent?.trim()}`;
  });
}
