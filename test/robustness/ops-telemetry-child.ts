/**
 * Run by `ops-telemetry.test.ts` inside a private network namespace (`unshare -rn`: loopback only, so
 * the SDK's calls to Azure's metadata service and to Microsoft fail at once and never leave the
 * machine). Starts a stand-in for Application Insights' ingestion endpoint, the app with its connection
 * string pointing there, sends requests that carry the markers in `argv[2]` (JSON), shuts the app down
 * (which flushes the telemetry) and prints every envelope received as one JSON line on stdout.
 */
import { EventEmitter, once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import pino from "pino";
import { createApp } from "../../app.ts";
import { readConfig } from "../../core/config.ts";
import { startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { executeActivity, meetingEndActivity, messageActivity } from "../../harness/teams-activities.ts";

const markers = JSON.parse(process.argv[2] ?? "{}") as Record<
  "question" | "comment" | "name" | "userId",
  string
>;

const envelopes: unknown[] = [];
const arrived = new EventEmitter();
// The exporter only speaks HTTPS; the parent made this certificate and trusts it (NODE_EXTRA_CA_CERTS).
const tlsDir = process.env.OPS_TELEMETRY_TLS_DIR ?? "";
const tls = { key: readFileSync(`${tlsDir}/key.pem`), cert: readFileSync(`${tlsDir}/cert.pem`) };
const ingestion = createServer(tls, (req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const raw = Buffer.concat(chunks);
    const text = (req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
    const items = text.trim().startsWith("[")
      ? JSON.parse(text)
      : text
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l));
    envelopes.push(...items);
    arrived.emit("envelopes");
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
  });
});
ingestion.listen(0, "127.0.0.1");
await once(ingestion, "listening");
const ingestionUrl = `https://127.0.0.1:${(ingestion.address() as AddressInfo).port}/`;

const connector = await startConnectorStandIn();
const config = readConfig({
  HOST: "127.0.0.1",
  PORT: "0",
  SQLITE_FILE: ":memory:",
  APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000001;IngestionEndpoint=${ingestionUrl}`,
});
const app = createApp(config, pino({ level: "silent" }));
await app.ready;
app.server.listen(0, "127.0.0.1");
await once(app.server, "listening");
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const from = { id: markers.userId, name: markers.name, aadObjectId: markers.userId };
const post = (body: unknown) =>
  fetch(`${url}/api/messages`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", authorization: "Bearer telemetry-token-marker" },
  });
const serviceUrl = connector.serviceUrl;
await post(messageActivity(markers.question, { serviceUrl, conversationId: "a:telemetry-chat", from }));
await post(meetingEndActivity("Telemetrimøde", { serviceUrl, conversationId: "19:meeting_tele@thread.v2" }));
const card = JSON.stringify((await connector.waitFor("19:meeting_tele@thread.v2"))[0]?.activity);
const promptId = /"promptId":"([^"]+)"/.exec(card)?.[1] ?? "";
await post(
  executeActivity(
    "submitFeedback",
    { verb: "submitFeedback", promptId, rating: "4", comment: markers.comment, anonymous: "false" },
    { serviceUrl, conversationId: "19:meeting_tele@thread.v2", from },
  ),
);
await fetch(`${url}/api/tab/search?q=${encodeURIComponent(markers.question)}`);
await fetch(`${url}/api/tab/view?unit=specialenheden`);
await fetch(`${url}/api/messages`, {
  method: "POST",
  body: `{"text": "${markers.question}"`,
  headers: { "content-type": "application/json" },
});
await fetch(`${url}/healthz`);

await new Promise<void>((resolve) => app.server.close(() => resolve()));
await app.close();
await connector.close();
// The exporter sends on its own schedule: wait until the six requests' envelopes have arrived, or give
// up after 15 s (a deadline, not a measurement) and print what came, for the parent to judge.
const requests = () => envelopes.filter((e) => (e as { name: string }).name.endsWith(".Request")).length;
await new Promise<void>((resolve) => {
  const giveUp = setTimeout(done, 15_000);
  function done() {
    clearTimeout(giveUp);
    arrived.off("envelopes", check);
    resolve();
  }
  function check() {
    if (requests() >= 6) done();
  }
  arrived.on("envelopes", check);
  check();
});
ingestion.close();
process.stdout.write(`${JSON.stringify(envelopes)}\n`);
