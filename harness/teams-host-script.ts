/**
 * The browser's side of the Teams stand-in (`teams-host.ts`): the script of an outer page on the app's
 * own origin (teams-js trusts a parent of its own origin, as it trusts teams.microsoft.com) that frames
 * a tab page and answers teams-js 2.x's postMessage protocol the way Teams does, so the pages' Teams path
 * runs for real. It emulates:
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
export interface HostState {
  messages: HostMessage[];
  validity?: boolean;
  saved?: SavedConfig;
  saveOutcome?: { success: boolean; reason?: string };
  initialized: boolean;
}

/** Runs in the host page: frames the tab and answers it. Self-contained, as it is sent to the browser. */
export function installTeamsHost(
  options: TeamsHostOptions & { channel: NonNullable<TeamsHostOptions["channel"]> },
) {
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
