/**
 * `npm run soak [-- --seconds 60 --users 200 --engine sqlite|postgres|postgres-two-instances]`: drives
 * the running app — as child processes, on loopback only — with many people at once (questions, unit
 * overviews, 👍/👎, meeting ends and feedback answers, tab views, searches and ratings) and prints
 * throughput, latency per kind, errors and the app's memory, then checks the store against what was
 * acknowledged. Bounded by time (`--seconds`) and count (`--max-requests`); stops by itself. Exits 1
 * when anything failed or the store disagrees; the latency and memory aims are printed, not enforced.
 */
import { cpus, loadavg } from "node:os";
import { startSoakConnector } from "./soak/soak-connector.ts";
import { startSoakInstances } from "./soak/soak-instances.ts";
import { parseSoakOptions, type SoakOptions } from "./soak/soak-options.ts";
import { runSoak, type SoakResult, type StoreCheck } from "./soak/soak-run.ts";
import { fixed, formatTable } from "./text-table.ts";

const aims = { memoryGrowth: 0.2, p99Ratio: 2 };
const print = (line = "") => console.log(line);
const progress = (note: string) => process.stderr.write(`… ${note}\n`);

let options: SoakOptions;
try {
  options = parseSoakOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
// A hard stop, whatever hangs: the run's own time, plus start-up, the unloaded part and shutting down.
setTimeout(
  () => {
    console.error("soak: did not finish in time; stopping");
    process.exit(1);
  },
  (options.seconds + 180) * 1000,
).unref();

// Other work on the machine skews every figure; the report says how busy it was before the run.
const loadBefore = loadavg();
const connector = await startSoakConnector();
const setup = await startSoakInstances(options);
let result: SoakResult;
try {
  result = await runSoak(options, setup, connector, progress);
} finally {
  await setup.stop().catch(() => undefined);
  await setup.removeData();
  await connector.close();
}
report(options, result);
const failedChecks = result.checks.filter((check) => checkVerdict(check) === "FAIL");
process.exitCode = result.errors > 0 || failedChecks.length > 0 ? 1 : 0;

/** `ok`: stored = acknowledged; `ok*`: more stored, but only writes sent whose answer timed out; else FAIL. */
function checkVerdict(check: StoreCheck): "ok  " | "ok* " | "FAIL" {
  if (check.stored === check.acknowledged) return "ok  ";
  return check.stored > check.acknowledged && check.stored <= check.attempted ? "ok* " : "FAIL";
}

function report(options: SoakOptions, r: SoakResult): void {
  const mb = (bytes: number) => fixed(bytes / 1024 / 1024, 1);
  const growth = (from: number, to: number) => (to - from) / from;
  const cpu = cpus();
  print(
    `## soak: ${options.engine}, ${options.users} users, ${options.seconds} s (${options.warmUpSeconds} s warm-up), think ${options.thinkMs} ms`,
  );
  print(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, Node ${process.version}; app and load driver share it; load average before the run ${loadBefore.map((load) => fixed(load, 2)).join(" ")}`,
  );
  print();
  print(
    `unloaded question latency (one person): p50 ${fixed(r.unloaded.p50)} ms, p99 ${fixed(r.unloaded.p99)} ms`,
  );
  print();
  const rows = r.kinds.map((k) => [
    k.kind,
    String(k.count),
    fixed(k.throughput),
    fixed(k.p50),
    fixed(k.p99),
    fixed(k.max),
    String(k.errors),
  ]);
  const measured = r.kinds.reduce((sum, k) => sum + k.count, 0);
  rows.push(["all", String(measured), fixed(measured / r.measuredSeconds), "", "", "", String(r.errors)]);
  for (const line of formatTable(["kind", "count", "per s", "p50 ms", "p99 ms", "max ms", "errors"], rows))
    print(line);
  print();
  print(
    `requests: ${r.requests} started (warm-up included), ${r.errors} failed; shared cards updated: ${r.cardUpdates}`,
  );
  for (const message of r.errorMessages) print(`  error: ${message}`);
  print();
  const memoryRows = r.instances.flatMap((i, n) => [
    [
      `instance ${n + 1} RSS MB`,
      mb(i.start.rss),
      mb(i.warm.rss),
      mb(i.end.rss),
      `${fixed(100 * growth(i.warm.rss, i.end.rss))} %`,
    ],
    [
      `instance ${n + 1} heap MB`,
      mb(i.start.heapUsed),
      mb(i.warm.heapUsed),
      mb(i.end.heapUsed),
      `${fixed(100 * growth(i.warm.heapUsed, i.end.heapUsed))} %`,
    ],
  ]);
  for (const line of formatTable(
    ["memory (after GC)", "start", "after warm-up", "end", "growth"],
    memoryRows,
  ))
    print(line);
  print(`app log lines at level error: ${r.instances.map((i) => i.loggedErrors.length).join(", ")}`);
  // The log holds no personal data by design, so its error lines can be shown as they are.
  for (const line of r.instances.flatMap((i) => i.loggedErrors).slice(0, 5)) print(`  ${line.slice(0, 300)}`);
  const loops = r.instances.map(
    (i) =>
      `p99 ${fixed(i.end.loopDelayP99Ms)} ms, max ${fixed(i.end.loopDelayMaxMs)} ms, CPU ${fixed(i.end.cpuPercent, 0)} % of a core, GC pauses max ${fixed(i.end.gcPauseMaxMs)} ms (${fixed(i.end.gcPauseTotalMs / 1000, 2)} s in all)`,
  );
  print(
    `event loop blocked while measuring: app ${loops.join("; ")}; load driver p99 ${fixed(r.driverLoopDelay.p99)} ms, max ${fixed(r.driverLoopDelay.max)} ms`,
  );
  print();
  for (const check of r.checks)
    print(
      `${checkVerdict(check)} ${check.what}: ${check.acknowledged} acknowledged, ${check.stored} stored, ${check.attempted} sent`,
    );
  if (r.checks.some((check) => checkVerdict(check) === "ok* "))
    print("ok*: the extra rows are writes whose answer did not come in time (counted as errors above)");
  const question = r.kinds.find((k) => k.kind === "question");
  const ratio = (question?.p99 ?? Number.NaN) / r.unloaded.p99;
  const worstGrowth = Math.max(
    ...r.instances.flatMap((i) => [growth(i.warm.rss, i.end.rss), growth(i.warm.heapUsed, i.end.heapUsed)]),
  );
  print();
  print(
    `aim: zero errors .................... ${r.errors === 0 && r.instances.every((i) => i.loggedErrors.length === 0) ? "met" : "NOT met"}`,
  );
  print(
    `aim: memory growth ≤ ${100 * aims.memoryGrowth} % after warm-up . ${worstGrowth <= aims.memoryGrowth ? "met" : "NOT met"} (worst ${fixed(100 * worstGrowth)} %)`,
  );
  print(
    `aim: question p99 ≤ ${aims.p99Ratio}× unloaded ..... ${ratio <= aims.p99Ratio ? "met" : "NOT met"} (${fixed(ratio, 2)}×)`,
  );
}
