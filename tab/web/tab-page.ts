import type { MeResponse } from "../api/tab-api-contract.ts";
import { createTabApi, type TabApi, TabApiError } from "./api-client.ts";
import { el } from "./dom.ts";
import type { SignIn } from "./sign-in.ts";
import { applyTheme, connectToHost, type TabHost } from "./tab-host.ts";
import { type Language, languageOf, type TabStrings, tabStrings } from "./tab-strings.ts";

/** What every page works with: its host, its language's strings, the API and the page's landmarks. */
export interface TabPage {
  host: TabHost;
  language: Language;
  t: TabStrings;
  api: TabApi;
  signIn: SignIn;
  /** The `<main>` landmark the page renders into. */
  main: HTMLElement;
  /** Banners above the content: local mode, sign-in problems. */
  notices: HTMLElement;
}

/**
 * Connects to the host (Teams or none), then sets the theme (following Teams' changes), the language
 * (`lang` and the skip link) and the API client with Teams SSO when there is one.
 */
export async function startPage(): Promise<TabPage> {
  const host = await connectToHost();
  applyTheme(host.theme);
  host.onThemeChange(applyTheme);
  const language = languageOf(host.locale);
  const t = tabStrings(language);
  document.documentElement.lang = language;
  const skipLink = document.querySelector(".skip-link");
  if (skipLink) skipLink.textContent = t.skipToContent;
  const sign = host.inTeams ? (await import("./sign-in.ts")).teamsSignIn() : withoutSignIn;
  return {
    host,
    language,
    t,
    api: createTabApi(sign),
    signIn: sign,
    main: requiredElement("main"),
    notices: requiredElement("notices"),
  };
}

/** A plain browser page has no token to send: the API serves it in local mode only. */
const withoutSignIn: SignIn = { token: async () => undefined, failure: () => undefined };

/** Says "local mode" plainly at the top of the page, and that the strategy text stays Danish. */
export function showNotices(page: TabPage, me: MeResponse): void {
  const { t } = page;
  if (me.localMode) page.notices.append(el("p", { class: "notice", id: "local-mode" }, t.localModeBanner));
  if (t.quotedInDanish) page.notices.append(el("p", { class: "muted" }, t.quotedInDanish));
}

/** The sentence for a failed request; a 401 after Teams gave no token says why Teams gave none. */
export function describeError(page: Pick<TabPage, "t" | "signIn">, error: unknown): string {
  const { errors } = page.t;
  if (!(error instanceof TabApiError)) return errors.other;
  if (error.status === 401) {
    const failure = page.signIn.failure();
    return failure ? page.t.signInFailed(failure) : errors.unauthorized;
  }
  if (error.status === 403) return errors.forbidden;
  if (error.status === 404) return errors.notFound;
  if (error.status === 429) return errors.tooMany;
  if (error.status === 503) return errors.unavailable;
  if (error.status === 400) return error.message;
  return errors.other;
}

/** An error as an alert: announced at once, shown in the error colour. */
export function alertBox(text: string): HTMLElement {
  return el("p", { class: "error", role: "alert" }, text);
}

/** An element the page's HTML must have; its absence is a bug in the page, so it throws. */
export function requiredElement(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`tab: the page has no #${id}`);
  return found;
}
