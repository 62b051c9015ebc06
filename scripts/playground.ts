/**
 * `npm run playground`: the app in local mode and Microsoft 365 Agents Playground pointed at it, so a
 * new user can chat with the bot with no tenant, no tunnel and no Azure account. Ctrl+C stops both.
 * Arguments after `--` go to the Playground (`npm run playground -- --conversation-id my-chat`).
 *
 * The Playground is kept on this machine: `--disable-telemetry` stops its own usage events, but the
 * Application Insights SDK it bundles still starts and sends "Statsbeat" to
 * westus-0.in.applicationinsights.azure.com unless it is switched off too (`offlineEnvironment`).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { config as loadDotenv } from "dotenv";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** Environment that keeps the Playground's bundled Application Insights SDK from sending anything. */
export const offlineEnvironment: Record<string, string> = {
  APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
  APPLICATIONINSIGHTS_CONFIGURATION_CONTENT: JSON.stringify({
    disableAppInsights: true,
    disableStatsbeat: true,
  }),
};

/** The Playground's `cli.js`, or undefined when `@microsoft/m365agentsplayground` is not installed. */
export function playgroundCli(): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve("@microsoft/m365agentsplayground/package.json")), "cli.js");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}

/** How to start the Playground. */
export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  appEndpoint: string;
  /**
   * The web UI's port; 0 for any free one. Default the Playground's own: `TEAMSAPPTESTER_PORT` or 56150, and
   * a free one when that is taken (the URL it prints says which).
   */
  port?: number;
  /** Open the web UI in the default browser, as the Playground does by itself. Default false. */
  openBrowser?: boolean;
  /** Where the Playground writes its log (it empties the file first). Default `data/agents-playground.log`. */
  logFile?: string;
  /** Its working folder, where it looks for `.m365agentsplayground.yml`. Default the project folder. */
  cwd?: string;
  /** More command-line options for the Playground. */
  extraArgs?: string[];
  /** How long to wait for it to answer. Default 20 s. */
  startTimeoutMs?: number;
}

/** A running Playground. */
export interface RunningPlayground {
  /** The web UI and REST API, e.g. `http://localhost:56150`. */
  url: string;
  port: number;
  child: ChildProcess;
  /** What it has written to stdout, stderr and its log file: for error messages. */
  output(): string;
  /** Stops it and waits until it has exited. */
  stop(): Promise<void>;
}

/** Starts the Playground's CLI against `appEndpoint` as Teams (`-c msteams`) and waits until its API answers. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const cli = playgroundCli();
  if (!cli) throw new Error("playground: @microsoft/m365agentsplayground is not installed – run `npm ci`");
  const logFile = options.logFile ?? join(root, "data", "agents-playground.log");
  const args = ["-e", options.appEndpoint, "-c", "msteams", "--disable-telemetry"];
  if (options.port !== undefined) args.push("-p", String(options.port));
  const child = spawn(process.execPath, [cli, ...args, ...(options.extraArgs ?? [])], {
    cwd: options.cwd ?? root,
    // With stdout a pipe, the Playground prints only "Listening on <port>" there; the rest goes to its log.
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...offlineEnvironment,
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      TEAMSAPPTESTER_BROWSER: options.openBrowser ? (process.env.TEAMSAPPTESTER_BROWSER ?? "") : "none",
    },
  });
  let printed = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const output = () =>
    `${printed}${existsSync(logFile) ? `--- ${logFile}\n${readFileSync(logFile, "utf8")}` : ""}`.trim();
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const killLater = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(killLater);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
  const fail = async (why: string) => {
    await stop();
    return new Error(`playground: ${why}\n${output()}`);
  };
  for (;;) {
    const port = Number(/Listening on (\d+)/.exec(printed)?.[1]);
    if (port && (await answers(`http://127.0.0.1:${port}/_internal/v1/testConfig`)))
      return { url: `http://localhost:${port}`, port, child, output, stop };
    if (child.exitCode !== null || child.signalCode !== null)
      throw await fail(`exited (${child.exitCode ?? child.signalCode}) before its API answered`);
    if (Date.now() > deadline)
      throw await fail(`its API did not answer within ${options.startTimeoutMs ?? 20_000} ms`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false; // Not listening yet: the caller tries again until its deadline.
  }
}

/** Waits for the app's `/healthz`, or fails when the app exits first or takes longer than `timeoutMs`. */
async function waitForApp(url: string, app: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(url))) {
    if (app.exitCode !== null || app.signalCode !== null) throw new Error("playground: the app stopped");
    if (Date.now() > deadline)
      throw new Error(`playground: the app did not answer ${url} within ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true }); // the same PORT as `npm start`, which reads .env too
  const appPort = Number(process.env.PORT ?? 3978);
  // No BOT_ID means no authentication, so the app listens on this machine only unless HOST says otherwise.
  const app = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: String(appPort), HOST: process.env.HOST ?? "127.0.0.1" },
  });
  let playground: RunningPlayground | undefined;
  let stopping = false;
  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    await playground?.stop();
    if (app.exitCode === null && app.signalCode === null) app.kill("SIGTERM");
    process.exit(exitCode);
  };
  // Ctrl+C reaches the whole process group: the children stop by themselves, and this stops what is left.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopAll(0));
  app.once("exit", (code, signal) => {
    if (!stopping && !signal) console.error(`playground: the app stopped (exit code ${code})`);
    void stopAll(signal ? 0 : code || 1);
  });

  try {
    await waitForApp(`http://127.0.0.1:${appPort}/healthz`, app, 60_000);
    playground = await startPlayground({
      appEndpoint: `http://127.0.0.1:${appPort}/api/messages`,
      openBrowser: process.env.TEAMSAPPTESTER_BROWSER !== "none",
      extraArgs: process.argv.slice(2),
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
    return;
  }
  const started = playground;
  started.child.once("exit", (code, signal) => {
    if (!stopping && !signal)
      console.error(`playground: the Playground stopped (exit code ${code}):\n${started.output()}`);
    void stopAll(signal ? 0 : code || 1);
  });
  console.log(
    `\n  Microsoft 365 Agents Playground: ${started.url}\n` +
      `  talking to the bot at http://127.0.0.1:${appPort}/api/messages (local mode) – Ctrl+C stops both\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
