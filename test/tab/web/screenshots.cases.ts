import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Frame } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type AppUnderTest, startApp } from "../../../harness/app-under-test.ts";
import { collectProblems, pageOpener } from "../../../harness/chromium.ts";
import { openInTeamsHost } from "../../../harness/teams-host.ts";
import { ssoEnv, startIdentityProvider, type TestIdentityProvider } from "../api/identity-provider.ts";
import type { TabTestEnv } from "./tab-test-env.ts";

/** Where the screenshots go: `docs/screenshots/` with `TAB_SCREENSHOTS=docs` (for the README), else a temp folder. */
const intoDocs = process.env.TAB_SCREENSHOTS === "docs";

/** Seven made-up colleagues' ratings per subject; "digitalisering" has three, too few to show. */
const seeded: Record<string, number[]> = {
  "specialenheden-taettere-paa-borgerne": [4, 5, 3, 4, 2, 5, 4],
  "specialenheden-sund-drift": [3, 4, 4, 5, 3, 2, 4],
  unit: [4, 4, 5, 3, 4, 5, 3],
  digitalisering: [2, 3, 4],
};

/**
 * The unit page and the leader's dashboard as a Teams user sees them, light and dark, in the Teams
 * test host, with answers seeded through the tab API by seven people (each their own SSO token), so
 * the charts pass the group-size threshold. The pictures are what the README shows.
 */
export function screenshotCases(env: TabTestEnv): void {
  describe("screenshots of the unit page and the leader's dashboard", () => {
    let idp: TestIdentityProvider;
    let app: AppUnderTest;
    let outDir: string;
    const pages = pageOpener(() => env.browser());
    const leader = { oid: randomUUID(), name: "Leder Specialenheden", roles: ["Results.specialenheden"] };

    beforeAll(async () => {
      idp = await startIdentityProvider();
      app = await startApp(ssoEnv(idp.jwksUrl));
      outDir = intoDocs
        ? join(import.meta.dirname, "../../../docs/screenshots")
        : await mkdtemp(join(tmpdir(), "tab-screenshots-"));
      await mkdir(outDir, { recursive: true });
      const people = Array.from({ length: 7 }, (_, index) => ({
        oid: randomUUID(),
        name: `Kollega ${index + 1}`,
      }));
      for (const [subjectId, ratings] of Object.entries(seeded))
        for (const [index, rating] of ratings.entries()) {
          const person = people[index];
          if (!person) throw new Error("seven people");
          const token = await idp.token({ claims: { oid: person.oid, name: person.name } });
          const response = await fetch(`${app.url}/api/tab/feedback`, {
            method: "PUT",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify({ unitId: "specialenheden", subjectId, rating }),
          });
          expect(response.status).toBe(200);
        }
    }, 60_000);
    afterEach(() => pages.closeAll());
    afterAll(async () => {
      await app?.close();
      await idp?.close();
    });

    /** Opens a page in the host as the leader, the frame tall enough to show the whole page. */
    async function open(
      tabPath: string,
      theme: "default" | "dark",
    ): Promise<{ tab: Frame; shoot: (name: string) => Promise<void> }> {
      const token = await idp.token({ claims: leader });
      const page = await pages.newPage({ viewport: { width: 1024, height: 1400 } });
      const problems = collectProblems(page);
      const host = await openInTeamsHost(page, app.url, { tabPath, frameContext: "content", token, theme });
      await page.evaluate(() => {
        const frame = document.querySelector("iframe");
        if (frame) frame.height = "1400";
      });
      return {
        tab: host.tab,
        shoot: async (name) => {
          expect(problems).toEqual([]);
          await page.locator("iframe").screenshot({ path: join(outDir, `${name}.png`) });
        },
      };
    }

    for (const theme of ["default", "dark"] as const) {
      const suffix = theme === "default" ? "light" : "dark";
      it(`shows the unit page's tabs and rows of five choices (${suffix})`, async () => {
        const { tab, shoot } = await open("/tab/index.html?unit=specialenheden#local-initiatives", theme);
        await tab.locator("#local-initiatives").waitFor();
        expect(await tab.locator("#local-initiatives form.rating-row").count()).toBe(2);
        await shoot(`unit-page-${suffix}`);
      }, 60_000);

      it(`shows the leader summary cards, charts with axes and tables, and a hidden group (${suffix})`, async () => {
        const { tab, shoot } = await open("/tab/index.html?unit=specialenheden&view=results", theme);
        const question = tab.locator("section.question-result");
        await question.first().waitFor();
        const values = await question.first().locator(".summary-value").allTextContents();
        // Every rating on the tab answers the one question "how good is the initiative", 24 in all.
        expect(values[0]).toBe(String(Object.values(seeded).flat().length));
        expect(values[1]).toMatch(/^\d,\d \/ 5$/);
        expect(await question.first().locator("svg .tick").allTextContents()).toEqual(
          expect.arrayContaining([`uge ${isoWeekNumber()}`]),
        );
        expect(await tab.locator("table.data-table").count()).toBeGreaterThanOrEqual(4);
        const hidden = tab.locator("section.prompt-result", { hasText: "Digitalisering" });
        expect(await hidden.locator(".hidden-title").textContent()).toBe("For få svar");
        expect(await hidden.locator("svg").count()).toBe(0);
        await shoot(`results-${suffix}`);
      }, 60_000);
    }
  });
}

/** This week's ISO week number, as the results label the answers just given. */
function isoWeekNumber(): number {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
}
