/*
 * What the pages know of their host, Teams or a plain browser (`tab-host.ts` connects to one), in a
 * file of its own so the Teams side (`teams-connection.ts`, loaded only when framed) and the pages share
 * it without importing each other.
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
