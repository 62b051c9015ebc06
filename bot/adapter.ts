import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from "botbuilder";
import type { Logger } from "pino";
import type { Config } from "../core/config.ts";

/**
 * The Bot Framework edge: a `CloudAdapter` authenticated from our configuration. With a bot id,
 * every incoming activity must carry a valid Bot Framework token (else 401); without one (local mode,
 * for the Agents Playground or the Emulator) authentication is off. A turn that fails is logged and the
 * user gets `apologize`'s reply instead of silence. This is the one file that knows
 * botbuilder's authentication, so a move to the Microsoft 365 Agents SDK starts here.
 */
export function createBotAdapter(
  config: Config,
  logger: Logger,
  apologize: (context: TurnContext) => Promise<void>,
): CloudAdapter {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = config.bot
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.password ?? "",
        MicrosoftAppType: config.bot.type,
        MicrosoftAppTenantId: config.bot.tenantId ?? "",
      }
    : {};
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: { name: error.name, message: error.message }, activityType: context.activity.type },
      "bot: turn failed",
    );
    await apologize(context).catch((apologyError: Error) =>
      logger.error({ err: { message: apologyError.message } }, "bot: could not send the error card"),
    );
  };
  return adapter;
}
