// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${{NAME}}` is the Agents Toolkit's placeholder syntax, compared here as text.
/**
 * What Microsoft's schema cannot check: permission names, ids that must agree with each other and
 * with the Entra app, commands the bot must answer, URLs on the valid domains, pages that must exist.
 */
import { describe, expect, it } from "vitest";
import type { BotContext } from "../../bot/flows/bot-context.ts";
import { recognizeCommand } from "../../bot/flows/commands.ts";
import { recognizeFeedbackCommand } from "../../bot/flows/feedback-command.ts";
import { searchCommandId, searchExtensionResponse } from "../../bot/flows/search-extension-flow.ts";
import { tabPages } from "../../scripts/build-tab.ts";
import {
  type AppManifest,
  englishStrings,
  environments,
  filledManifest,
  provisioned,
  repoFile,
} from "./app-package-fixture.ts";
import { documentedRscPermissions } from "./rsc-permissions.ts";

const template = JSON.parse(repoFile("appPackage/manifest.json")) as AppManifest;
const entraApp = JSON.parse(repoFile("infra/aad.manifest.json")) as {
  appId: string;
  identifierUris: string[];
};

describe("resource-specific consent", () => {
  const permissions = template.authorization.permissions.resourceSpecific;

  it("asks only for documented permissions, each of a type Microsoft supports for it", () => {
    for (const { name, type } of permissions) {
      const documented = documentedRscPermissions[name];
      expect(documented, `${name} is not a documented RSC permission`).toBeDefined();
      expect(
        type === "Application" ? documented?.application : documented?.delegated,
        `${name} as ${type}`,
      ).toBe(true);
    }
  });

  it("asks for the meeting start/end events in chats and channels, which feedback prompts need", () => {
    expect(permissions).toEqual([
      { name: "OnlineMeeting.ReadBasic.Chat", type: "Application" },
      { name: "ChannelMeeting.ReadBasic.Group", type: "Application" },
    ]);
  });
});

describe("ids", () => {
  it("give the bot and the message extension the same bot id", () => {
    expect(template.bots[0]?.botId).toBe("${{BOT_ID}}");
    expect(template.composeExtensions[0]?.botId).toBe(template.bots[0]?.botId);
  });

  it("tie tab SSO to the tab's domain and the Entra app that aadApp/update configures", () => {
    expect(template.webApplicationInfo).toEqual({
      id: "${{AAD_APP_CLIENT_ID}}",
      resource: "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}",
    });
    expect(entraApp.appId).toBe(template.webApplicationInfo.id);
    expect(entraApp.identifierUris).toEqual([template.webApplicationInfo.resource]);
  });

  for (const environment of environments) {
    it(`agree once filled for "${environment}"`, () => {
      const manifest = filledManifest(environment);
      const values = provisioned[environment];
      expect(manifest.id).toBe(values.TEAMS_APP_ID);
      expect(manifest.bots[0]?.botId).toBe(values.BOT_ID);
      expect(manifest.composeExtensions[0]?.botId).toBe(values.BOT_ID);
      expect(manifest.webApplicationInfo.resource).toBe(
        `api://${values.TAB_DOMAIN}/${values.AAD_APP_CLIENT_ID}`,
      );
      expect(manifest.validDomains).toEqual([values.TAB_DOMAIN]);
    });
  }
});

describe("the bot's command list", () => {
  const bot = template.bots[0];
  const english = englishStrings();
  const titles = bot?.commandLists.flatMap((list) => list.commands.map((command) => command.title)) ?? [];
  const englishTitles = Object.entries(english)
    .filter(([key]) => key.startsWith("bots[0].") && key.endsWith(".title"))
    .map(([, title]) => title);

  it("is the Danish commands, in every scope the bot is installed in", () => {
    expect(titles).toEqual(["hjælp", "pejlemærker", "enheder", "feedback"]);
    expect(bot?.commandLists.map((list) => list.scopes)).toEqual([bot?.scopes]);
    expect(bot?.scopes).toEqual(["personal", "team", "groupChat"]);
    expect(bot).toMatchObject({ supportsCalling: false, isNotificationOnly: false });
  });

  it("lists only what the bot answers as a command, in Danish and in English", () => {
    for (const title of [...titles, ...englishTitles]) {
      const answered = recognizeCommand(title) ?? recognizeFeedbackCommand(title)?.kind;
      expect(answered, `"${title}" would be searched as a question`).toBeDefined();
    }
  });

  it("covers every command the bot has", () => {
    const listed = new Set(
      titles.map((title) => recognizeCommand(title) ?? `feedback:${recognizeFeedbackCommand(title)?.kind}`),
    );
    expect([...listed].sort()).toEqual(["feedback:open", "help", "pejlemaerker", "units"]);
  });
});

