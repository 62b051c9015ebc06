/**
 * Where the page runs: inside Teams (or another Microsoft 365 host) through teams-js, or as a plain
 * page in a browser. The pages only see this interface; teams-js is loaded (its own chunk) only when
 * the page is framed, so a plain browser downloads and runs none of it.
 */

/** Teams' three themes; a plain browser page uses `default`, the light one. */
export type Theme = "default" | "dark" | "contrast";

/** A tab's saved configuration, as the configuration page gives it to Teams. */
export interface SavedTabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/** The configuration page's side of Teams (`pages.config`); only in the `settings` frame. */
export interface TabConfigApi {
  /** The configuration saved before, when the tab is being reconfigured. */
  current(): Promise<SavedTabConfig | undefined>;
  /** Enables Teams' Save button; only valid once a unit is chosen. */
  setValid(valid: boolean): void;
  /** Runs `save` when the user presses Save; its config is given to Teams, its error shown by Teams. */
  onSave(save: () => Promise<SavedTabConfig>): void;
}

/** The page's host and what it knows about where the tab is. */
export interface TabHost {
  inTeams: boolean;
  /** The user's locale: Teams' context, else the browser's. */
  locale: string;
  theme: Theme;
  /** The channel or chat the tab is pinned in (its id), for tying the conversation to a unit. */
  conversationId?: string;
  /** Names for "pinned in Team › Channel"; `chat` when the tab is in a group chat. */
  where?: { team?: string; channel?: string; chat?: boolean };
  /** What a Teams deep link asks the page to open (`app.getContext().page.subPageId`; `sub-page.ts`). */
  subPageId?: string;
  onThemeChange(handler: (theme: Theme) => void): void;
  /** Tells the host the page is ready (Teams then hides its loading indicator). */
  loaded(): void;
  config?: TabConfigApi;
}

/** How long a framed page waits for a Teams host to answer before it carries on as a plain page. */
const teamsAnswerTimeoutMs = 5000;

/** Connects to Teams when framed by a host, else describes the plain browser page. */
export async function connectToHost(): Promise<TabHost> {
  if (!mayBeInTeams()) return browserHost();
  try {
    const { connectToTeams } = await import("./teams-connection.ts");
    return await withTimeout(connectToTeams(), teamsAnswerTimeoutMs);
  } catch (error) {
    console.warn(`tab: no Teams host answered (${(error as Error).message}); showing the plain page`);
    return browserHost();
  }
}

/** The light theme's and contrast theme's names as Teams sends them; anything unknown is `default`. */
export function themeOf(name: string | undefined): Theme {
  return name === "dark" || name === "contrast" ? name : "default";
}

/** Sets the page's theme; the CSS picks its custom properties by `data-theme`. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** Framed by a host page, or in a Teams mobile webview, which has `nativeInterface` instead. */
function mayBeInTeams(): boolean {
  return window.parent !== window || "nativeInterface" in window;
}

function browserHost(): TabHost {
  return {
    inTeams: false,
    locale: navigator.language,
    theme: "default",
    onThemeChange: () => {},
    loaded: () => {},
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
