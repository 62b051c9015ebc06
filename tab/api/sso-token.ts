import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import type { SsoConfig } from "../../core/config.ts";
import { AppError } from "../../core/errors.ts";

/** A person signed in to Teams, as their validated SSO token tells. */
export interface SignedInUser {
  /** `oid`: the person's Entra object id, the same in every app of the tenant. */
  objectId: string;
  /** `tid`: always the configured tenant. */
  tenantId: string;
  /** `name`: the display name, stored only with an answer its author chose not to make anonymous. */
  name?: string;
  /**
   * `roles`: the app roles assigned to the person, directly or through a group (`Results.All`,
   * `Results.<unit id>`; `core/feedback/leader-access.ts`). Entra puts them in the token whatever the
   * number of groups the person is in; group claims, which it drops beyond 200 groups, are not read.
   */
  roles: string[];
}

/** The scope Teams asks Entra for on the tab's behalf (`infra/aad.manifest.json`'s `oauth2Permissions`). */
const userScope = "access_as_user";

/** Checks a Teams SSO token and returns who it belongs to; any problem with the token is a 401. */
export type SsoTokenVerifier = (token: string) => Promise<SignedInUser>;

/** Settings of `createSsoTokenVerifier` beyond the configuration. */
export interface SsoTokenOptions {
  /** Slack for clock drift between Entra and this server when checking `exp` and `nbf`. Default 60 s. */
  clockToleranceSeconds?: number;
}

/**
 * Builds the verifier for the configured tenant. A token is accepted only when all of these hold:
 * - signed with RS256 by a key in the tenant's published key set (fetched from `jwksUrl` and cached by
 *   `jose`, which refetches on an unknown key id, so Entra's key rotation needs no restart); `alg: none`
 *   and symmetric algorithms are refused, so nobody can sign a token with a key of their choosing;
 * - `aud` is the app id URI (v1 tokens, which Teams SSO issues by default) or the bare client id (v2);
 * - `iss` is the tenant's v2.0 or v1 issuer, and `tid` is the tenant: one tenant, never "common";
 * - `exp` is present and not passed, `nbf` (if present) reached, both within the clock tolerance;
 * - `oid` is present: without it the person cannot be told apart from others;
 * - it is a person's token for this API: `scp` holds `access_as_user` (the scope Teams asks for) and
 *   `idtyp` is not `app` (an app's own token, from the client-credentials flow, has no person behind it
 *   and no `scp`; the app registration asks Entra for the optional `idtyp` claim).
 */
export function createSsoTokenVerifier(sso: SsoConfig, options: SsoTokenOptions = {}): SsoTokenVerifier {
  const keys = createRemoteJWKSet(new URL(sso.jwksUrl));
  const audience = [sso.appIdUri, sso.clientId].filter((value): value is string => Boolean(value));
  const issuer = [
    `https://login.microsoftonline.com/${sso.tenantId}/v2.0`,
    `https://sts.windows.net/${sso.tenantId}/`,
  ];
  const clockTolerance = options.clockToleranceSeconds ?? 60;

  return async function verifySsoToken(token) {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        audience,
        issuer,
        clockTolerance,
        requiredClaims: ["exp"],
      }));
    } catch (error) {
      throw verificationFailure(error);
    }
    const { oid, tid, name, roles } = payload;
    if (typeof tid !== "string" || tid.toLowerCase() !== sso.tenantId.toLowerCase()) {
      throw new AppError(401, "tab: token rejected: not from this app's tenant");
    }
    if (typeof oid !== "string" || !oid) throw new AppError(401, "tab: token rejected: no object id (oid)");
    if (payload.idtyp === "app")
      throw new AppError(401, "tab: token rejected (idtyp): an application's token, not a person's");
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes(userScope))
      throw new AppError(401, `tab: token rejected (scp): the ${userScope} scope is missing`);
    return {
      objectId: oid,
      tenantId: sso.tenantId,
      ...(typeof name === "string" && name.trim() ? { name: name.trim() } : {}),
      roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === "string") : [],
    };
  };
}

/**
 * A bad token is the caller's problem (401, with jose's error code, which names the rule and nothing of
 * the token); not reaching the key set is ours (503), and must not read as "your sign-in is wrong".
 */
function verificationFailure(error: unknown): AppError {
  const keysUnavailable =
    !(error instanceof errors.JOSEError) ||
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error.code === errors.JOSEError.code;
  if (keysUnavailable) {
    return new AppError(503, "tab: sign-in keys unavailable; try again shortly", { cause: error });
  }
  const claim = error instanceof errors.JWTClaimValidationFailed ? `: ${error.claim}` : "";
  return new AppError(401, `tab: token rejected (${error.code}${claim})`, { cause: error });
}
