/**
 * What leaves the app for Application Insights, and what never does. Pure functions over plain data,
 * applied to every span and log record before it is exported (`start-telemetry.ts`), so the rule of
 * the logs holds for telemetry too: no message text, comments, names, user/tenant/conversation ids,
 * tokens or IP addresses.
 *
 * Attributes are kept by an allow-list, not removed by a deny-list: an instrumentation that adds a new
 * attribute tomorrow adds nothing to what is sent. URLs keep their scheme, host and path, without the
 * query string (a question is `?q=…`) or credentials, and any path segment that is not a plain word —
 * `a:1x…`, `19:…@thread.v2`, a GUID, a number — becomes `:id` (the Bot Connector's paths hold
 * conversation and activity ids; Entra's hold the tenant id).
 */

/** Attributes of a span, a span event or a log record (values as OpenTelemetry has them). */
export type TelemetryAttributes = Record<string, unknown>;

/** What the redaction sees of one span or log record; the OpenTelemetry adapter maps to and from it. */
export interface TelemetryItem {
  /** The span's name (`GET`, `GET /api/tab/view`, `pg.query:SELECT strategilotsen`); absent for logs. */
  name?: string;
  attributes: TelemetryAttributes;
  /** Span events; an `exception` event becomes an exception in Application Insights. */
  events?: { name: string; attributes?: TelemetryAttributes }[];
  /** A span's status message or a log record's body: free text, so it is never kept as is. */
  message?: string;
}

/** Kept as they are: methods, status codes, route templates, hosts, ports, database names, SQL with placeholders. */
const keptAttributes = new Set([
  "http.method",
  "http.request.method",
  "http.status_code",
  "http.response.status_code",
  "http.route",
  "http.scheme",
  "url.scheme",
  "http.flavor",
  "network.protocol.name",
  "network.protocol.version",
  "http.host",
  "net.host.name",
  "net.host.port",
  "net.peer.name",
  "net.peer.port",
  "server.address",
  "server.port",
  "http.request_content_length",
  "http.response_content_length",
  "error.type",
  "db.system",
  "db.system.name",
  "db.name",
  "db.namespace",
  "db.operation",
  "db.operation.name",
  // Our SQL passes every value as a parameter ($1, $2 …), and the pg instrumentation records no values.
  "db.statement",
  "db.query.text",
  "exception.type",
  "exception.escaped",
  // The exporter's own bookkeeping: sampling and "standard metrics already counted".
  "microsoft.sample_rate",
  "_MS.ProcessedByMetricExtractors",
]);

/** Kept with the query string and id-like path segments taken out. */
const urlAttributes = new Set(["http.url", "url.full"]);
const pathAttributes = new Set(["http.target", "url.path"]);

/** `scheme://host/path` of `url`, path redacted; no credentials, query string or fragment. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not an absolute URL: treat it as a path, which drops the query all the same.
    return redactPath(url);
  }
  return `${parsed.protocol}//${parsed.host}${redactPath(parsed.pathname)}`;
}

/** `path` without query string or fragment, each segment that is not a plain word replaced by `:id`. */
export function redactPath(path: string): string {
  const bare = path.split(/[?#]/, 1)[0] ?? "";
  return bare
    .split("/")
    .map((segment) => (segment === "" || isPlainWord(segment) ? segment : ":id"))
    .join("/");
}

/** The attributes that may be sent: those kept, URLs and paths redacted; everything else dropped. */
export function redactAttributes(attributes: TelemetryAttributes): TelemetryAttributes {
  const kept: TelemetryAttributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (keptAttributes.has(key)) kept[key] = value;
    else if (urlAttributes.has(key)) kept[key] = redactUrl(String(value));
    else if (pathAttributes.has(key)) kept[key] = redactPath(String(value));
  }
  return kept;
}

/**
 * An exception's attributes: its type and stack frames are kept, its message is not (it may quote
 * what someone wrote: a JSON parse error repeats part of the body). The message becomes the type.
 */
export function redactException(attributes: TelemetryAttributes): TelemetryAttributes {
  const type = String(attributes["exception.type"] ?? "Error");
  const stack = attributes["exception.stacktrace"];
  return {
    ...redactAttributes(attributes),
    "exception.type": type,
    "exception.message": type,
    ...(typeof stack === "string" ? { "exception.stacktrace": stackFrames(type, stack) } : {}),
  };
}

/**
 * The whole item redacted: attributes by the allow-list, the name with its path redacted, exception
 * events as above and other events' attributes by the allow-list, and the message replaced by
 * `redactedMessage` (a span's status message or a log's body is free text).
 */
export function redactTelemetryItem(item: TelemetryItem): TelemetryItem {
  return {
    ...(item.name === undefined ? {} : { name: redactSpanName(item.name) }),
    attributes: redactAttributes(item.attributes),
    ...(item.events === undefined
      ? {}
      : {
          events: item.events.map((event) => ({
            name: event.name,
            attributes:
              event.name === "exception"
                ? redactException(event.attributes ?? {})
                : redactAttributes(event.attributes ?? {}),
          })),
        }),
    ...(item.message === undefined ? {} : { message: redactedMessage }),
  };
}

/** What a free-text message is replaced with. */
export const redactedMessage = "[redacted]";

/** `GET /api/tab/search?q=…` → `GET /api/tab/search`; any path in the name is redacted. */
export function redactSpanName(name: string): string {
  return name
    .split(" ")
    .map((part) => (part.includes("/") || part.includes("?") ? redactPath(part) : part))
    .join(" ");
}

/** A plain word: a letter first, then letters, digits, `._-`, at most 3 digits, and not a GUID. */
function isPlainWord(segment: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9._-]{0,39}$/.test(segment)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(segment)) return false;
  return (segment.match(/[0-9]/g)?.length ?? 0) <= 3;
}

/** The stack without its first line(s) (`Type: message`), only its `at …` frames. */
function stackFrames(type: string, stack: string): string {
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return [type, ...frames].join("\n");
}
