import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * A throw-away PostgreSQL cluster of the test's own, on a free loopback port, that a test may stop and
 * start: the shared server on 5432 is used by other tests at the same time and must never be stopped.
 */
export interface PrivatePostgres {
  /** A connection string for `database` (default `postgres`), as user `postgres` with trust auth. */
  url(database?: string): string;
  /** Starts the server and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops it the way an orderly restart or failover does: `pg_ctl stop -m fast` (sessions are ended). */
  stop(): Promise<void>;
  /** Stops it at once if running and deletes its files. */
  remove(): Promise<void>;
}

/** The folder with `initdb` and `pg_ctl`: Debian's newest `/usr/lib/postgresql/<n>/bin`. */
function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, "bin"))
    .find((bin) => existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl")));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Makes a new cluster with `initdb` (not started), or says why it cannot. PostgreSQL refuses to run as
 * root, so as root its programs run as the `postgres` user through `runuser`, in a folder it owns.
 */
export async function createPrivatePostgres(): Promise<PrivatePostgres | { unavailable: string }> {
  const bin = findPostgresBin();
  if (!bin) return { unavailable: "no initdb/pg_ctl under /usr/lib/postgresql/*/bin" };
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "private-postgres-"));
  const data = join(dir, "data");
  const pg = (program: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", join(bin, program), ...args])
      : run(join(bin, program), args);
  try {
    if (asRoot) {
      const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
      chownSync(dir, Number(uid.stdout), Number(gid.stdout));
    }
    await pg("initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: `initdb failed (${(error as Error).message.split("\n")[0]})` };
  }
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const ctl = (...args: string[]) => pg("pg_ctl", ["-D", data, ...args]);
  let running = false;
  return {
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await ctl("-l", join(dir, "server.log"), "-o", options, "-w", "-t", "30", "start");
      running = true;
    },
    async stop() {
      await ctl("-m", "fast", "-w", "stop");
      running = false;
    },
    async remove() {
      if (running) await ctl("-m", "immediate", "-w", "stop").catch(() => undefined);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
