import type { Page } from "playwright-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AppUnderTest } from "../../../harness/app-under-test.ts";
import { collectProblems, pageOpener } from "../../../harness/chromium.ts";
import { openInTeamsHost } from "../../../harness/teams-host.ts";
import type { TabTestEnv } from "./tab-test-env.ts";

/** The content page (`index.html?unit=…`) and the personal tab, in the Teams test host and in a plain browser. */
export function contentPageCases(env: TabTestEnv): void {
  describe("the tab's content page", () => {
    let app: AppUnderTest;
    const pages = pageOpener(() => env.browser());
    beforeAll(() => {
      app = env.localApp();
    });
    afterEach(() => pages.closeAll());

    /** A fresh page that records its console problems and every request that leaves the app's origin. */
    async function newPage(
      locale = "da-DK",
    ): Promise<{ page: Page; problems: string[]; offOrigin: string[] }> {
      const page = await pages.newPage({ locale });
      const offOrigin: string[] = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(app.url) && !request.url().startsWith("data:"))
          offOrigin.push(request.url());
      });
      return { page, problems: collectProblems(page), offOrigin };
    }

    it("shows in a channel what Strategi 2025 asks of the unit, with Teams' team and channel and the local-mode banner", async () => {
      const { page, problems, offOrigin } = await newPage();
      const host = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/index.html?unit=specialenheden",
        frameContext: "content",
      });
      const { tab } = host;
      await tab.locator("#item-specialenheden-sund-drift").waitFor();
      expect(await tab.locator("h1").textContent()).toBe("Specialenheden");
      expect(await tab.locator("#where").textContent()).toBe("Fastgjort i Specialenheden › Generelt");
      expect(await tab.locator("#local-mode").textContent()).toContain("Lokal tilstand");
      const headings = await tab.locator("main h2").allTextContents();
      expect(headings).toEqual([
        "Søg i strategien",
        "Ansvar, opgaver og indsatser",
        "Lokale initiativer",
        "Det gælder alle enheder",
        "De to pejlemærker",
        "Hvad synes du?",
        "Forord",
      ]);
      // The unit's local initiatives, one under each pejlemærke, quoted from the strategy.
      const initiatives = tab.locator("section[aria-labelledby=local-initiatives] article.item > h3");
      expect(await initiatives.allTextContents()).toEqual(["Tættere på borgerne", "Sund drift"]);
      expect(await tab.locator("#item-specialenheden-taettere-paa-borgerne").textContent()).toContain(
        "Crime as a Service",
      );
      // Cross-cutting: digitalisering and the tværgående initiativer, each with its "Indsats" part.
      expect(await tab.locator("#item-digitalisering h3").textContent()).toContain("Digitalisering");
      expect(
        await tab.locator("#item-en-moderne-arbejdsplads #item-en-moderne-arbejdsplads-indsats").count(),
      ).toBe(1);
      // A feedback form on each initiative (2 local, 4 cross-cutting) and on the page as a whole.
      expect(await tab.locator("form.feedback").count()).toBe(7);
      await tab.getByRole("link", { name: "Forord" }).click();
      await expect.poll(() => tab.evaluate(() => location.hash)).toBe("#forord");
      const sent = (await host.messages()).map((message) => message.func);
      expect(sent).toEqual(expect.arrayContaining(["initialize", "getContext", "appInitialization.success"]));
      expect(problems).toEqual([]);
      expect(offOrigin).toEqual([]);
    });

    it("follows Teams' theme: it starts dark from the context and switches to contrast and back to default", async () => {
      const { page, problems } = await newPage();
      const host = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/index.html?unit=beredskabsenheden",
        frameContext: "content",
        theme: "dark",
      });
      const background = () =>
        host.tab.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const text = () => host.tab.evaluate(() => getComputedStyle(document.body).color);
      await host.tab.locator("main h2").first().waitFor();
      expect(await background()).toBe("rgb(31, 31, 31)");
      expect(await text()).toBe("rgb(255, 255, 255)");
      await host.changeTheme("contrast");
      await expect.poll(background).toBe("rgb(0, 0, 0)");
      expect(
        await host.tab.evaluate(() => getComputedStyle(document.querySelector("a") as Element).color),
      ).toBe("rgb(255, 255, 1)");
      await host.changeTheme("default");
      await expect.poll(background).toBe("rgb(255, 255, 255)");
      expect(await text()).toBe("rgb(36, 36, 36)");
      expect((await host.messages()).filter((message) => message.func === "registerHandler")).toContainEqual({
        func: "registerHandler",
        args: ["themeChange"],
      });
      expect(problems).toEqual([]);
    });

    it("speaks English to an English Teams locale and quotes the strategy in Danish", async () => {
      const { page, problems } = await newPage();
      const { tab } = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/index.html?unit=specialenheden",
        frameContext: "content",
        locale: "en-us",
      });
      await tab.locator("#item-specialenheden-sund-drift").waitFor();
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await tab.locator("main h2").allTextContents()).toContain("Local initiatives");
      expect(await tab.locator("#where").textContent()).toBe("Pinned in Specialenheden › Generelt");
      expect(await tab.locator("#local-mode").textContent()).toContain("Local mode");
      expect(await tab.getByRole("button", { name: "Send answer" }).count()).toBe(7);
      const initiative = tab.locator("#item-specialenheden-taettere-paa-borgerne > div");
      expect(await initiative.getAttribute("lang")).toBe("da");
      expect(await initiative.textContent()).toContain("tryghedsskabende patruljering");
      expect(await tab.getByText("The strategy is quoted in Danish").count()).toBe(1);
      expect(problems).toEqual([]);
    });

    it("works in a plain browser: a unit picker, the light theme, no console errors", async () => {
      const { page, problems, offOrigin } = await newPage();
      await page.goto(`${app.url}/tab/index.html`);
      const picker = page.getByLabel("Enhed", { exact: true });
      await picker.waitFor();
      expect(await page.locator("main").textContent()).toContain("Vælg en enhed");
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
        "rgb(255, 255, 255)",
      );
      await picker.selectOption({ label: "Efterforskningsenheden" });
      await page.locator("#item-efterforskningsenheden-sund-drift").waitFor();
      expect(page.url()).toContain("unit=efterforskningsenheden");
      expect(await page.locator("h1").textContent()).toBe("Efterforskningsenheden");
      expect(problems).toEqual([]);
      expect(offOrigin).toEqual([]);
    });

    it("remembers the unit picked in the personal tab", async () => {
      const { page, problems } = await newPage();
      const first = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/personal.html",
        frameContext: "content",
      });
      await first.tab.getByLabel("Enhed", { exact: true }).selectOption({ label: "Anklagemyndigheden" });
      await first.tab.locator("#item-anklagemyndigheden-sund-drift").waitFor();
      const again = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/personal.html",
        frameContext: "content",
      });
      await again.tab.locator("#item-anklagemyndigheden-sund-drift").waitFor();
      expect(await again.tab.getByLabel("Enhed", { exact: true }).inputValue()).toBe("anklagemyndigheden");
      expect(problems).toEqual([]);
    });

    it("shows Hele Københavns Politi as the whole strategy, every unit briefly and linked", async () => {
      const { page, problems } = await newPage();
      await page.goto(`${app.url}/tab/index.html?unit=all`);
      await page.locator("section[aria-labelledby=units]").waitFor();
      expect(await page.locator("h1").textContent()).toBe("Hele Københavns Politi");
      const units = page.locator("section[aria-labelledby=units] article");
      expect(await units.count()).toBe(6);
      expect(await page.locator("main h2").allTextContents()).toEqual([
        "Søg i strategien",
        "Indledning",
        "De to pejlemærker",
        "Det gælder alle enheder",
        "Enhederne",
        "Forord",
      ]);
      expect(await page.locator("form.feedback").count()).toBe(0);
      await page.getByRole("link", { name: "Se hvad strategien beder Specialenheden om" }).click();
      await page.locator("#item-specialenheden-sund-drift").waitFor();
      expect(problems).toEqual([]);
    });

    it("searches the strategy with the bot's search, marking the passage, and says when it finds nothing", async () => {
      const { page, problems } = await newPage();
      await page.goto(`${app.url}/tab/index.html?unit=specialenheden`);
      const question = page.getByLabel("Spørgsmål eller ord");
      await question.fill("Hvad gør Specialenheden for trafiksikkerheden?");
      await question.press("Enter");
      const answer = page.locator("#search-answer article");
      await answer.waitFor();
      expect(await answer.locator("mark").first().textContent()).toMatch(/trafiksikkerhed/i);
      expect(await answer.locator(".breadcrumb").textContent()).toContain("Specialenheden");
      await question.fill("Hvornår får vi lønforhøjelse?");
      await page.getByRole("button", { name: "Søg", exact: true }).click();
      await expect
        .poll(() => page.locator("section[aria-labelledby=search-heading] [role=status]").textContent())
        .toBe("Jeg kunne ikke finde et svar på det i Strategi 2025.");
      expect(await page.locator("#search-answer article").count()).toBe(0);
      expect(problems).toEqual([]);
    });

    it("shows everyone the results in local mode, and says so on the page", async () => {
      const { page, problems } = await newPage();
      await page.goto(`${app.url}/tab/index.html?unit=specialenheden`);
      await page.getByRole("link", { name: "Resultater" }).click();
      await page.locator("#results-heading").waitFor();
      expect(await page.locator("#results-heading").textContent()).toBe("Resultater – Specialenheden");
      expect(await page.locator("#results-local-mode").textContent()).toBe(
        "Lokal tilstand: alle kan se resultaterne her, fordi appen kører uden login.",
      );
      expect(await page.locator("nav a[aria-current=page]").textContent()).toBe("Resultater");
      expect(problems).toEqual([]);
    });

    it("says so when the unit in the address does not exist", async () => {
      const { page } = await newPage();
      await page.goto(`${app.url}/tab/index.html?unit=nope`);
      await expect.poll(() => page.getByRole("alert").textContent()).toBe("Det findes ikke i strategien.");
    });
  });
}
