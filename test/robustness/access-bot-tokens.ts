/**
 * A stand-in for the Bot Framework's token service as a bot sees it: an OpenID metadata document and a
 * key set on loopback, and tokens signed as the Bot Connector signs the activities it sends to a bot.
 * With the app's `botAuthentication.openIdMetadataUrl` pointed here, botbuilder checks real signatures.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

/** The issuer of tokens the Bot Connector sends to bots (botbuilder's `ToBotFromChannelTokenIssuer`). */
export const botFrameworkIssuer = "https://api.botframework.com";

/** How to sign a token; every claim can be replaced, or removed with `undefined`. */
export interface BotTokenOptions {
  claims?: Record<string, unknown>;
  /** `forged`: a key nobody published, under the published key's id. */
  key?: "published" | "forged";
}

/** The running stand-in. */
export interface BotTokenService {
  /** What `ToBotFromChannelOpenIdMetadataUrl` is set to. */
  openIdMetadataUrl: string;
  /** A token for an activity to `appId` whose `serviceUrl` is `serviceUrl`, valid for ten minutes. */
  token(appId: string, serviceUrl: string, options?: BotTokenOptions): Promise<string>;
  close(): Promise<void>;
}

/** Starts the metadata and key set servers. */
export async function startBotTokenService(): Promise<BotTokenService> {
  const published = await generateKeyPair("RS256");
  const forged = await generateKeyPair("RS256");
  const kid = `bot-key-${randomUUID()}`;
  // Teams' keys carry endorsements, which botbuilder checks against the activity's channel.
  const jwk = { ...(await exportJWK(published.publicKey)), kid, use: "sig", endorsements: ["msteams"] };
  let base = "";
  const server = createServer((req, res) => {
    const body =
      req.url === "/.well-known/openidconfiguration"
        ? {
            issuer: botFrameworkIssuer,
            jwks_uri: `${base}/keys`,
            id_token_signing_alg_values_supported: ["RS256"],
          }
        : req.url === "/keys"
          ? { keys: [jwk] }
          : undefined;
    res.writeHead(body ? 200 : 404, { "content-type": "application/json" });
    res.end(body ? JSON.stringify(body) : "");
  });
  await listen(server);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    openIdMetadataUrl: `${base}/.well-known/openidconfiguration`,
    async token(appId, serviceUrl, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        iss: botFrameworkIssuer,
        aud: appId,
        serviceurl: serviceUrl,
        nbf: now - 10,
        iat: now - 10,
        exp: now + 600,
        ...options.claims,
      };
      const payload = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
      const key = options.key === "forged" ? forged.privateKey : published.privateKey;
      return new SignJWT(payload as JWTPayload)
        .setProtectedHeader({ alg: "RS256", typ: "JWT", kid })
        .sign(key);
    },
    close: () => close(server),
  };
}

/** A server that accepts connections and never answers: a key service that hangs. */
export async function startHangingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(() => {
    // Never answers.
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/.well-known/openidconfiguration`, close: () => close(server) };
}

/** A JWT with `alg: none` and no signature. */
export function unsignedBotToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
