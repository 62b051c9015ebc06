import type { Page } from "playwright-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AppUnderTest } from "../../../harness/app-under-test.ts";
import { collectProblems, pageOpener } from "../../../harness/chromium.ts";
import { openInTeamsHost, testChannel } from "../../../harness/teams-host.ts";
import type { TabTestEnv } from "./tab-test-env.ts";

/** The configuration page of the channel and group-chat tab, in the Teams test host. */
export function configPageCases(env: TabTestEnv): void {
  describe("the tab's configuration page", () => {
    let app: AppUnderTest;
    const pages = pageOpener(() => env.browser());
    beforeAll(() => {
      app = env.localApp();
    });
    afterEach(() => pages.closeAll());

    async function newPage(): Promise<{ page: Page; problems: string[] }> {
      const page = await pages.newPage({ locale: "da-DK" });
      return { page, problems: collectProblems(page) };
    }

    it("saves the chosen unit with teams-js: content and website URL, entity id, display name; Save only once a unit is chosen", async () => {
      const { page, problems } = await newPage();
      const host = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/config.html",
        frameContext: "settings",
      });
      const { tab } = host;
      await tab.getByRole("radio", { name: "Specialenheden" }).waitFor();
      expect(await tab.getByRole("radio").count()).toBe(7);
      expect(await tab.getByRole("radio", { name: "Hele Københavns Politi" }).count()).toBe(1);
      await expect.poll(() => host.validity()).toBe(false);

      await tab.getByRole("radio", { name: "Specialenheden" }).check();
      await expect.poll(() => host.validity()).toBe(true);
      const channelUnit = page.waitForRequest((request) => request.url().endsWith("/api/tab/channel-unit"));
      const saved = await host.save();
      expect(saved).toEqual({
        success: true,
        saved: {
          entityId: "strategi-2025-specialenheden",
          contentUrl: `${app.url}/tab/index.html?unit=specialenheden`,
          websiteUrl: `${app.url}/tab/index.html?unit=specialenheden`,
          suggestedDisplayName: "Strategi 2025 · Specialenheden",
        },
      });
      // The channel is tied to the unit, so the bot files the channel's feedback under it.
      const request = await channelUnit;
      expect(request.method()).toBe("PUT");
      expect(request.postDataJSON()).toEqual({ conversationId: testChannel.id, unitId: "specialenheden" });
      expect((await request.response())?.status()).toBe(204);

      const sent = (await host.messages()).map((message) => message.func);
      expect(sent).toEqual(
        expect.arrayContaining(["initialize", "getContext", "settings.setValidityState", "registerHandler"]),
      );
      expect(sent.indexOf("settings.setSettings")).toBeLessThan(sent.indexOf("settings.save.success"));
      expect(problems).toEqual([]);
    });

    it("starts from the saved unit when the configuration is changed later, and saves the new one", async () => {
      const { page, problems } = await newPage();
      const host = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/config.html",
        frameContext: "settings",
        savedConfig: {
          entityId: "strategi-2025-beredskabsenheden",
          contentUrl: `${app.url}/tab/index.html?unit=beredskabsenheden`,
          suggestedDisplayName: "Strategi 2025 · Beredskabsenheden",
        },
      });
      const current = host.tab.getByRole("radio", { name: "Beredskabsenheden" });
      await current.waitFor();
      expect(await current.isChecked()).toBe(true);
      await expect.poll(() => host.validity()).toBe(true);
      await host.tab.getByRole("radio", { name: "Hele Københavns Politi" }).check();
      const saved = await host.save();
      expect(saved.saved).toMatchObject({
        entityId: "strategi-2025-all",
        contentUrl: `${app.url}/tab/index.html?unit=all`,
        suggestedDisplayName: "Strategi 2025 · Hele Københavns Politi",
      });
      expect(problems).toEqual([]);
    });

    it("saves in a group chat, with the chat as the conversation", async () => {
      const { page } = await newPage();
      const host = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/config.html",
        frameContext: "settings",
        chatId: "19:gruppechat@thread.v2",
        locale: "en-gb",
      });
      await host.tab.getByRole("radio", { name: "Lokalpolitienheden" }).check();
      const channelUnit = page.waitForRequest((request) => request.url().endsWith("/api/tab/channel-unit"));
      expect((await host.save()).success).toBe(true);
      expect((await channelUnit).postDataJSON()).toEqual({
        conversationId: "19:gruppechat@thread.v2",
        unitId: "lokalpolitienheden",
      });
      expect(await host.tab.locator("h1").textContent()).toBe("Choose the unit for this tab");
    });

    it("tells Teams and the person when saving fails, and saves nothing", async () => {
      const { page } = await newPage();
      const host = await openInTeamsHost(page, app.url, {
        tabPath: "/tab/config.html",
        frameContext: "settings",
        channel: { ...testChannel, id: "not a channel id" },
      });
      await host.tab.getByRole("radio", { name: "Specialenheden" }).check();
      const outcome = await host.save();
      expect(outcome.success).toBe(false);
      expect(outcome.saved).toBeUndefined();
      expect(outcome.reason).toContain("conversationId");
      expect(await host.tab.getByRole("alert").textContent()).toMatch(
        /^Fanen kunne ikke gemmes: .*conversationId/,
      );
    });

    it("outside Teams offers a preview of the chosen unit's tab, without errors", async () => {
      const { page, problems } = await newPage();
      await page.goto(`${app.url}/tab/config.html`);
      await page.getByRole("radio", { name: "Administrationssøjlen" }).check();
      await page.getByRole("link", { name: "Vis fanen for Administrationssøjlen" }).click();
      await page.locator("#item-administrationssoejlen-sund-drift").waitFor({ state: "attached" });
      expect(problems).toEqual([]);
    });
  });
}
