import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { decideFromStore } from "../../core/feedback/decide-from-store.ts";
import type { GroupResult } from "../../core/feedback/results-model.ts";
import { resultsView } from "../../core/feedback/results-view.ts";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import { demoDataRefusal } from "../../scripts/demo-data-guard.ts";
import { fillDemoFeedback } from "../../scripts/demo-feedback.ts";

const strategy = loadStrategy("content/strategi-2025");
const now = new Date("2025-06-02T10:00:00Z");
const directory = mkdtempSync(join(tmpdir(), "demo-data-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const shown = (result: GroupResult) => !result.hidden;

/** `npm run demo-data` as a newcomer runs it, with the given environment on top of a quiet one. */
function runDemoData(env: Record<string, string>, args: string[] = []) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/demo-data.ts", ...args], {
    env: { ...rest, LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
  });
}

describe("demonstration data", () => {
  it("lets a newcomer in local mode see results and weekly charts, every prompt marked as demonstration", async () => {
    const store = createSqliteStore({ file: ":memory:" });
    await store.migrate();
    const written = await fillDemoFeedback(store, strategy, now);
    expect(written.prompts).toBe(30);
    const decision = await decideFromStore(store, undefined, 5);
    const results = resultsView(decision, {
      strategy,
      access: { kind: "everything", reason: "localMode" },
      scope: "all",
    });
    expect(results.demo).toBe(true);
    expect(results.organisation?.questions.map((each) => [each.question, shown(each.result)])).toEqual([
      ["meetingUsefulness", true],
      ["initiativeQuality", true],
    ]);
    const prompts = results.units.flatMap((unit) => unit.prompts);
    expect(prompts).toHaveLength(30);
    for (const prompt of prompts) {
      expect(prompt.title).toMatch(/^\[Demo\] /);
      expect(prompt.demo).toBe(true);
      for (const comment of prompt.comments) expect(comment.text).toMatch(/^\[Demo\] /);
      for (const comment of prompt.comments) if (comment.name) expect(comment.name).toMatch(/^Demo-kollega /);
    }
    // Enough to see figures and charts, and a few "too few answers" to see how hiding looks.
    expect(prompts.filter((prompt) => shown(prompt.result)).length).toBeGreaterThan(10);
    expect(prompts.some((prompt) => prompt.result.hidden)).toBe(true);
    const weekly = results.units.flatMap((unit) =>
      unit.questions.map((each) => each.weeks.filter((week) => shown(week.result))),
    );
    expect(Math.max(...weekly.map((weeks) => weeks.length))).toBeGreaterThanOrEqual(3);
    expect(results.organisation?.topics.some((topic) => topic.kind === "theme")).toBe(true);

    await expect(fillDemoFeedback(store, strategy, now)).rejects.toThrow(
      "demo-data: the database already holds demonstration data",
    );
    await store.close();
  });

  it("is refused when DATABASE_URL is set, unless --force; unknown arguments are refused too", () => {
    const local = { sqliteFile: "data/x.sqlite" };
    const postgres = { ...local, databaseUrl: "postgres://db.example/real" };
    expect(demoDataRefusal(local, [])).toBeUndefined();
    expect(demoDataRefusal(postgres, [])).toMatch(/^demo-data: DATABASE_URL is set/);
    expect(demoDataRefusal(postgres, ["--force"])).toBeUndefined();
    expect(demoDataRefusal(local, ["--forc"])).toBe(
      "demo-data: unknown argument --forc (only --force is known)",
    );
  });

  it("runs as `npm run demo-data`: writes to the SQLite file, and refuses DATABASE_URL without --force", () => {
    const file = join(directory, "demo.sqlite");
    const run = runDemoData({ SQLITE_FILE: file });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^demo-data: 30 prompts and \d+ answers from made-up colleagues written to .*demo\.sqlite\.\n$/,
    );
    expect(run.status).toBe(0);
    const again = runDemoData({ SQLITE_FILE: file });
    expect(again.status).toBe(1);
    expect(again.stderr).toBe("demo-data: the database already holds demonstration data\n");
    const refused = runDemoData({ SQLITE_FILE: file, DATABASE_URL: "postgres://127.0.0.1:1/nowhere" });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^demo-data: DATABASE_URL is set/);
  });
});
