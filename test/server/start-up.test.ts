import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchChildOutput } from "../support/child-output.ts";

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGKILL");
});

/** Starts `server.ts` the way `npm start` does and collects what it prints. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env },
  });
  running.push(child);
  return watchChildOutput(child);
}

// Each case starts a process that loads the content and builds the search index: slow on a busy machine.
describe("starting the server", { timeout: 120_000 }, () => {
  it("says it runs in local mode without a BOT_ID, warms up its search, serves /healthz and prints no Node warning", async () => {
    const server = startServer({});
    await server.printed(/local mode/);
    expect(Number(await server.printed(/"questions":(\d+)[^\n]*search: warmed up/))).toBeGreaterThan(1000);
    const url = await server.printed(/"url":"(http:\/\/[^"]+)"/);
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
    expect(server.output(), "a Node warning such as a deprecation").not.toMatch(/\(node:\d+\)/);
  });

  it("says authentication is on when a BOT_ID is set", async () => {
    const server = startServer({
      BOT_ID: "11111111-2222-3333-4444-555555555555",
      BOT_PASSWORD: "not-a-real-secret",
      BOT_TENANT_ID: "7e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
      FEEDBACK_SECRET: "test-secret",
    });
    await server.printed(/authentication is on/);
    expect(server.output()).not.toContain("local mode");
  });

  it("refuses to start on broken content, naming the file and the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "content-"));
    cpSync("content/strategi-2025", dir, { recursive: true });
    const unitFile = join(dir, "units/specialenheden.yaml");
    writeFileSync(
      unitFile,
      readFileSync(unitFile, "utf8").replace("    title: Ansvar, opgaver og indsatser\n", ""),
    );
    const server = startServer({ CONTENT_DIR: dir });
    expect((await server.exited).code).toBe(1);
    expect(server.output()).toMatch(/content: units\/specialenheden\.yaml: field "items\.0\.title"/);
  });
});
