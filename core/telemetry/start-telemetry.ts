import type { IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import type { InstrumentationOptions } from "applicationinsights";
import type { Logger } from "pino";
import {
  redactedMessage,
  redactTelemetryItem,
  type TelemetryAttributes,
  type TelemetryItem,
} from "./redact-telemetry.ts";

/** The Application Insights SDK's module, loaded only when it is configured. */
export type ApplicationInsightsModule = Pick<
  typeof import("applicationinsights"),
  "useAzureMonitor" | "flushAzureMonitor" | "shutdownAzureMonitor"
>;

/** Telemetry that was started; `stop` sends what is pending and ends it. */
export interface Telemetry {
  stop(): Promise<void>;
}

/** Loads the SDK; a test passes its own to see whether, and how, it is called. */
export type LoadApplicationInsights = () => Promise<ApplicationInsightsModule>;

const loadSdk: LoadApplicationInsights = () => import("applicationinsights");

/**
 * Starts Application Insights (`APPLICATIONINSIGHTS_CONNECTION_STRING`) for incoming requests,
 * outgoing calls (Bot Connector, Entra, PostgreSQL) and exceptions, with every span and log record
 * redacted by `redact-telemetry.ts` before export. Without a connection string nothing is loaded —
 * not even the SDK's module — and `undefined` is returned. Telemetry is optional, so if the SDK fails to
 * load or start, that is logged and `undefined` is returned too: the app serves without it.
 *
 * Turned off on purpose: Live Metrics (it streams request URLs from its own processor, before ours
 * could redact them), log collection from console/bunyan/winston (our logs go to stdout and the
 * workspace; pino is not instrumented), and instrumentations of databases we do not use. Health probes
 * are not recorded. The SDK patches `http` when started, so start it before the server listens.
 */
export async function startTelemetry(
  connectionString: string | undefined,
  logger: Logger,
  load: LoadApplicationInsights = loadSdk,
): Promise<Telemetry | undefined> {
  if (!connectionString) return undefined;
  try {
    return startSdk(connectionString, logger, await load());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ err: { message } }, "telemetry: Application Insights did not start");
    return undefined;
  }
}

function startSdk(connectionString: string, logger: Logger, sdk: ApplicationInsightsModule): Telemetry {
  const instrumentationOptions: InstrumentationOptions = {
    // Passed on to OpenTelemetry's HttpInstrumentation, whose options the SDK's type does not list.
    http: { enabled: true, ignoreIncomingRequestHook: isHealthProbe } as { enabled: boolean },
    postgreSql: { enabled: true },
    azureSdk: { enabled: false },
    mongoDb: { enabled: false },
    mySql: { enabled: false },
    redis: { enabled: false },
    redis4: { enabled: false },
    bunyan: { enabled: false },
    winston: { enabled: false },
    console: { enabled: false },
  };
  sdk.useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    // Every request kept: a few thousand staff asking now and then is little telemetry, and the SDK's
    // default (at most 5 traces a second) would drop exactly the bursts worth looking at.
    samplingRatio: 1,
    tracesPerSecond: 0,
    enableAutoCollectExceptions: true,
    instrumentationOptions,
    spanProcessors: [redactingSpanProcessor],
    logRecordProcessors: [redactingLogRecordProcessor],
  });
  // OpenTelemetry patches a module when it is next `require`d; ours were loaded by ESM imports before
  // the SDK started, so require them once more to have `http`, `https` and `pg` patched in place.
  const require = createRequire(import.meta.url);
  for (const name of instrumentedModules) require(name);
  logger.info("telemetry: Application Insights is on (requests, dependencies, exceptions), redacted");
  return {
    async stop() {
      // Shutting down alone may end before the last batch is handed over; flushing first sends it.
      await sdk.flushAzureMonitor();
      await sdk.shutdownAzureMonitor();
    },
  };
}

const instrumentedModules = ["http", "https", "pg"];

function isHealthProbe(request: IncomingMessage): boolean {
  const path = request.url?.split("?", 1)[0];
  return path === "/healthz" || path === "/readyz";
}

/** The parts of an ended span the redaction rewrites (mutable in the SDK until it is exported). */
export interface RedactableSpan {
  name: string;
  attributes: TelemetryAttributes;
  events: { name: string; attributes?: TelemetryAttributes }[];
  status: { code: number; message?: string };
}

/**
 * Rewrites an ended span in place with `redactTelemetryItem`. It runs between the SDK's own processor
 * (standard metrics: counts and durations only) and the batch exporter, so the exporter sees only what
 * redaction left. Attribute objects are emptied and refilled because the SDK holds references to them.
 */
export function redactSpan(span: RedactableSpan): void {
  const item: TelemetryItem = {
    name: span.name,
    attributes: span.attributes,
    events: span.events,
    ...(span.status.message === undefined ? {} : { message: span.status.message }),
  };
  const redacted = redactTelemetryItem(item);
  span.name = redacted.name ?? span.name;
  replaceAttributes(span.attributes, redacted.attributes);
  span.events.forEach((event, index) => {
    const attributes = redacted.events?.[index]?.attributes ?? {};
    if (event.attributes) replaceAttributes(event.attributes, attributes);
    else event.attributes = attributes;
  });
  if (span.status.message !== undefined) span.status.message = redactedMessage;
}

/** The parts of a log record the redaction rewrites (exceptions the SDK collects are log records). */
export interface RedactableLogRecord {
  attributes: TelemetryAttributes;
  body?: unknown;
}

/** Rewrites a log record in place: attributes as an exception's, when it is one, else by the allow-list. */
export function redactLogRecord(record: RedactableLogRecord): void {
  const isException = record.attributes["exception.type"] !== undefined;
  const redacted = redactTelemetryItem({
    attributes: record.attributes,
    ...(isException ? { events: [{ name: "exception", attributes: record.attributes }] } : {}),
  });
  replaceAttributes(record.attributes, redacted.events?.[0]?.attributes ?? redacted.attributes);
  if (record.body !== undefined)
    record.body = isException ? record.attributes["exception.type"] : redactedMessage;
}

const redactingSpanProcessor = {
  onStart(): void {},
  onEnd(span: RedactableSpan): void {
    redactSpan(span);
  },
  forceFlush: async () => {},
  shutdown: async () => {},
};

const redactingLogRecordProcessor = {
  onEmit(record: RedactableLogRecord): void {
    redactLogRecord(record);
  },
  forceFlush: async () => {},
  shutdown: async () => {},
};

function replaceAttributes(target: TelemetryAttributes, source: TelemetryAttributes): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
}
