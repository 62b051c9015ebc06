/**
 * One app instance for the soak, as its own process (forked by `soak-instances.ts` with an IPC channel):
 * `createApp` from the environment as `npm start` does, listening on a free loopback port, logging at
 * info to `SOAK_LOG_FILE` (every request line included, as in production). It answers the parent's
 * messages: `memory` (RSS and heap after a full GC; needs `--expose-gc`) and `stop` (closes the server
 * and the app, then exits). It exits by itself when the parent goes away.
 */
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import pino from "pino";
import { createApp } from "../../app.ts";
import { readConfig } from "../../core/config.ts";

/** A message from the parent. */
export type ToAppProcess = { type: "memory" } | { type: "stop" };

/** A process's memory: resident set and V8 heap in use after a full GC, in bytes. */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  /** How long the app's event loop was blocked since the previous sample: p99 and longest, in ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** CPU the app used since the previous sample, in % of one core. */
  cpuPercent: number;
  /** Garbage-collection pauses since the previous sample: the longest and their sum, in ms. */
  gcPauseMaxMs: number;
  gcPauseTotalMs: number;
}

/** A message to the parent. */
export type FromAppProcess =
  | { type: "listening"; url: string }
  | ({ type: "memory" } & MemorySample)
  | { type: "stopped" };

const send = (message: FromAppProcess) => process.send?.(message);
// How long the event loop was blocked: a long stall delays every request at once.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let cpuSince = { usage: process.cpuUsage(), at: performance.now() };
// Garbage collection pauses, which block the loop too: the longest and the sum since the last sample.
let gc = { max: 0, total: 0 };
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    gc = { max: Math.max(gc.max, entry.duration), total: gc.total + entry.duration };
  }
}).observe({ entryTypes: ["gc"] });
const logger = pino(
  { level: "info" },
  pino.destination({ dest: process.env.SOAK_LOG_FILE ?? "/dev/null", sync: false }),
);
const app = createApp(readConfig({ ...process.env, HOST: "127.0.0.1", PORT: "0" }), logger);
await app.ready;
app.server.listen(0, "127.0.0.1");
await once(app.server, "listening");
send({ type: "listening", url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` });

process.on("message", async (message: ToAppProcess) => {
  if (message.type === "memory") {
    const loop = {
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: loopDelay.max / 1e6,
      gcPauseMaxMs: gc.max,
      gcPauseTotalMs: gc.total,
    };
    const cpu = process.cpuUsage(cpuSince.usage);
    const cpuPercent = (100 * (cpu.user + cpu.system)) / 1000 / (performance.now() - cpuSince.at);
    cpuSince = { usage: process.cpuUsage(), at: performance.now() };
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: "memory", rss, heapUsed, ...loop, cpuPercent });
    loopDelay.reset();
    gc = { max: 0, total: 0 };
  } else if (message.type === "stop") {
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.close();
    logger.flush();
    send({ type: "stopped" });
    process.disconnect();
  }
});
process.on("disconnect", () => setTimeout(() => process.exit(0), 200).unref());