describe("the message extension", () => {
  const command = template.composeExtensions[0]?.commands[0];

  it("is one search command with a query parameter, run only when the user types", () => {
    expect(template.composeExtensions[0]?.commands).toHaveLength(1);
    expect(command).toMatchObject({
      id: "searchStrategy",
      type: "query",
      title: "Søg i Strategi 2025",
      initialRun: false,
      context: ["compose", "commandBox"],
    });
    expect(command?.parameters.map((parameter) => parameter.name)).toEqual(["query"]);
  });

  it("uses the command id and parameter name the bot's handler answers", () => {
    expect(command?.id).toBe(searchCommandId);
    const nothingFound: Pick<BotContext, "maxQuestionLength" | "search" | "strategy"> = {
      maxQuestionLength: 500,
      search: { answers: () => [] } as unknown as BotContext["search"],
      strategy: {} as BotContext["strategy"],
    };
    const response = searchExtensionResponse(
      nothingFound as BotContext,
      {
        commandId: command?.id ?? "",
        parameters: [{ name: command?.parameters[0]?.name ?? "", value: "parkering" }],
      },
      "da",
    );
    // An unknown command or parameter gets an empty result list; the handler's own reply is a message.
    expect(response.composeExtension?.type).toBe("message");
  });
});

describe("the tabs", () => {
  it("are the unit tab for channels, chats and meetings, and the personal strategy tab beside the chat", () => {
    expect(template.configurableTabs).toEqual([
      {
        configurationUrl: "https://${{TAB_DOMAIN}}/tab/config.html",
        canUpdateConfiguration: true,
        scopes: ["team", "groupChat"],
        context: ["channelTab", "privateChatTab", "meetingChatTab", "meetingDetailsTab", "meetingSidePanel"],
        meetingSurfaces: ["sidePanel"],
      },
    ]);
    expect(template.staticTabs.map((tab) => tab.entityId)).toEqual(["conversations", "strategi", "about"]);
  });

  it("point at pages the tab build writes and the tab serves", () => {
    const urls = [
      ...template.configurableTabs.map((tab) => tab.configurationUrl),
      ...template.staticTabs.flatMap((tab) => [tab.contentUrl, tab.websiteUrl]),
    ].filter((url): url is string => url !== undefined);
    for (const url of urls) {
      const page = /^https:\/\/\$\{\{TAB_DOMAIN\}\}\/tab\/([\w-]+\.html)$/.exec(url)?.[1];
      expect(page, url).toBeDefined();
      expect(Object.keys(tabPages), url).toContain(page);
    }
  });
});

describe("URLs", () => {
  for (const environment of environments) {
    it(`are https and on a valid domain once filled for "${environment}"`, () => {
      const manifest = filledManifest(environment);
      const urls = stringsIn(manifest).filter(([, value]) => /^[a-z]+:\/\//i.test(value));
      expect(urls.length).toBeGreaterThan(5);
      for (const [path, value] of urls) {
        if (path.startsWith("$schema")) continue;
        const url = new URL(value);
        expect(url.protocol === "https:" || url.protocol === "api:", `${path}: ${value}`).toBe(true);
        // The developer's pages open in a browser, never inside Teams, so they need not be valid domains.
        if (path.startsWith("developer.")) continue;
        expect(manifest.validDomains, `${path}: ${value}`).toContain(url.host);
      }
    });
  }
});

/** Every string in a JSON value, with its path (`staticTabs.1.contentUrl`). */
function stringsIn(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => stringsIn(child, path ? `${path}.${key}` : key));
}
