import { createTabApi, type TabApi } from "./api-client.ts";
import { requiredElement } from "./dom.ts";
import "./fluent-components.ts";
import { type Language, languageOf } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import type { UiText } from "../../core/i18n/ui-text.ts";
import type { SignIn } from "./sign-in.ts";
import { applyTheme, connectToHost } from "./tab-host.ts";
import type { TabHost } from "./tab-host-interface.ts";

/** What every page works with: its host, what it says in its language, the API and the page's landmarks. */
export interface TabPage {
  host: TabHost;
  language: Language;
  t: UiText;
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
  const t = textFor(language);
  document.documentElement.lang = language;
  const skipLink = document.querySelector(".skip-link");
  if (skipLink) skipLink.textContent = t.tab.skipToContent;
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
