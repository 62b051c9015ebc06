import { request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { useRunningApp } from "../../support/running-app.ts";
import { ensureTabBuilt } from "./tab-build.ts";

/** A GET with the path sent exactly as written (`fetch` would resolve `..` before sending it). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const sent = request({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

/** `/tab/…`: the built pages, their headers, their caching, and nothing outside the build. */
describe("serving the tab's pages", () => {
  const running = useRunningApp(async () => {
    await ensureTabBuilt();
    return {};
  });
  let script: string;
  let style: string;
  beforeAll(async () => {
    const html = await (await fetch(`${running.app.url}/tab/index.html`)).text();
    script = /src="([^"]+\.js)"/.exec(html)?.[1] ?? "";
    style = /href="([^"]+\.css)"/.exec(html)?.[1] ?? "";
  });

  it("sends the pages with a strict CSP that lets Teams and Microsoft 365 frame them, and no X-Frame-Options", async () => {
    for (const page of ["index.html", "personal.html", "config.html"]) {
      const response = await fetch(`${running.app.url}/tab/${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const csp = response.headers.get("content-security-policy") ?? "";
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
      ])
        expect(csp.split("; ")).toContain(directive);
      const ancestors = csp.split("; ").find((directive) => directive.startsWith("frame-ancestors ")) ?? "";
      expect(ancestors.split(" ")).toEqual(
        expect.arrayContaining([
          "'self'",
          "https://teams.microsoft.com",
          "https://*.teams.microsoft.com",
          "https://*.cloud.microsoft",
          "https://*.microsoft365.com",
          "https://*.office.com",
          "https://outlook.office.com",
        ]),
      );
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      expect(response.headers.get("x-frame-options")).toBeNull();
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("caches hashed scripts and styles for a year, with their content types, and answers 304 to a known ETag", async () => {
    const js = await fetch(`${running.app.url}/tab/${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(js.headers.get("x-content-type-options")).toBe("nosniff");
    const css = await fetch(`${running.app.url}/tab/${style}`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const etag = css.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${running.app.url}/tab/${style}`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    // Sent gzipped to a browser that takes it (fetch asks for it, and unpacks it).
    expect(js.headers.get("content-encoding")).toBe("gzip");
    expect(js.headers.get("vary")).toBe("Accept-Encoding");
    const plain = await rawGet(running.app.url, `/tab/${script}`);
    expect(plain.body).toBe(await js.text());
    const head = await fetch(`${running.app.url}/tab/${script}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(js.headers.get("content-length"));
    expect(Number(head.headers.get("content-length"))).toBeLessThan(Buffer.byteLength(plain.body));
  });

  it("serves the content page at /tab/ and sends /tab there", async () => {
    const slash = await fetch(`${running.app.url}/tab/`);
    expect(await slash.text()).toContain('data-page="content"');
    const bare = await fetch(`${running.app.url}/tab`, { redirect: "manual" });
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("/tab/");
  });

  it("refuses anything outside the build, however it is spelled, with a 404", async () => {
    for (const path of [
      "/tab/../server.ts",
      "/tab/../../package.json",
      "/tab/..%2fserver.ts",
      "/tab/%2e%2e/%2e%2e/package.json",
      "/tab/chunks/..%2f..%2f..%2fserver.ts",
      "/tab/..%5cserver.ts",
      "/tab/%00index.html",
      "/tab/%E0%A4%A",
      "/tab/chunks",
      "/tab/index.html/x",
      "/tab/nothing-here.js",
    ]) {
      const response = await rawGet(running.app.url, path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body).not.toContain("import");
    }
  });

  it("still serves the tab API beside the pages", async () => {
    const me = await fetch(`${running.app.url}/api/tab/me`);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ localMode: true });
  });
});
