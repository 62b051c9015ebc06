import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { createPostgresStore } from "../../core/feedback/postgres-store.ts";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import type { FromAppProcess, MemorySample, ToAppProcess } from "./app-process.ts";

export type { MemorySample };

import type { SoakOptions } from "./soak-options.ts";

/** One running app process. */
export interface AppInstance {
  url: string;
  pid: number;
  memory(): Promise<MemorySample>;
  /** Its log lines at level error or above (pino's 50+), read from its log file. */
  errorLines(): string[];
}

/** The app instances of one soak run and the store they share. */
export interface SoakInstances {
  instances: AppInstance[];
  /** Opens the shared store from this process, to check what was stored. */
  openStore(): FeedbackStore;
  /** Stops every instance that still runs; each sends its pending card updates and closes its store. */
  stop(): Promise<void>;
  /** Removes the run's data: the SQLite file and logs, or the PostgreSQL schema. */
  removeData(): Promise<void>;
}

/**
 * Starts the app processes for `options.engine`: one on a fresh SQLite file; one on a fresh schema of
 * the loopback PostgreSQL; or two sharing that schema, as App Service scales out. Each is a child
 * process (`app-process.ts`), so its memory is its own and not the load driver's.
 */
export async function startSoakInstances(options: SoakOptions): Promise<SoakInstances> {
  const dir = mkdtempSync(join(tmpdir(), "soak-"));
  const schema = options.engine === "sqlite" ? undefined : `soak_${randomBytes(5).toString("hex")}`;
  const admin = schema ? new pg.Pool({ connectionString: options.databaseUrl, max: 1 }) : undefined;
  if (schema) await admin?.query(`CREATE SCHEMA ${schema}`);
  const storeEnv: Record<string, string> = schema
    ? { DATABASE_URL: withSearchPath(options.databaseUrl, schema) }
    : { SQLITE_FILE: join(dir, "feedback.sqlite") };
  const count = options.engine === "postgres-two-instances" ? 2 : 1;
  const children: ChildProcess[] = [];
  const stopped = new Set<ChildProcess>();
  const instances: AppInstance[] = [];
  for (let index = 0; index < count; index++) {
    const logFile = join(dir, `app-${index}.log`);
    const child = fork(new URL("./app-process.ts", import.meta.url), {
      execArgv: ["--import", "tsx", "--expose-gc"],
      env: {
        ...withoutDatabase(process.env),
        ...storeEnv,
        SOAK_LOG_FILE: logFile,
        // Local mode whatever a developer's .env says (dotenv never overrides a variable that is set).
        BOT_ID: "",
        AAD_APP_CLIENT_ID: "",
        APPLICATIONINSIGHTS_CONNECTION_STRING: "",
        FEEDBACK_SECRET: "soak-secret",
        // Each simulated person acts far faster than a person does; the limit is per person.
        RATE_LIMIT_PER_MINUTE: "100000",
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    children.push(child);
    // A message to a process that is going away fails; `ask` then times out and says so.
    child.on("error", (error) => process.stderr.write(`soak: app process ${index}: ${error.message}\n`));
    const url = await new Promise<string>((resolve, reject) => {
      child.once("exit", (code) =>
        reject(new Error(`soak: app process ${index} exited (${code}) before listening`)),
      );
      child.on("message", (message: FromAppProcess) => {
        if (message.type === "listening") resolve(message.url);
      });
    });
    instances.push({
      url,
      pid: child.pid ?? 0,
      memory: () => ask(child, { type: "memory" }, "memory") as Promise<MemorySample>,
      errorLines: () =>
        readFileSync(logFile, "utf8")
          .split("\n")
          .filter((line) => /"level":(5|6)\d/.test(line)),
    });
  }
  return {
    instances,
    openStore: () =>
      schema
        ? createPostgresStore({ connectionString: storeEnv.DATABASE_URL ?? "" })
        : createSqliteStore({ file: storeEnv.SQLITE_FILE ?? "" }),
    async stop() {
      const running = children.filter((child) => !stopped.has(child));
      for (const child of running) stopped.add(child);
      await Promise.all(running.map((child) => ask(child, { type: "stop" }, "stopped", 30_000)));
    },
    async removeData() {
      for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
      if (schema) await admin?.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin?.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sends `message` and resolves with the first reply of type `answer` (rejects after `timeoutMs`). */
function ask(child: ChildProcess, message: ToAppProcess, answer: FromAppProcess["type"], timeoutMs = 10_000) {
  return new Promise<FromAppProcess>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`soak: app process ${child.pid}: no ${answer}`)),
      timeoutMs,
    );
    const listener = (reply: FromAppProcess) => {
      if (reply.type !== answer) return;
      clearTimeout(timer);
      child.off("message", listener);
      resolve(reply);
    };
    child.on("message", listener);
    child.send(message);
  });
}

function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}

function withoutDatabase(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, SQLITE_FILE: _file, ...rest } = env;
  return rest;
}
