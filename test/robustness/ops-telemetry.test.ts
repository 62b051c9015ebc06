/**
 * Application Insights, optional: nothing is loaded without its connection string, and what it would
 * send is redacted — tested as pure functions, then end to end with the real SDK against a stand-in
 * for the ingestion endpoint inside a network namespace of its own (loopback only).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { describe, expect, it, vi } from "vitest";
import {
  redactAttributes,
  redactPath,
  redactTelemetryItem,
  redactUrl,
} from "../../core/telemetry/redact-telemetry.ts";
import {
  type RedactableSpan,
  redactLogRecord,
  redactSpan,
  startTelemetry,
} from "../../core/telemetry/start-telemetry.ts";
import { skipWithout } from "../support/required-service.ts";
import { startAppWithLogs } from "./ops-app.ts";

const quiet = pino({ level: "silent" });
const conversation = "a:1Xy9Zq_personal-chat-of-someone";

describe("redaction (pure)", () => {
  it("keeps scheme, host and path of a URL; drops query, credentials and id-like segments", () => {
    expect(redactUrl("https://app.example.dk/api/tab/search?q=hvem+er+Jens+Hansen#x")).toBe(
      "https://app.example.dk/api/tab/search",
    );
    expect(
      redactUrl(
        `https://smba.trafficmanager.net/emea/v3/conversations/${encodeURIComponent("19:abc@thread.v2")}/activities/1712345678901`,
      ),
    ).toBe("https://smba.trafficmanager.net/emea/v3/conversations/:id/activities/:id");
    expect(
      redactUrl(
        "https://user:pw@login.microsoftonline.com/7e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b/oauth2/v2.0/token",
      ),
    ).toBe("https://login.microsoftonline.com/:id/oauth2/v2.0/token");
    expect(redactPath(`/v3/conversations/${conversation}/members/29:user-1?x=1`)).toBe(
      "/v3/conversations/:id/members/:id",
    );
    expect(redactPath("/api/tab/view?unit=specialenheden")).toBe("/api/tab/view");
  });

  it("sends only allow-listed attributes: no IP, user agent, user, query or made-up property", () => {
    const incoming = {
      "http.method": "GET",
      "http.url": "http://strategilotsen.azurewebsites.net/api/tab/search?q=min+chef+Jens",
      "http.target": "/api/tab/search?q=min+chef+Jens",
      "http.host": "strategilotsen.azurewebsites.net",
      "http.user_agent": "Mozilla/5.0 Teams/1.6",
      "http.client_ip": "10.1.2.3",
      "net.peer.ip": "10.1.2.3",
      "http.status_code": 200,
      "enduser.id": "jens@politi.dk",
      "user.id": "oid-1",
      "tenant.id": "t-1",
      "conversation.id": conversation,
      "app.comment": "Min chef er Jens",
      "microsoft.client.ip": "10.1.2.3",
      "microsoft.sample_rate": 100,
    };
    expect(redactAttributes(incoming)).toEqual({
      "http.method": "GET",
      "http.url": "http://strategilotsen.azurewebsites.net/api/tab/search",
      "http.target": "/api/tab/search",
      "http.host": "strategilotsen.azurewebsites.net",
      "http.status_code": 200,
      "microsoft.sample_rate": 100,
    });
    const database = {
      "db.system": "postgresql",
      "db.name": "strategilotsen",
      "db.statement": "UPDATE answers SET comment = NULL WHERE comment IS NOT NULL AND answered_at < $1",
      "db.user": "strategilotsen",
      "db.connection_string": "postgresql://pg.example:5432/strategilotsen",
      "net.peer.name": "pg.example",
    };
    expect(Object.keys(redactAttributes(database)).sort()).toEqual([
      "db.name",
      "db.statement",
      "db.system",
      "net.peer.name",
    ]);
  });

  it("turns exceptions into their type and stack frames, and free-text messages into [redacted]", () => {
    const redacted = redactTelemetryItem({
      name: "GET /api/tab/search?q=Jens",
      attributes: { "http.method": "GET", "app.question": "Jens" },
      events: [
        {
          name: "exception",
          attributes: {
            "exception.type": "SyntaxError",
            "exception.message": 'Unexpected token in JSON: {"comment":"Jens er doven"',
            "exception.stacktrace":
              'SyntaxError: Unexpected token {"comment":"Jens er doven"\n    at JSON.parse (<anonymous>)\n    at parse (/app/server.ts:1:1)',
          },
        },
      ],
      message: "Jens er doven",
    });
    expect(JSON.stringify(redacted)).not.toContain("Jens");
    expect(redacted.name).toBe("GET /api/tab/search");
    expect(redacted.events?.[0]?.attributes).toEqual({
      "exception.type": "SyntaxError",
      "exception.message": "SyntaxError",
      "exception.stacktrace":
        "SyntaxError\n    at JSON.parse (<anonymous>)\n    at parse (/app/server.ts:1:1)",
    });
    expect(redacted.message).toBe("[redacted]");
  });

  it("rewrites an ended span and a log record in place, keeping the objects the SDK holds", () => {
    const attributes = {
      "http.method": "POST",
      "http.target": `/v3/conversations/${conversation}/activities`,
      "user.name": "Jens",
    };
    const exception = {
      "exception.type": "Error",
      "exception.message": "Jens",
      "exception.stacktrace": "Error: Jens\n    at x (y.js:1:1)",
    };
    const span: RedactableSpan = {
      name: `POST /v3/conversations/${conversation}/activities`,
      attributes,
      events: [{ name: "exception", attributes: exception }],
      status: { code: 2, message: "Jens" },
    };
    redactSpan(span);
    expect(span.attributes).toBe(attributes);
    expect(span.events[0]?.attributes).toBe(exception);
    expect(JSON.stringify(span)).not.toMatch(/Jens|personal-chat/);
    expect(span.name).toBe("POST /v3/conversations/:id/activities");

    const record = {
      attributes: { ...exception, "user.id": "oid" } as Record<string, unknown>,
      body: "Jens",
    };
    redactLogRecord(record);
    expect(record).toEqual({
      attributes: {
        "exception.type": "Error",
        "exception.message": "Error",
        "exception.stacktrace": "Error\n    at x (y.js:1:1)",
      },
      body: "Error",
    });
  });
});

describe("starting Application Insights", () => {
  it("loads nothing without a connection string", async () => {
    const load = vi.fn();
    expect(await startTelemetry(undefined, quiet, load)).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    const app = await startAppWithLogs();
    expect((await app.request("/healthz")).status).toBe(200);
    await app.close();
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) =>
      /node_modules\/(applicationinsights|@azure\/monitor-opentelemetry|@opentelemetry\/sdk-node)\//.test(
        file,
      ),
    );
    expect(loaded).toEqual([]);
  });

  it("with one, starts the SDK with redaction on and Live Metrics and log collection off", async () => {
    const sdk = {
      useAzureMonitor: vi.fn(),
      flushAzureMonitor: vi.fn(async () => {}),
      shutdownAzureMonitor: vi.fn(async () => {}),
    };
    const telemetry = await startTelemetry("InstrumentationKey=x", quiet, async () => sdk);
    const options = sdk.useAzureMonitor.mock.calls[0]?.[0];
    expect(options).toMatchObject({
      azureMonitorExporterOptions: { connectionString: "InstrumentationKey=x" },
      enableLiveMetrics: false,
      instrumentationOptions: {
        console: { enabled: false },
        bunyan: { enabled: false },
        winston: { enabled: false },
      },
    });
    const span: RedactableSpan = {
      name: "GET /x?q=Jens",
      attributes: { "app.x": "Jens" },
      events: [],
      status: { code: 0 },
    };
    options.spanProcessors[0].onEnd(span);
    expect(JSON.stringify(span)).not.toContain("Jens");
    await telemetry?.stop();
    expect(sdk.shutdownAzureMonitor).toHaveBeenCalled();
  });
});

/** `unshare -rn` gives a child process a network of its own with only loopback; root or user namespaces needed. */
const isolationMissing =
  spawnSync("unshare", ["-rn", "true"]).status !== 0
    ? "`unshare -rn` fails (needs root or user namespaces)"
    : spawnSync("openssl", ["version"]).status !== 0
      ? "`openssl` is missing"
      : undefined;

