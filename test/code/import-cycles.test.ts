import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * No import cycles among the repo's own TypeScript files, type-only imports included: a cycle means two
 * files that cannot be read, moved or tested one without the other. TypeScript's own `preProcessFile`
 * lists a file's imports (static, type-only, re-exports, dynamic `import()`) without type-checking, so the
 * whole repo takes well under a second.
 */

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const skipped = new Set(["node_modules", ".git", "build", "dist", "coverage", "data"]);

/** Every `.ts` file of the repo, relative to its root. */
function sourceFiles(folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [relative(root, path)] : [];
  });
}

/** Each file's relative imports of other `.ts` files of the repo (packages and JSON are not ours). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), "utf8"), true, true);
      const targets = importedFiles
        .map(({ fileName }) => fileName)
        .filter((name) => name.startsWith("."))
        .map((name) => relative(root, resolve(root, dirname(file), name)))
        .filter((target) => known.has(target));
      return [file, targets];
    }),
  );
}

/** The first cycle a depth-first walk meets, as the files around it (first file repeated last), if any. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const onPath = path.indexOf(file);
    if (onPath >= 0) return [...path.slice(onPath), file];
    if (done.has(file)) return undefined;
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("imports", () => {
  it("finds a cycle, type-only or not, and none in a tree", () => {
    expect(
      findCycle(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
        ]),
      ),
    ).toEqual(["a", "b", "c", "a"]);
    expect(
      findCycle(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toBeUndefined();
    const graph = importGraph(["core/i18n/text-for.ts", "core/i18n/danish.ts", "core/i18n/ui-text.ts"]);
    expect(graph.get("core/i18n/danish.ts"), "a type-only import is an edge").toEqual([
      "core/i18n/ui-text.ts",
    ]);
  });

  it("form no cycle among the repo's own files", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(findCycle(importGraph(files))).toBeUndefined();
  });
});
