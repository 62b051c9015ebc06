/** A Teams deep link taken apart: the app and tab it opens, and the context the tab gets. */
export function readDeepLink(url: string) {
  const parsed = new URL(url);
  const [, , , app, entity] = parsed.pathname.split("/");
  return {
    host: parsed.host,
    app: decodeURIComponent(app ?? ""),
    entity: decodeURIComponent(entity ?? ""),
    context: JSON.parse(parsed.searchParams.get("context") ?? "{}"),
  };
}
