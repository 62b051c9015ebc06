import type { JsonBody } from "../../../harness/app-under-test.ts";

/** A response as the tests read it: status, headers and the parsed JSON (or the text, if not JSON). */
export interface TabResponse {
  status: number;
  headers: Headers;
  body: JsonBody;
  text: string;
}

/** Calls the tab API as the page would: with the SSO token (if any) as a bearer token. */
export async function callTab(
  baseUrl: string,
  method: "GET" | "PUT",
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<TabResponse> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === "string"
        ? options.body
        : JSON.stringify(options.body);
  const response = await fetch(baseUrl + path, { method, headers, ...(body === undefined ? {} : { body }) });
  // Decoded by hand to keep a byte order mark, which `response.text()` drops (the CSV must have one).
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (the CSV): the text is what the test reads.
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** A client bound to one app and one person's token. */
export function tabClient(baseUrl: string, token?: string) {
  const withToken = token === undefined ? {} : { token };
  return {
    get: (path: string) => callTab(baseUrl, "GET", path, withToken),
    put: (path: string, body: unknown) => callTab(baseUrl, "PUT", path, { ...withToken, body }),
  };
}
