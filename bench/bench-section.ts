/** Where a section writes: results to stdout, progress notes to stderr so stdout holds numbers only. */
export interface BenchOutput {
  print(line: string): void;
  progress(note: string): void;
}

/** One row of the closing summary: a measure, what this run measured beside its floor, and the aim. */
export interface SummaryRow {
  measure: string;
  /** The figure measured, with its floor from the same run where there is one. */
  measured: string;
  aim: string;
  /** Whether the aim was met; `undefined` where the figure has no aim to meet. */
  met?: boolean;
}

/** A named part of `npm run bench`; sections run one after another, each on its own. */
export interface BenchSection {
  /** Short name, used to run one section alone: `npm run bench -- <name>`. */
  name: string;
  /** One line saying what the section measures, printed above its results. */
  title: string;
  /** Runs the measurement, prints its tables, and returns its rows of the closing summary. */
  run(output: BenchOutput): Promise<readonly SummaryRow[]>;
}
