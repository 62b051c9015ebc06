/** Which feedback store the soak runs against, and how many app instances share it. */
export type SoakEngine = "sqlite" | "postgres" | "postgres-two-instances";

/** What `npm run soak` runs; every bound has a default, so a run always stops by itself. */
export interface SoakOptions {
  /** How long the load runs, warm-up included. Default 60 s. */
  seconds: number;
  /** Simulated people acting at once, each on their own loop. Default 200. */
  users: number;
  /** The store and the instances. Default `sqlite`. */
  engine: SoakEngine;
  /** The first part of the load that is not measured (memory settles, code is compiled). Default 10 s. */
  warmUpSeconds: number;
  /**
   * Mean pause of a person between two actions (uniform between half and one and a half of it), like
   * someone reading the answer. Default 3000 ms — far busier than people reading answer cards; 1000 ms
   * is a stress run near what one instance serves on 2 cores; 0 has every user hammer back to back.
   */
  thinkMs: number;
  /** No request is started after this many, whatever the time. Default 500 000. */
  maxRequests: number;
  /** Longest wait for one reply before it counts as an error. Default 15 000 ms. */
  timeoutMs: number;
  /** Base PostgreSQL (loopback only) for the `postgres` engines; a fresh schema is made in it. */
  databaseUrl: string;
}

/** Defaults of {@link SoakOptions}. */
export const defaultSoakOptions: SoakOptions = {
  seconds: 60,
  users: 200,
  engine: "sqlite",
  warmUpSeconds: 10,
  thinkMs: 3000,
  maxRequests: 500_000,
  timeoutMs: 15_000,
  databaseUrl: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
};

const engines: readonly SoakEngine[] = ["sqlite", "postgres", "postgres-two-instances"];
const numeric = {
  "--seconds": "seconds",
  "--users": "users",
  "--warmup": "warmUpSeconds",
  "--think-ms": "thinkMs",
  "--max-requests": "maxRequests",
  "--timeout-ms": "timeoutMs",
} as const;

/** Reads `--seconds 60 --users 200 --engine sqlite …`; throws `soak: …` on anything it does not know. */
export function parseSoakOptions(args: readonly string[]): SoakOptions {
  const options = { ...defaultSoakOptions };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i] ?? "", args[i + 1]];
    if (value === undefined) throw new Error(`soak: ${flag} needs a value`);
    if (flag === "--engine") {
      if (!engines.includes(value as SoakEngine))
        throw new Error(`soak: --engine ${value}: one of ${engines.join(", ")}`);
      options.engine = value as SoakEngine;
    } else if (flag === "--database-url") options.databaseUrl = value;
    else if (flag in numeric) {
      const number = Number(value);
      if (!Number.isFinite(number) || number < 0) throw new Error(`soak: ${flag} ${value}: not a number ≥ 0`);
      options[numeric[flag as keyof typeof numeric]] = number;
    } else throw new Error(`soak: unknown option ${flag}`);
  }
  if (options.users < 1 || options.seconds <= options.warmUpSeconds)
    throw new Error("soak: needs at least 1 user and --seconds longer than --warmup");
  requireLoopback("--database-url", options.databaseUrl);
  return options;
}

/** Throws unless `url`'s host is on this machine: the soak never sends anything elsewhere. */
export function requireLoopback(what: string, url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host))
    throw new Error(`soak: ${what} ${new URL(url).host} is not a loopback address`);
}
