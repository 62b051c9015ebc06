import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/tokens";
import type { Page } from "playwright-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AppUnderTest } from "../../../harness/app-under-test.ts";
import { collectProblems, pageOpener } from "../../../harness/chromium.ts";
import { openInTeamsHost } from "../../../harness/teams-host.ts";
import { saveWaitMs, type TabTestEnv } from "./tab-test-env.ts";

/** A theme token's hex colour as the browser's computed style writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

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
      await tab.locator("#item-specialenheden-sund-drift").waitFor({ state: "attached" });
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
        "Forord",
        "Hvad synes du?",
      ]);
      // Each part of the strategy is a tab: the first is open, the rest one click away.
      expect(await tab.getByRole("tab").allTextContents()).toEqual([
        "Ansvar",
        "Lokale initiativer",
        "Fælles for alle",
        "Pejlemærker",
        "Forord",
      ]);
      expect(await tab.locator("#ansvar").isVisible()).toBe(true);
      expect(await tab.locator("#local-initiatives").isVisible()).toBe(false);
      // The unit's local initiatives, one under each pejlemærke, quoted from the strategy.
      const initiatives = tab.locator("#local-initiatives article.item > h3");
      expect(await initiatives.allTextContents()).toEqual(["Tættere på borgerne", "Sund drift"]);
      expect(await tab.locator("#item-specialenheden-taettere-paa-borgerne").textContent()).toContain(
        "Crime as a Service",
      );
      // Cross-cutting: digitalisering and the tværgående initiativer, each with its "Indsats" part.
      expect(await tab.locator("#item-digitalisering h3").textContent()).toContain("Digitalisering");
      expect(
        await tab.locator("#item-en-moderne-arbejdsplads #item-en-moderne-arbejdsplads-indsats").count(),
      ).toBe(1);
      // One row of five choices on each initiative (2 local, 4 cross-cutting) and on the page as a whole.
      expect(await tab.locator("form.rating-row").count()).toBe(7);
      const anyTab = { includeHidden: true };
      expect(
        await tab.getByRole("radio", { name: /^3 – Hverken godt eller dårligt$/, ...anyTab }).count(),
      ).toBe(7);
      expect(await tab.locator("textarea:visible").count()).toBe(0);
      // Forord opens under the tabs, at the top of the page, not at its foot.
      await tab.getByRole("tab", { name: "Forord" }).click();
      await expect.poll(() => tab.locator("#forord").isVisible()).toBe(true);
      expect(await tab.locator("#ansvar").isVisible()).toBe(false);
      expect(await tab.evaluate(() => location.hash)).toBe("#forord");
      const forordTop = await tab.evaluate(
        () => (document.getElementById("forord-heading") as HTMLElement).getBoundingClientRect().top,
      );
      expect(forordTop).toBeLessThan(await tab.evaluate(() => window.innerHeight));
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
      const card = () =>
        host.tab.evaluate(
          () => getComputedStyle(document.querySelector("section.card") as Element).backgroundColor,
        );
      await host.tab.locator("main h2").first().waitFor();
      // Teams' own tokens: the canvas in background 3, cards in background 1, text in foreground 1.
      expect(await background()).toBe(rgb(teamsDarkTheme.colorNeutralBackground3));
      expect(await card()).toBe(rgb(teamsDarkTheme.colorNeutralBackground1));
      expect(await text()).toBe(rgb(teamsDarkTheme.colorNeutralForeground1));
      await host.changeTheme("contrast");
      await expect.poll(background).toBe(rgb(teamsHighContrastTheme.colorNeutralBackground3));
      expect(
        await host.tab.evaluate(
          () => getComputedStyle(document.querySelector("main .link-button") as Element).color,
        ),
      ).toBe(rgb(teamsHighContrastTheme.colorBrandForegroundLink));
      await host.changeTheme("default");
      await expect.poll(background).toBe(rgb(teamsLightTheme.colorNeutralBackground3));
      expect(await card()).toBe(rgb(teamsLightTheme.colorNeutralBackground1));
      expect(await text()).toBe(rgb(teamsLightTheme.colorNeutralForeground1));
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
      await tab.locator("#item-specialenheden-sund-drift").waitFor({ state: "attached" });
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await tab.locator("main h2").allTextContents()).toContain("Local initiatives");
      expect(await tab.locator("#where").textContent()).toBe("Pinned in Specialenheden › Generelt");
      expect(await tab.locator("#local-mode").textContent()).toContain("Local mode");
      const anyTab = { includeHidden: true };
      expect(await tab.getByRole("radio", { name: "1 – Very poor", ...anyTab }).count()).toBe(7);
      expect(await tab.getByRole("button", { name: "Add a comment", ...anyTab }).count()).toBe(7);
      expect(await tab.getByRole("tab").allTextContents()).toEqual([
        "Responsibilities",
        "Local initiatives",
        "For every unit",
        "Guideposts",
        "Foreword",
      ]);
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
        rgb(teamsLightTheme.colorNeutralBackground3),
      );
      await picker.selectOption({ label: "Efterforskningsenheden" });
      await page.locator("#item-efterforskningsenheden-sund-drift").waitFor({ state: "attached" });
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
      await first.tab.locator("#item-anklagemyndigheden-sund-drift").waitFor({ state: "attached" });
      const again = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/personal.html",
        frameContext: "content",
      });
      await again.tab.locator("#item-anklagemyndigheden-sund-drift").waitFor({ state: "attached" });
      expect(await again.tab.getByLabel("Enhed", { exact: true }).inputValue()).toBe("anklagemyndigheden");
      expect(problems).toEqual([]);
    });

    it("shows Hele Københavns Politi as the whole strategy, every unit briefly and linked", async () => {
      const { page, problems } = await newPage();
      await page.goto(`${app.url}/tab/index.html?unit=all`);
      await page.locator("#units").waitFor({ state: "attached" });
      expect(await page.locator("h1").textContent()).toBe("Hele Københavns Politi");
      const units = page.locator("#units article");
      expect(await units.count()).toBe(6);
      expect(await page.locator("main h2").allTextContents()).toEqual([
        "Søg i strategien",
        "Indledning",
        "De to pejlemærker",
        "Det gælder alle enheder",
        "Enhederne",
        "Forord",
      ]);
      expect(await page.locator("form.rating-row").count()).toBe(0);
      await page.getByRole("tab", { name: "Enhederne" }).click();
      await page.getByRole("link", { name: "Se hvad strategien beder Specialenheden om" }).click();
      await page.locator("#item-specialenheden-sund-drift").waitFor({ state: "attached" });
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
      // "Not found" says where to look instead: this page's parts, the whole strategy, the bot.
      const help = page.locator("#search-answer .not-found");
      expect(await help.getByRole("link", { name: "Hele strategien for Københavns Politi" }).count()).toBe(1);
      expect(await help.textContent()).toContain("spørg Strategilotsen i chatten");
      await help.getByRole("link", { name: "Lokale initiativer" }).click();
      await expect.poll(() => page.locator("#local-initiatives").isVisible()).toBe(true);
      expect(problems).toEqual([]);
    });

    it("shows everyone the results in local mode, and says so on the page", async () => {
      const { page, problems } = await newPage();
      await page.goto(`${app.url}/tab/index.html?unit=specialenheden`);
      await page.getByRole("link", { name: "Resultater" }).click();
      await page.locator("#results-heading").waitFor();
      expect(await page.locator("#results-heading").textContent()).toBe("Resultater – Specialenheden");
      // The local-mode banner once, at the top, not again above the results.
      expect(await page.getByText("Lokal tilstand").count()).toBe(1);
      expect(await page.locator("nav a[aria-current=page]").textContent()).toBe("Resultater");
      expect(problems).toEqual([]);
    });

    it("says so when the unit in the address does not exist, and selects no unit in the picker", async () => {
      const { page } = await newPage();
      await page.goto(`${app.url}/tab/index.html?unit=nope`);
      await expect
        .poll(() => page.getByRole("alert").textContent())
        .toBe("Enheden „nope“ findes ikke i strategien. Vælg en enhed ovenfor.");
      const picker = page.getByLabel("Enhed", { exact: true });
      expect(await picker.inputValue()).toBe("");
      expect(await picker.locator("option:checked").textContent()).toBe("Vælg en enhed");
    });

    it("shows a failed search and a failed feedback save as the same red alert", async () => {
      const { page } = await newPage();
      await page.route(
        (url) => url.pathname === "/api/tab/search",
        (route) =>
          route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"store down"}' }),
      );
      await page.route(
        (url) => url.pathname === "/api/tab/feedback",
        (route) =>
          route.request().method() === "PUT"
            ? route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"store down"}' })
            : route.continue(),
      );
      await page.goto(`${app.url}/tab/index.html?unit=specialenheden`);
      await page.getByLabel("Spørgsmål eller ord").fill("trafiksikkerhed");
      await page.getByRole("button", { name: "Søg", exact: true }).click();
      const searchAlert = page.locator("#search-answer [role=alert]");
      await expect
        .poll(() => searchAlert.textContent())
        .toBe("Søgningen mislykkedes: Databasen svarer ikke lige nu – prøv igen om lidt.");
      await page.locator("section.whole-page").getByRole("radio", { name: /^4 – / }).check();
      const feedbackAlert = page.locator("section.whole-page [role=alert]");
      await expect
        .poll(() => feedbackAlert.textContent(), { timeout: saveWaitMs })
        .toBe("Dit svar blev ikke gemt: Databasen svarer ikke lige nu – prøv igen om lidt.");
      const look = (alert: typeof searchAlert) =>
        alert.evaluate((element) => {
          const style = getComputedStyle(element);
          return [element.className, style.backgroundColor, style.borderColor];
        });
      expect(await look(searchAlert)).toEqual(await look(feedbackAlert));
    });
  });
}
