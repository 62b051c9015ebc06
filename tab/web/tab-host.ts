/**
 * Where the page runs: inside Teams (or another Microsoft 365 host) through teams-js, or as a plain
 * page in a browser. The pages only see this interface; teams-js is loaded (its own chunk) only when
 * the page is framed, so a plain browser downloads and runs none of it.
 */
import type { TabHost, Theme } from "./tab-host-interface.ts";

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
