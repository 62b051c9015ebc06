import { app, pages } from "@microsoft/teams-js";
import type { SavedTabConfig, TabConfigApi, TabHost, Theme } from "./tab-host-interface.ts";

/**
 * The Teams side of `TabHost`, through teams-js 2.x: `app.initialize`, `app.getContext` (locale, theme,
 * team, channel or chat, frame, a deep link's sub-page), theme changes, and on the configuration frame
 * `pages.config`.
 */
export async function connectToTeams(): Promise<TabHost> {
  await app.initialize();
  const context = await app.getContext();
  const channel = context.channel;
  return {
    inTeams: true,
    locale: context.app.locale,
    theme: themeOf(context.app.theme),
    conversationId: channel?.id ?? context.chat?.id,
    where: channel
      ? {
          ...(context.team?.displayName ? { team: context.team.displayName } : {}),
          ...(channel.displayName ? { channel: channel.displayName } : {}),
        }
      : context.chat
        ? { chat: true }
        : undefined,
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme))),
    loaded: () => {
      app.notifySuccess().catch((error: unknown) => {
        console.warn(`tab: Teams did not take the loaded notice: ${(error as Error).message}`);
      });
    },
    ...(context.page.frameContext === "settings" ? { config: configApi() } : {}),
  };
}

function configApi(): TabConfigApi {
  return {
    async current() {
      const saved = await pages.getConfig();
      if (!saved.contentUrl) return undefined;
      return {
        entityId: saved.entityId ?? "",
        contentUrl: saved.contentUrl,
        websiteUrl: saved.websiteUrl ?? saved.contentUrl,
        suggestedDisplayName: saved.suggestedDisplayName ?? "",
      };
    },
    setValid: (valid) => pages.config.setValidityState(valid),
    onSave(save: () => Promise<SavedTabConfig>) {
      pages.config.registerOnSaveHandler((event) => {
        save()
          .then((config) => pages.config.setConfig(config))
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure((error as Error).message),
          );
      });
    },
  };
}

/** The light theme's and contrast theme's names as Teams sends them; anything unknown is `default`. */
export function themeOf(name: string | undefined): Theme {
  return name === "dark" || name === "contrast" ? name : "default";
}
