/**
 * A stand-in for Teams' web client around the tab, the test's side: `openInTeamsHost` opens an outer page
 * on the app's own origin, runs the host script (`teams-host-script.ts`: what it emulates of teams-js 2.x's
 * protocol) in it, and reads back what the tab told the host.
 */
import type { Frame, Page } from "playwright-core";
import {
  type HostMessage,
  type HostState,
  installTeamsHost,
  type SavedConfig,
  type TeamsHostOptions,
} from "./teams-host-script.ts";

/** The running host: the tab's frame and what the tab told the host. */
export interface TeamsHost {
  /** The framed tab page. */
  tab: Frame;
  messages(): Promise<HostMessage[]>;
  /** The last validity the tab set (Teams' Save button enabled or not); it arrives by postMessage, so poll it. */
  validity(): Promise<boolean | undefined>;
  /** Presses Teams' Save: runs the tab's save handler and waits for its success or failure. */
  save(): Promise<{ success: boolean; reason?: string; saved?: SavedConfig }>;
  /** Switches Teams' theme, as a user does in Teams' settings. */
  changeTheme(theme: "default" | "dark" | "contrast"): Promise<void>;
}

/** The default channel: a Specialenheden team's general channel. */
export const testChannel = {
  id: "19:specialenheden-generelt@thread.tacv2",
  name: "Generelt",
  teamId: "19:specialenheden-team@thread.tacv2",
  teamName: "Specialenheden",
};

/** The outer page; served by the browser itself (Playwright routing), on the app's origin. */
const hostPage =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Microsoft Teams (test host)</title></head><body></body></html>';
/** Pages whose host route is set up. */
const routed = new WeakSet<Page>();

/** Opens the host page on the app's origin and the tab page inside it; resolves once teams-js has initialized. */
export async function openInTeamsHost(
  page: Page,
  appUrl: string,
  options: TeamsHostOptions,
): Promise<TeamsHost> {
  const hostUrl = `${appUrl}/__teams-host__.html`;
  if (!routed.has(page)) {
    routed.add(page);
    await page.route(hostUrl, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: hostPage }),
    );
  }
  await page.goto(hostUrl);
  // Sent as source: tsx (`npm run bench`) compiles with keepNames, which wraps inner functions in
  // `__name(…)`, a helper the host page does not have; the script brings a do-nothing one.
  const settings = JSON.stringify({ channel: testChannel, ...options });
  await page.evaluate(`((__name) => (${installTeamsHost.toString()})(${settings}))((target) => target)`);
  await page.waitForFunction(() => (window as unknown as { teamsHost: HostState }).teamsHost.initialized);
  const tab = page.frames().find((frame) => frame.url().includes(options.tabPath));
  if (!tab) throw new Error(`teams host: no frame for ${options.tabPath}`);
  const state = () => page.evaluate(() => (window as unknown as { teamsHost: HostState }).teamsHost);
  return {
    tab,
    messages: async () => (await state()).messages,
    validity: async () => (await state()).validity,
    async save() {
      await page.evaluate(() => (window as unknown as { teamsHostSave: () => void }).teamsHostSave());
      await page.waitForFunction(() => (window as unknown as { teamsHost: HostState }).teamsHost.saveOutcome);
      const { saveOutcome, saved } = await state();
      return { ...(saveOutcome ?? { success: false }), ...(saved ? { saved } : {}) };
    },
    async changeTheme(theme) {
      await page.evaluate(
        (name) => (window as unknown as { teamsHostTheme: (theme: string) => void }).teamsHostTheme(name),
        theme,
      );
    },
  };
}
