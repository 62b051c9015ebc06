import { describe, expect, it } from "vitest";
import { startApp } from "../../../harness/app-under-test.ts";
import { useRunningApp } from "../../support/running-app.ts";
import {
  ssoEnv,
  startIdentityProvider,
  type TestIdentityProvider,
  testClientId,
  unsignedToken,
  v2Issuer,
} from "./identity-provider.ts";
import { callTab, tabClient } from "./tab-client.ts";

let idp: TestIdentityProvider;
const running = useRunningApp(async () => {
  idp = await startIdentityProvider();
  return { env: ssoEnv(idp.jwksUrl), alsoClose: [idp] };
});

const now = () => Math.floor(Date.now() / 1000);
const me = (token?: string) => tabClient(running.app.url, token).get("/api/tab/me");

describe("the tab API with Teams SSO", () => {
  it("accepts a valid Teams SSO token and says who is signed in", async () => {
    const response = await me(await idp.token({ claims: { name: "Anna Betjent" } }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ localMode: false, displayName: "Anna Betjent", resultsFor: [] });
  });

  it("accepts a v2 token too: the bare client id as audience and the v2.0 issuer", async () => {
    const token = await idp.token({ claims: { aud: testClientId, iss: v2Issuer, ver: "2.0" } });
    expect((await me(token)).status).toBe(200);
  });

  it("accepts a person's token (idtyp: user) with access_as_user among several scopes", async () => {
    const token = await idp.token({ claims: { idtyp: "user", scp: "User.Read access_as_user" } });
    expect((await me(token)).status).toBe(200);
  });

  it("accepts a token a little past its expiry (clock skew within 60 s)", async () => {
    expect((await me(await idp.token({ claims: { exp: now() - 20 } }))).status).toBe(200);
  });

  it("refuses a request without a token with 401 and WWW-Authenticate", async () => {
    const response = await me();
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(response.body.error).toMatch(/^tab: sign-in required/);
  });

  /** Each bad token, and the reason the 401 must give (so it is refused for the right reason). */
  const rejected: [string, () => Promise<string>, string][] = [
    [
      "an expired token",
      () => idp.token({ claims: { exp: now() - 120, iat: now() - 3720, nbf: now() - 3720 } }),
      "ERR_JWT_EXPIRED",
    ],
    ["a token not valid yet", () => idp.token({ claims: { nbf: now() + 300 } }), "nbf"],
    ["a token without an expiry", () => idp.token({ claims: { exp: undefined } }), "exp"],
    [
      "a token signed with another key under the published key id",
      () => idp.token({ key: "forged" }),
      "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    ],
    [
      "a token signed with an unknown key",
      () => idp.token({ key: "forged", kid: "someone-elses-key" }),
      "ERR_JWKS_NO_MATCHING_KEY",
    ],
    [
      "a token for another app (audience)",
      () => idp.token({ claims: { aud: "api://other.example.dk/1234" } }),
      "aud",
    ],
    ["a token from another issuer", () => idp.token({ claims: { iss: "https://evil.example.com/" } }), "iss"],
    [
      "a token of another tenant (its own issuer and tid)",
      () =>
        idp.token({
          claims: {
            tid: "00000000-1111-2222-3333-444444444444",
            iss: "https://sts.windows.net/00000000-1111-2222-3333-444444444444/",
          },
        }),
      "iss",
    ],
    ["a token with our issuer but another tid", () => idp.token({ claims: { tid: "another" } }), "tenant"],
    ["a token without an object id", () => idp.token({ claims: { oid: undefined } }), "oid"],
    ["a token without a tenant id", () => idp.token({ claims: { tid: undefined } }), "tenant"],
    [
      "an application's own token (idtyp: app), even with a role and the scope",
      () => idp.token({ claims: { idtyp: "app", roles: ["Results.All"] } }),
      "idtyp",
    ],
    [
      "an application's own token as Entra issues it (idtyp: app, roles, no scp)",
      () => idp.token({ claims: { idtyp: "app", scp: undefined, roles: ["Results.All"] } }),
      "idtyp",
    ],
    ["a token for another scope of this API", () => idp.token({ claims: { scp: "User.Read" } }), "scp"],
    ["a token with no scope", () => idp.token({ claims: { scp: undefined } }), "scp"],
    [
      "a token whose scope only starts like ours",
      () => idp.token({ claims: { scp: "access_as_user_admin" } }),
      "scp",
    ],
    ["an unsigned token (alg: none)", async () => unsignedToken(), "ERR_JOSE_ALG_NOT_ALLOWED"],
    ["a string that is no token", async () => "not-a-token", "ERR_JWS_INVALID"],
    [
      "a token with its signature cut off",
      async () => (await idp.token()).split(".").slice(0, 2).join("."),
      "ERR_JWS_INVALID",
    ],
  ];
  it.each(rejected)("refuses %s with 401", async (_name, makeToken, reason) => {
    const response = await me(await makeToken());
    expect(response.status).toBe(401);
    expect(response.body.error).toMatch(/^tab: token rejected/);
    expect(response.body.error).toContain(reason);
    expect(response.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
  });

  it("a non-Bearer Authorization header is a 401", async () => {
    const response = await fetch(`${running.app.url}/api/tab/me`, {
      headers: { authorization: "Basic YTpi" },
    });
    expect(response.status).toBe(401);
  });

  it("every route needs the token, and checks it before anything else", async () => {
    const calls = [
      callTab(running.app.url, "GET", "/api/tab/units"),
      callTab(running.app.url, "GET", "/api/tab/view?unit=specialenheden"),
      callTab(running.app.url, "GET", "/api/tab/item-place?id=forord"),
      callTab(running.app.url, "GET", "/api/tab/search?q=trivsel"),
      callTab(running.app.url, "GET", "/api/tab/feedback?unit=specialenheden"),
      callTab(running.app.url, "PUT", "/api/tab/feedback", { body: { bad: true } }),
      callTab(running.app.url, "GET", "/api/tab/results?unit=nope"),
      callTab(running.app.url, "GET", "/api/tab/results.csv?unit=all"),
      callTab(running.app.url, "PUT", "/api/tab/channel-unit", { body: {} }),
    ];
    for (const response of await Promise.all(calls)) expect(response.status).toBe(401);
  });
});

describe("the tab API when the key set cannot be fetched", () => {
  it("answers 503, not 401: the sign-in is not at fault", async () => {
    const closedPort = await startIdentityProvider();
    const unreachable = closedPort.jwksUrl;
    await closedPort.close();
    const broken = await startApp(ssoEnv(unreachable));
    try {
      const response = await tabClient(broken.url, await idp.token()).get("/api/tab/me");
      expect(response.status).toBe(503);
      expect(response.body.error).toBe("tab: sign-in keys unavailable; try again shortly");
    } finally {
      await broken.close();
    }
  });
});
