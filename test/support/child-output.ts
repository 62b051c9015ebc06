import type { ChildProcess } from "node:child_process";

/** How a process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** What a spawned process prints, stdout and stderr together, and how it ended. */
export interface ChildOutput {
  /** Everything it printed so far. */
  output(): string;
  /**
   * Resolves once the output matches `pattern`, with the match's first group (or the whole match);
   * rejects, quoting the output, if the process exits first. It waits on the output itself, with no
   * clock, however long a busy machine takes: the test's own timeout bounds the wait.
   */
  printed(pattern: RegExp): Promise<string>;
  exited: Promise<ProcessExit>;
}

/** Starts collecting what `child` prints; call it right after spawning, before any output is lost. */
export function watchChildOutput(child: ChildProcess): ChildOutput {
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<ProcessExit>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const printed = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (!match) return;
        child.stdout?.off("data", check);
        child.stderr?.off("data", check);
        resolve(match[1] ?? match[0]);
      };
      child.stdout?.on("data", check);
      child.stderr?.on("data", check);
      exited.then((exit) =>
        reject(new Error(`exited (${exit.code ?? exit.signal}) before printing ${pattern}:\n${output}`)),
      );
      check();
    });
  return { output: () => output, printed, exited };
}
