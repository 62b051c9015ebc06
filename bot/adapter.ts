import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
// botbuilder's own dependency, at the exact version it pins; CloudAdapter answers 401 for this class only.
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  AuthenticationError,
} from "botframework-connector";
import type { Logger } from "pino";
import type { Config } from "../core/config.ts";
import { AppError } from "../core/errors.ts";

/** Settings of the adapter's token checks a test can replace. */
export interface BotAdapterOptions {
  /**
   * Where the Bot Framework's OpenID metadata (and through it the signing keys) is fetched; default
   * botbuilder's, `https://login.botframework.com/v1/.well-known/openidconfiguration`.
   */
  openIdMetadataUrl?: string;
  /** Longest a token check may take, key fetch included, before the request is refused. Default 5 s. */
  authTimeoutMs?: number;
}

/**
 * The Bot Framework edge: a `CloudAdapter` authenticated from our configuration. With a bot id,
 * every incoming activity must carry a valid Bot Framework token (else 401) and come from the app's
 * tenant (else 403); without one (local mode, for the Agents Playground or the Emulator) neither is
 * checked. A turn that fails is logged and the user gets `apologize`'s reply instead of silence. This
 * is the one file that knows botbuilder's authentication, so a move to the Microsoft 365 Agents SDK
 * starts here.
 */
export class BotAdapter extends CloudAdapter {
  constructor(
    private readonly tenantId: string | undefined,
    authentication: TokenCheckWithLimits,
  ) {
    super(authentication);
  }

  /**
   * Checks who sent a request before anything else reads its body: the token (401, bound to the body's
   * `serviceUrl` and `channelId`, so a body that is not an activity cannot pass it), then the tenant
   * (403). Only then may validation say what is wrong with the body, so a caller without a valid token
   * learns nothing from validation messages. The result goes to `processActivity`, which then does not
   * check the token a second time.
   */
  async authenticate(body: unknown, authHeader: string): Promise<AuthenticateRequestResult> {
    const activity = (typeof body === "object" && body !== null ? body : {}) as Activity;
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError)
        throw new AppError(401, "bot: not authenticated", { cause: error });
      throw error;
    }
    if (this.tenantId && activityTenant(activity)?.toLowerCase() !== this.tenantId.toLowerCase())
      throw new AppError(403, "bot: activity refused: not from this app's tenant");
    return authenticated;
  }

  /** Runs the turn of an activity `authenticate` let in; an invoke's response is returned, else nothing. */
  runAuthenticated(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/**
 * The tenant an activity says it comes from. Teams puts it in `channelData.tenant.id` on every
 * activity, and in `conversation.tenantId` on most; where both are present they must agree, or the
 * activity names no single tenant.
 */
function activityTenant(activity: Activity): string | undefined {
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromConversation = activity.conversation?.tenantId as unknown;
  if (typeof fromChannel !== "string") return undefined;
  if (fromConversation !== undefined && fromConversation !== null && fromConversation !== fromChannel)
    return undefined;
  return fromChannel;
}

/** Builds the app's `BotAdapter` from the configuration; see `BotAdapter`. */
export function createBotAdapter(
  config: Config,
  logger: Logger,
  apologize: (context: TurnContext) => Promise<void>,
  options: BotAdapterOptions = {},
): BotAdapter {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = config.bot
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.password ?? "",
        MicrosoftAppType: config.bot.type,
        MicrosoftAppTenantId: config.bot.tenantId,
        ...(options.openIdMetadataUrl ? publicCloudWith(options.openIdMetadataUrl) : {}),
      }
    : {};
  const authentication = new TokenCheckWithLimits(settings, logger, options.authTimeoutMs ?? 5000);
  const adapter = new BotAdapter(config.bot?.tenantId, authentication);
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

/**
 * botbuilder's public-cloud settings with another metadata address. Setting any one of them makes
 * botbuilder take all of them as given (the unset ones as empty, which refuses every token).
 */
function publicCloudWith(openIdMetadataUrl: string): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * botbuilder's token check, made to answer every bad token with 401 in bounded time. On its own it
 * answers 500 whenever the check fails other than by its own `AuthenticationError`: when the signing
 * keys cannot be fetched (so any token claiming the Bot Framework's issuer, signed by anyone, made the
 * server fetch them and then fail), or when the signature is wrong or the token not yet valid
 * (`jsonwebtoken`'s errors pass through unchanged); and it waits as long as the key fetch does, which has no timeout. Here any such
 * failure, or a check still running after `timeoutMs`, is a 401: a token that cannot be verified is not
 * accepted. Which of them happened goes to the log, without the token (botbuilder's messages may quote a
 * claim, so they are cut short).
 */
class TokenCheckWithLimits extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly logger: Logger,
    private readonly timeoutMs: number,
  ) {
    super(settings);
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new AuthenticationError("bot: token check timed out", 401)),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([super.authenticateRequest(activity, authHeader), deadline]);
    } catch (error) {
      const { name, message } = error as Error;
      this.logger.warn(
        { err: { name, message: String(message).slice(0, 200) } },
        "bot: activity refused: token not verified",
      );
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError(`bot: token not verified (${name})`, 401);
    } finally {
      clearTimeout(timer);
    }
  }
}
