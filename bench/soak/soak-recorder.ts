import { type LatencySummary, summarizeLatencies } from "../latency-stats.ts";

/** What a simulated person does; each is measured on its own. */
export const soakKinds = [
  "question",
  "unit overview",
  "👍/👎",
  "meeting end",
  "feedback answer",
  "tab view",
  "tab search",
  "tab feedback",
] as const;

export type SoakKind = (typeof soakKinds)[number];

/** One kind's figures over the measured part of the run. */
export interface KindSummary extends LatencySummary {
  kind: SoakKind;
  /** Measured actions per second. */
  throughput: number;
  /** Failed actions of this kind over the whole run, warm-up included. */
  errors: number;
}

/**
 * Collects latencies per kind (only for actions started after the warm-up) and every error (warm-up
 * included: an error is an error), with the first few distinct messages to say what went wrong.
 */
export class SoakRecorder {
  private readonly latencies = new Map<SoakKind, number[]>(soakKinds.map((kind) => [kind, []]));
  private readonly errorCounts = new Map<SoakKind, number>(soakKinds.map((kind) => [kind, 0]));
  private readonly messages = new Set<string>();
  /** Every action started, measured or not. */
  started = 0;

  record(kind: SoakKind, ms: number, measured: boolean): void {
    if (measured) this.latencies.get(kind)?.push(ms);
  }

  error(kind: SoakKind, error: unknown): void {
    this.errorCounts.set(kind, (this.errorCounts.get(kind) ?? 0) + 1);
    if (this.messages.size < 10) this.messages.add(`${kind}: ${(error as Error).message ?? String(error)}`);
  }

  /** Per kind, over `measuredSeconds` of measured load. */
  summary(measuredSeconds: number): KindSummary[] {
    return soakKinds.map((kind) => {
      const values = this.latencies.get(kind) ?? [];
      return {
        kind,
        ...summarizeLatencies(values),
        throughput: values.length / measuredSeconds,
        errors: this.errorCounts.get(kind) ?? 0,
      };
    });
  }

  totalErrors(): number {
    return [...this.errorCounts.values()].reduce((sum, count) => sum + count, 0);
  }

  /** Up to ten distinct error messages, for the report. */
  errorMessages(): string[] {
    return [...this.messages];
  }
}
