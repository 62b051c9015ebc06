/** Where a section writes: results to stdout, progress notes to stderr so stdout holds numbers only. */
export interface BenchOutput {
  print(line: string): void;
  progress(note: string): void;
}

/** A named part of `npm run bench`; sections run one after another, each on its own. */
export interface BenchSection {
  /** Short name, used to run one section alone: `npm run bench -- <name>`. */
  name: string;
  /** One line saying what the section measures, printed above its results. */
  title: string;
  run(output: BenchOutput): Promise<void>;
}
