import type { Frame } from "playwright-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AppUnderTest } from "../../../harness/app-under-test.ts";
import { collectProblems, pageOpener } from "../../../harness/chromium.ts";
import { openInTeamsHost } from "../../../harness/teams-host.ts";
import type { TabTestEnv } from "./tab-test-env.ts";

/**
 * Teams deep links into the tab, as the bot's cards build them (`bot/cards/teams-deep-links.ts`): Teams
 * opens the tab with the link's `subEntityId`, which the page reads as `app.getContext().page.subPageId`.
 * On the local-mode app, where everyone sees results; who may see them by role is in the feedback cases.
 */
export function deepLinkCases(env: TabTestEnv): void {
  describe("the tab opened by a Teams deep link", () => {
    let app: AppUnderTest;
    const pages = pageOpener(() => env.browser());
    beforeAll(() => {
      app = env.localApp();
    });
    afterEach(() => pages.closeAll());

    /** Opens a tab page in the Teams test host as Teams does for a deep link with `subPageId`. */
    async function openLink(tabPath: string, subPageId: string): Promise<{ tab: Frame; problems: string[] }> {
      const page = await pages.newPage({ locale: "da-DK" });
      const problems = collectProblems(page);
      const host = await openInTeamsHost(page, app.url, { tabPath, frameContext: "content", subPageId });
      return { tab: host.tab, problems };
    }

    it("item:<id> in the personal tab opens the unit's page at that section, its tab open", async () => {
      const { tab, problems } = await openLink(
        "/tab/personal.html",
        "item:specialenheden-taettere-paa-borgerne",
      );
      const section = tab.locator("#item-specialenheden-taettere-paa-borgerne");
      await expect.poll(() => section.isVisible()).toBe(true);
      expect(await tab.locator("h1").textContent()).toBe("Specialenheden");
      expect(await tab.getByLabel("Enhed", { exact: true }).inputValue()).toBe("specialenheden");
      expect(await tab.locator("#ansvar").isVisible()).toBe(false);
      expect(await tab.getByRole("tab", { selected: true }).textContent()).toBe("Lokale initiativer");
      expect(problems).toEqual([]);
    });

    it("item:<id> of the introduction opens the whole strategy, where alone it is shown", async () => {
      const { tab, problems } = await openLink("/tab/personal.html", "item:om-strategi-2025");
      await expect.poll(() => tab.locator("#item-om-strategi-2025").isVisible()).toBe(true);
      expect(await tab.locator("h1").textContent()).toBe("Hele Københavns Politi");
      expect(problems).toEqual([]);
    });

    it("item:<id> shown on every page stays on the unit tab's own unit", async () => {
      const { tab } = await openLink("/tab/index.html?unit=beredskabsenheden", "item:digitalisering");
      await expect.poll(() => tab.locator("#item-digitalisering").isVisible()).toBe(true);
      expect(await tab.locator("h1").textContent()).toBe("Beredskabsenheden");
    });

    it("results in a unit's tab opens that unit's results, and the tab's own links then lead away from them", async () => {
      const { tab, problems } = await openLink("/tab/index.html?unit=specialenheden", "results");
      await tab.locator("#results-heading").waitFor();
      expect(await tab.locator("#results-heading").textContent()).toBe("Resultater – Specialenheden");
      // Teams hands the frame the same sub-page again after a reload; the page's own link must win.
      await tab.getByRole("link", { name: "Strategien" }).click();
      await tab.locator("#item-specialenheden-ansvar").waitFor({ state: "attached" });
      expect(await tab.locator("#results-heading").count()).toBe(0);
      expect(problems).toEqual([]);
    });

    it("results:<unit> in the personal tab opens that unit's results, and results alone everything", async () => {
      const unit = await openLink("/tab/personal.html", "results:beredskabsenheden");
      await unit.tab.locator("#results-heading").waitFor();
      expect(await unit.tab.locator("#results-heading").textContent()).toBe("Resultater – Beredskabsenheden");
      const everything = await openLink("/tab/personal.html", "results");
      await everything.tab.locator("#results-heading").waitFor();
      expect(await everything.tab.locator("#results-heading").textContent()).toBe(
        "Resultater – Hele Københavns Politi",
      );
    });

    it("a link to a section the strategy no longer has opens the page as usual", async () => {
      const { tab, problems } = await openLink("/tab/index.html?unit=specialenheden", "item:findes-ikke");
      await tab.locator("#item-specialenheden-ansvar").waitFor();
      expect(await tab.locator("h1").textContent()).toBe("Specialenheden");
      expect(await tab.getByRole("alert").count()).toBe(0);
      // The browser reports the item-place lookup's 404 itself; the page carries on without an error.
      expect(problems).toEqual([
        "error: Failed to load resource: the server responded with a status of 404 (Not Found)",
      ]);
    });
  });
}
