import type { Request, Response } from "restify";
import type { SsoConfig } from "../../core/config.ts";
import type { Strategy } from "../../core/content/strategy.ts";
import { AppError } from "../../core/errors.ts";
import { type ResultsAccess, resultsAccess } from "../../core/feedback/leader-access.ts";
import { createSsoTokenVerifier } from "./sso-token.ts";

/** Who is calling the tab API. */
export interface TabCaller {
  /** No SSO configured: everyone is `localUser`, and everyone sees results. */
  localMode: boolean;
  tenantId: string;
  objectId: string;
  name?: string;
  /** The person's app roles from their token (`Results.All`, `Results.<unit id>`); none in local mode. */
  roles: string[];
}

/** Finds out who sent a request; throws a 401 `AppError` when it cannot. */
export type CallerResolver = (req: Request, res: Response) => Promise<TabCaller>;

/** The one user of local mode. Its answers are kept under this tenant, apart from any real tenant's. */
export const localUser: TabCaller = {
  localMode: true,
  tenantId: "local",
  objectId: "local-user",
  name: "Lokal bruger",
  roles: [],
};

/** What `createCallerResolver` needs to know. */
export interface CallerSettings {
  /** Teams SSO; without it the API is in local mode, or off (see below). */
  sso?: SsoConfig;
  /** Whether the bot has an Entra registration (`BOT_ID`): the app is then a real deployment. */
  botConfigured: boolean;
}

/**
 * Three modes:
 * - **SSO** (`AAD_APP_CLIENT_ID` set): every request carries `Authorization: Bearer <Teams SSO token>`.
 * - **Local** (neither SSO nor `BOT_ID`, a developer's machine): no token; everyone is `localUser`.
 * - **Off** (`BOT_ID` without `AAD_APP_CLIENT_ID`): a deployment whose tab sign-in is not set up yet.
 *   Local mode there would give anyone who reaches the server every unit's results, and make all staff
 *   one respondent; so every request is a 401 until SSO is configured.
 */
export function createCallerResolver(settings: CallerSettings): CallerResolver {
  const { sso } = settings;
  if (!sso) {
    return async function resolveCaller(_req, res) {
      if (!settings.botConfigured) return localUser;
      res.header("WWW-Authenticate", "Bearer");
      throw new AppError(401, "tab: sign-in is not configured on this server (AAD_APP_CLIENT_ID)");
    };
  }
  const verify = createSsoTokenVerifier(sso);
  return async function resolveCaller(req, res) {
    const match = /^Bearer +(\S+)\s*$/i.exec(req.header("authorization") ?? "");
    if (!match?.[1]) {
      res.header("WWW-Authenticate", "Bearer");
      throw new AppError(401, "tab: sign-in required (Authorization: Bearer <Teams SSO token>)");
    }
    try {
      const user = await verify(match[1]);
      return {
        localMode: false,
        tenantId: user.tenantId,
        objectId: user.objectId,
        ...(user.name ? { name: user.name } : {}),
        roles: user.roles,
      };
    } catch (error) {
      if (error instanceof AppError && error.status === 401)
        res.header("WWW-Authenticate", 'Bearer error="invalid_token"');
      throw error;
    }
  };
}

/** What results the caller may see: the units their app roles name, everything in local mode. */
export function callerAccess(caller: TabCaller, strategy: Pick<Strategy, "units">): ResultsAccess {
  const unitIds = strategy.units.map((unit) => unit.id);
  return resultsAccess(caller.roles, unitIds, caller.localMode);
}
