import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Frame, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type AppUnderTest, startApp } from "../../../harness/app-under-test.ts";
import { collectProblems, pageOpener } from "../../../harness/chromium.ts";
import { openInTeamsHost, type TeamsHost } from "../../../harness/teams-host.ts";
import { ssoEnv, startIdentityProvider, type TestIdentityProvider } from "../api/identity-provider.ts";
import { seriousViolations, themes } from "./axe-check.ts";
import { saveWaitMs, type TabTestEnv } from "./tab-test-env.ts";

/**
 * Feedback from staff to the leader's results, on an app of its own with Teams SSO on (the tab API's
 * test key set on loopback): the Teams test host hands each page the token of a different person, as
 * Teams would, so five people can answer and the results pass the threshold.
 */
export function feedbackResultsCases(env: TabTestEnv): void {
  describe("feedback on the tab and the leader's results", () => {
    let idp: TestIdentityProvider;
    let app: AppUnderTest;
    const pages = pageOpener(() => env.browser());
    const leader = { oid: randomUUID(), name: "Leder Specialenheden", roles: ["Results.specialenheden"] };
    const staff = Array.from({ length: 5 }, (_, index) => ({
      oid: randomUUID(),
      name: `Medarbejder ${index + 1}`,
    }));
    const initiative = "#item-specialenheden-taettere-paa-borgerne";
    const script = "<script>window.__xss = 1</script>Godt initiativ";
    const image = '<img src=x onerror="window.__xss = 2">';

    beforeAll(async () => {
      idp = await startIdentityProvider();
      app = await startApp(ssoEnv(idp.jwksUrl));
    });
    afterEach(() => pages.closeAll());
    afterAll(async () => {
      await app?.close();
      await idp?.close();
    });

    /** Opens a tab page in the Teams test host as a person, by their SSO token. */
    async function openAs(
      person: { oid: string; name: string; roles?: string[] },
      tabPath = "/tab/index.html?unit=specialenheden",
      subPageId?: string,
    ): Promise<{ host: TeamsHost; page: Page; problems: string[] }> {
      const token = await idp.token({ claims: person });
      const page = await pages.newPage({ acceptDownloads: true });
      const problems = collectProblems(page);
      const host = await openInTeamsHost(page, app.url, {
        tabPath,
        frameContext: "content",
        token,
        ...(subPageId ? { subPageId } : {}),
      });
      await host.tab.locator("#nav").waitFor();
      return { host, page, problems };
    }

    /**
     * Rates the local initiative "Tættere på borgerne" as a person does: opens its tab, picks a choice
     * (saved at once), or with a comment opens the comment first and saves both with the button.
     */
    async function rate(tab: Frame, rating: number, options: { comment?: string; named?: boolean } = {}) {
      await tab.getByRole("tab", { name: "Lokale initiativer" }).click();
      const form = tab.locator(`${initiative} form.rating-row`);
      if (options.comment || options.named)
        await form.getByRole("button", { name: "Tilføj en kommentar" }).click();
      await form.getByRole("radio", { name: new RegExp(`^${rating} – `) }).check();
      if (options.comment) await form.getByLabel("Kommentar (valgfri)").fill(options.comment);
      if (options.named) await form.getByRole("checkbox", { name: "Svar anonymt" }).uncheck();
      if (options.comment || options.named)
        await form.getByRole("button", { name: "Gem svar og kommentar" }).click();
      await expect
        .poll(() => form.getByRole("status").textContent(), { timeout: saveWaitMs })
        .toContain("Tak – dit svar er modtaget");
    }

    /** The results card of the initiative's tab prompt. */
    const promptCard = (tab: Frame) =>
      tab.locator("section.prompt-result", {
        has: tab.getByRole("heading", { name: "Fanen: Tættere på borgerne" }),
      });

    it("takes each person's rating and comment, anonymous by default, and says it was received", async () => {
      const ratings = [4, 5, 3, 4];
      const comments = [script, image, "Fint – men hvornår starter vi?", undefined];
      // Four people at once, each in their own browser context with their own token.
      await Promise.all(
        ratings.map(async (rating, index) => {
          const person = staff[index];
          if (!person) throw new Error("five people");
          const { host, problems } = await openAs(person);
          expect(await host.tab.getByRole("link", { name: "Resultater" }).count()).toBe(0);
          const comment = comments[index];
          await rate(host.tab, rating, { ...(comment ? { comment } : {}), named: index === 2 });
          const asked = (await host.messages()).some(
            (message) => message.func === "authentication.getAuthToken",
          );
          expect(asked).toBe(true);
          expect(problems).toEqual([]);
        }),
      );
    }, 90_000); // four people open the tab at once on two shared cores

    it("hides the initiative from the leader as 'for få svar' while fewer than five have answered", async () => {
      const { host } = await openAs(leader, "/tab/index.html?unit=specialenheden&view=results");
      const card = promptCard(host.tab);
      await card.waitFor();
      expect(await card.locator(".hidden-group").textContent()).toBe(
        "For få svarResultater vises fra 5 svar, så ingen kan genkendes.",
      );
      expect(await card.locator("svg").count()).toBe(0);
      expect(await card.locator("ul.comments").count()).toBe(0);
    });

    it("shows the leader the answers once the threshold is met: mean, distribution chart, comments as text", async () => {
      const fifth = staff[4];
      if (!fifth) throw new Error("five people");
      await rate((await openAs(fifth)).host.tab, 2);

      const { host, problems } = await openAs(leader);
      await host.tab.getByRole("link", { name: "Resultater" }).click();
      const card = promptCard(host.tab);
      await card.waitFor();
      expect(await card.locator(".figures").textContent()).toBe("5 svar · gennemsnit 3,6");
      expect(await card.getByRole("img").getAttribute("aria-labelledby")).toBeTruthy();
      expect(await card.locator("svg title").textContent()).toBe(
        "Fordeling af svarene: 1: 0, 2: 1, 3: 1, 4: 2, 5: 1.",
      );
      expect(await card.locator("svg rect.bar").count()).toBe(5);
      const texts = await card.locator(".comment-text").allTextContents();
      expect(texts).toEqual(expect.arrayContaining([script, image, "Fint – men hvornår starter vi?"]));
      expect(await card.locator("ul.comments img, ul.comments script").count()).toBe(0);
      expect(await host.tab.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      // Only the person who unticked "anonymous" is named.
      expect(await card.locator(".meta").allTextContents()).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Medarbejder 3 · /),
          expect.stringMatching(/^Anonym · /),
        ]),
      );
      expect(
        await host.tab.locator("figure.chart figcaption", { hasText: "Gennemsnit pr. uge" }).count(),
      ).toBe(1);
      expect(problems).toEqual([]);
    }, 60_000);

    it("lets a person see that their answer was received and change it", async () => {
      const first = staff[0];
      if (!first) throw new Error("five people");
      const { host } = await openAs(first);
      await host.tab.getByRole("tab", { name: "Lokale initiativer" }).click();
      const form = host.tab.locator(`${initiative} form.rating-row`);
      expect(await form.textContent()).toMatch(/Dit svar: 4\/5/);
      expect(await form.getByRole("radio", { name: /^4 – / }).isChecked()).toBe(true);
      // The comment given before is open to edit; rating and comment are saved together.
      expect(await form.getByLabel("Kommentar (valgfri)").inputValue()).toBe(script);
      await form.getByRole("radio", { name: /^1 – / }).check();
      await form.getByRole("button", { name: "Gem svar og kommentar" }).click();
      await expect
        .poll(() => form.getByRole("status").textContent(), { timeout: saveWaitMs })
        .toContain("Tak – dit svar er modtaget");

      const results = await openAs(leader, "/tab/index.html?unit=specialenheden&view=results");
      const card = promptCard(results.host.tab);
      await card.waitFor();
      expect(await card.locator(".figures").textContent()).toBe("5 svar · gennemsnit 3");
    }, 60_000);

    it("gives the leader the results as a CSV download, with the SSO token", async () => {
      const { host, page } = await openAs(leader, "/tab/index.html?unit=specialenheden&view=results");
      await host.tab.locator("section.prompt-result").first().waitFor();
      const download = page.waitForEvent("download");
      await host.tab.getByRole("button", { name: "Hent resultaterne som CSV" }).click();
      const file = await (await download).path();
      expect(await readFile(file, "utf8")).toContain("Tættere på borgerne");
    });

    it("has no serious or critical accessibility violation on the results in any theme", async () => {
      const { host, page } = await openAs(leader, "/tab/index.html?unit=specialenheden&view=results");
      await promptCard(host.tab).waitFor();
      for (const theme of themes) {
        await host.changeTheme(theme);
        await expect.poll(() => host.tab.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await seriousViolations(page, theme)).toEqual([]);
      }
    }, 90_000);

    it("follows the bot's deep link to results only as far as the person's app role goes", async () => {
      const own = await openAs(leader, "/tab/personal.html", "results:specialenheden");
      await own.host.tab.locator("#results-heading").waitFor();
      expect(await own.host.tab.locator("#results-heading").textContent()).toBe(
        "Resultater – Specialenheden",
      );
      const refused =
        "Resultaterne kan kun ses med appens rolle for enheden (Results.<enhed>) eller for alle enheder (Results.All). Din administrator tildeler den i Entra ID.";
      const other = await openAs(leader, "/tab/personal.html", "results:beredskabsenheden");
      await expect.poll(() => other.host.tab.locator("main").textContent()).toBe(refused);
      const person = staff[0];
      if (!person) throw new Error("five people");
      const noRole = await openAs(person, "/tab/index.html?unit=specialenheden", "results");
      await expect.poll(() => noRole.host.tab.locator("main").textContent()).toBe(refused);
      expect(await noRole.host.tab.locator("#results-heading").count()).toBe(0);
    });

    it("says why when Teams gives no token and the API needs one", async () => {
      const page = await pages.newPage();
      const host = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/index.html?unit=specialenheden",
        frameContext: "content",
      });
      await expect
        .poll(() => host.tab.getByRole("alert").textContent())
        .toBe("Teams kunne ikke logge dig ind (resourceRequiresConsent). Genindlæs fanen, og prøv igen.");
      expect(await host.tab.locator("#local-mode").count()).toBe(0);
    });
  });
}