describe.skipIf(
  skipWithout("a loopback-only network for the real Application Insights SDK", isolationMissing),
)("the real SDK, against a stand-in for Application Insights (loopback only)", () => {
  it("sends requests and the Bot Connector calls, with none of the markers, names, ids or tokens", () => {
    const tls = mkdtempSync(join(tmpdir(), "ingestion-tls-"));
    execFileSync(
      "openssl",
      [
        ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"],
        ...[
          "-keyout",
          join(tls, "key.pem"),
          "-out",
          join(tls, "cert.pem"),
          "-addext",
          "subjectAltName=IP:127.0.0.1",
        ],
      ],
      { stdio: "ignore" },
    );
    const markers = {
      question: "QMARK7731 hvad er sund drift",
      comment: "CMARK9921",
      name: "Navnia Markersen",
      userId: "29:UIDMARK55",
    };
    const child = spawnSync(
      "unshare",
      [
        "-rn",
        "sh",
        "-c",
        'ip link set lo up && exec "$0" --import tsx test/robustness/ops-telemetry-child.ts "$1"',
        process.execPath,
        JSON.stringify(markers),
      ],
      {
        encoding: "utf8",
        // Generous: on a busy machine the child's start and the exporter's schedule take their time.
        timeout: 90_000,
        env: {
          ...process.env,
          OPS_TELEMETRY_TLS_DIR: tls,
          NODE_EXTRA_CA_CERTS: join(tls, "cert.pem"),
          // SDK statistics go to Microsoft's own endpoint; off here (and unreachable anyway).
          APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
        },
      },
    );
    rmSync(tls, { recursive: true, force: true });
    expect(child.status, child.stderr).toBe(0);
    const sent = child.stdout.trim();
    const envelopes = JSON.parse(sent) as {
      name: string;
      data: { baseData: { name?: string; url?: string; responseCode?: string } };
    }[];
    const requests = envelopes.filter((e) => e.name.endsWith(".Request")).map((e) => e.data.baseData);
    const dependencies = envelopes
      .filter((e) => e.name.endsWith(".RemoteDependency"))
      .map((e) => e.data.baseData);
    expect(requests.map((r) => `${r.name} ${r.responseCode}`)).toEqual(
      expect.arrayContaining([
        "POST /api/messages 200",
        "GET /api/tab/search 200",
        "GET /api/tab/view 200",
        "POST /api/messages 400",
      ]),
    );
    expect(requests.map((r) => r.name)).not.toContain("GET /healthz");
    expect(dependencies.map((d) => d.name)).toContain("POST /v3/conversations/:id/activities/:id");
    for (const marker of [
      ...Object.values(markers),
      "QMARK",
      "CMARK",
      "Navnia",
      "UIDMARK",
      "telemetry-token-marker",
      "tele@thread",
    ])
      expect(sent.includes(marker), `${marker} was sent`).toBe(false);
  }, 120_000);
});
