import type { Frame, Page } from "playwright-core";

/**
 * A stand-in for Teams' web client around the tab: an outer page on the app's own origin (teams-js
 * trusts a parent of its own origin, as it trusts teams.microsoft.com) that frames a tab page and
 * answers teams-js 2.x's postMessage protocol the way Teams does, so the pages' Teams path runs for
 * real. It emulates:
 * - `initialize` → frame context (`settings` or `content`), client type `web`, a runtime config
 *   (apiVersion 4) saying it supports `pages`, `pages.config` and `app`;
 * - `getContext` → locale, theme, user and tenant, team and channel (or chat), entity id, frame, and a
 *   deep link's sub-entity id (teams-js gives the page `page.subPageId`);
 * - `settings.getSettings` (what was saved), `settings.setValidityState`, `settings.setSettings`
 *   (recorded as the saved config), and Save: `settings.save` → the tab's handler →
 *   `settings.save.success` / `settings.save.failure`;
 * - `authentication.getAuthToken` → the given token, or a failure ("no SSO configured");
 * - `themeChange` events, and records `registerHandler` and `appInitialization.*` notices.
 * Every message the tab sends is recorded for the tests to assert on.
 */

/** What this host tells the tab. */
export interface TeamsHostOptions {
  /** The tab page to frame, e.g. `/tab/config.html`. */
  tabPath: string;
  frameContext: "settings" | "content";
  locale?: string;
  theme?: "default" | "dark" | "contrast";
  /** The channel the tab is pinned in; default the Specialenheden team's general channel. */
  channel?: { id: string; name: string; teamId: string; teamName: string };
  /** A group chat instead of a channel. */
  chatId?: string;
  /** The saved configuration `settings.getSettings` answers with (reconfiguring a tab). */
  savedConfig?: SavedConfig;
  /** The SSO token `getAuthToken` gives; without one it fails, as Teams does when SSO is not set up. */
  token?: string;
  /** The `subEntityId` of the deep link the tab was opened by (`item:<id>`, `results`, `results:<unit>`). */
  subPageId?: string;
}

/** A tab's configuration as the tab gave it to `setConfig`. */
export interface SavedConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName?: string;
}

/** A message the tab sent to the host. */
export interface HostMessage {
  func: string;
  args: unknown[];
}

/** The host's state as the tests read it. */
interface HostState {
  messages: HostMessage[];
  validity?: boolean;
  saved?: SavedConfig;
  saveOutcome?: { success: boolean; reason?: string };
  initialized: boolean;
}

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

/** Runs in the host page: frames the tab and answers it. Self-contained, as it is sent to the browser. */
function installTeamsHost(options: TeamsHostOptions & { channel: NonNullable<TeamsHostOptions["channel"]> }) {
  const state: HostState = {
    messages: [],
    initialized: false,
    ...(options.savedConfig ? { saved: options.savedConfig } : {}),
  };
  const frame = document.createElement("iframe");
  frame.title = "Strategilotsen";
  frame.src = options.tabPath;
  frame.width = "1024";
  frame.height = "768";
  document.body.append(frame);
  const post = (data: unknown) => frame.contentWindow?.postMessage(data, window.location.origin);
  const reply = (request: { id: number; uuidAsString?: string }, args: unknown[]) =>
    post({ id: request.id, uuidAsString: request.uuidAsString, args });
  const runtime = {
    apiVersion: 4,
    supports: {
      app: {},
      pages: { config: {}, tabs: {}, backStack: {} },
      teamsCore: {},
      appInstallDialog: {},
    },
  };
  const channel = options.chatId ? undefined : options.channel;
  const context = {
    locale: options.locale ?? "da-dk",
    theme: options.theme ?? "default",
    frameContext: options.frameContext,
    entityId: options.savedConfig?.entityId ?? "",
    ...(options.subPageId ? { subEntityId: options.subPageId } : {}),
    hostClientType: "web",
    hostName: "Teams",
    appSessionId: "test-session",
    tid: "test-tenant",
    userObjectId: "test-user",
    loginHint: "medarbejder@politi.example.dk",
    ...(channel
      ? {
          channelId: channel.id,
          channelName: channel.name,
          channelType: "Regular",
          teamId: channel.teamId,
          teamName: channel.teamName,
          groupId: "test-group",
        }
      : { chatId: options.chatId }),
  };
  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow) return;
    const request = event.data as { id: number; uuidAsString?: string; func?: unknown; args?: unknown[] };
    if (typeof request?.func !== "string") return;
    const args = request.args ?? [];
    state.messages.push({ func: request.func, args });
    switch (request.func) {
      case "initialize":
        reply(request, [options.frameContext, "web", JSON.stringify(runtime), "2.58.0"]);
        state.initialized = true;
        break;
      case "getContext":
        reply(request, [context]);
        break;
      case "settings.getSettings":
        reply(request, [state.saved ?? {}]);
        break;
      case "settings.setValidityState":
        state.validity = args[0] === true;
        break;
      case "settings.setSettings":
        state.saved = args[0] as SavedConfig;
        reply(request, [true]);
        break;
      case "settings.save.success":
        state.saveOutcome = { success: true };
        break;
      case "settings.save.failure":
        state.saveOutcome = { success: false, reason: String(args[0] ?? "") };
        break;
      case "authentication.getAuthToken":
        reply(request, options.token ? [true, options.token] : [false, "resourceRequiresConsent"]);
        break;
    }
  });
  const exposed = window as unknown as Record<string, unknown>;
  exposed.teamsHost = state;
  exposed.teamsHostSave = () => {
    state.saveOutcome = undefined;
    post({ func: "settings.save", args: [{}] });
  };
  exposed.teamsHostTheme = (theme: string) => post({ func: "themeChange", args: [theme] });
}
