import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

/** The tenant, app and key set the tab API is configured with in these tests. */
export const testTenantId = "7e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
export const testClientId = "5b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e";
export const testAppIdUri = `api://strategilotsen.example.dk/${testClientId}`;
/** The v1 issuer Teams SSO tokens carry by default. */
export const v1Issuer = `https://sts.windows.net/${testTenantId}/`;
export const v2Issuer = `https://login.microsoftonline.com/${testTenantId}/v2.0`;

/** How to sign a test token; every claim can be replaced, or removed with `undefined`. */
export interface TokenOptions {
  claims?: Record<string, unknown>;
  /** `forged`: a key that is not in the published set, under the published key's id. */
  key?: "published" | "forged";
  /** Replaces the protected header's `kid`. */
  kid?: string;
}

/** A stand-in for Entra ID: a key set made at test time, published on loopback, and tokens signed with it. */
export interface TestIdentityProvider {
  jwksUrl: string;
  /** A Teams SSO token (v1 shape: app id URI audience, sts.windows.net issuer) for a new or given user. */
  token(options?: TokenOptions): Promise<string>;
  close(): Promise<void>;
}

/** Starts the key set's HTTP server; `close` stops it. */
export async function startIdentityProvider(): Promise<TestIdentityProvider> {
  const published = await generateKeyPair("RS256");
  const forged = await generateKeyPair("RS256");
  const kid = `test-key-${randomUUID()}`;
  const jwk = { ...(await exportJWK(published.publicKey)), kid, alg: "RS256", use: "sig" };
  const server = createServer((req, res) => {
    if (req.url !== "/keys") {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}/keys`,
    token: (options = {}) =>
      signToken(options.key === "forged" ? forged.privateKey : published.privateKey, options.kid ?? kid, {
        ...defaultClaims(),
        ...options.claims,
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The environment that turns Teams SSO on against the test key set. Who sees results is not in it: that
 * is each token's `roles` claim (`Results.All`, `Results.<unit id>`), as Entra writes it.
 */
export function ssoEnv(jwksUrl: string): Record<string, string> {
  return {
    AAD_APP_CLIENT_ID: testClientId,
    AAD_APP_TENANT_ID: testTenantId,
    TAB_APP_ID_URI: testAppIdUri,
    AAD_JWKS_URL: jwksUrl,
    FEEDBACK_SECRET: "tab-api-test-secret",
  };
}

/** What Entra puts in a Teams SSO token for a person of the test tenant, valid for an hour from now. */
export function defaultClaims(): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    aud: testAppIdUri,
    iss: v1Issuer,
    tid: testTenantId,
    oid: randomUUID(),
    name: "Test Medarbejder",
    scp: "access_as_user",
    ver: "1.0",
    iat: now,
    nbf: now,
    exp: now + 3600,
  };
}

/** An unsigned token (`alg: none`), which must never be accepted. */
export function unsignedToken(claims: Record<string, unknown> = defaultClaims()): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}

async function signToken(key: CryptoKey, kid: string, claims: Record<string, unknown>): Promise<string> {
  const payload = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
  return new SignJWT(payload as JWTPayload).setProtectedHeader({ alg: "RS256", typ: "JWT", kid }).sign(key);
}
