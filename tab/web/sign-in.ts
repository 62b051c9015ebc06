/**
 * How the pages get a token for the tab API — the only module that knows. In Teams it is Teams SSO,
 * `authentication.getAuthToken()` from teams-js, which the page loads anyway: `TeamsUserCredential`
 * from `@microsoft/teamsfx` (not a dependency; its support ended in September 2026) does the same
 * through the same call but adds about 90 KB gzip, nearly the whole first-load budget (100 KB). Loaded
 * only in Teams, like teams-js; outside Teams there is no token, and the API then works only in local
 * mode (no SSO configured) and answers 401 otherwise.
 */
import { authentication } from "@microsoft/teams-js";

/** A bearer token for the tab API, or none. */
export interface SignIn {
  /** The token to send, or undefined when there is none to send (outside Teams, or SSO failed). */
  token(): Promise<string | undefined>;
  /** Why Teams gave no token, if it did not; shown when the API then turns the request away. */
  failure(): string | undefined;
}

/** Renew this long before the token says it expires. */
const renewBeforeExpiryMs = 60_000;

/** Teams SSO: a token from Teams for the signed-in user, kept until shortly before it expires. */
export function teamsSignIn(): SignIn {
  let cached: { token: string; expiresAt: number } | undefined;
  let failure: string | undefined;
  let pending: Promise<string | undefined> | undefined;
  const fetchToken = async (): Promise<string | undefined> => {
    try {
      const token = await authentication.getAuthToken();
      cached = { token, expiresAt: expiryOf(token) - renewBeforeExpiryMs };
      failure = undefined;
      return token;
    } catch (error) {
      // Not an error of the page: without SSO set up (local mode) Teams has no token to give.
      failure = (error as Error).message || "no token";
      return undefined;
    }
  };
  return {
    async token() {
      if (cached && cached.expiresAt > Date.now()) return cached.token;
      if (failure !== undefined) return undefined;
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    failure: () => failure,
  };
}

/** The `exp` of a JWT in ms; a token that cannot be read is used once and then fetched again. */
function expiryOf(token: string): number {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp * 1000 : 0;
  } catch {
    return 0; // Opaque token: treat it as expired, so the next request asks Teams again.
  }
}
