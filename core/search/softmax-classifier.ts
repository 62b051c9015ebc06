/**
 * A multinomial logistic regression (softmax) over sparse, named features, trained by plain stochastic
 * gradient descent. Hand-written rather than taken from npm: the libraries that do this in process
 * (`ml-logistic-regression`: dense one-vs-rest matrices; the fastText ports: a WebAssembly binary trained
 * through files and threads) are either far too slow for ~100,000 sparse features or not deterministic.
 * This one is seeded, so the same examples always give the same weights, and it keeps a weight row only
 * for a feature seen in training: a feature never seen (a new word, garbage) simply adds nothing.
 */

/** One training example: its features with their values, and the share of it that belongs to each class. */
export interface TrainingExample {
  features: ReadonlyMap<string, number>;
  /** Class index → target probability; the shares should add up to 1. */
  targets: ReadonlyMap<number, number>;
}

/** Options for {@link trainSoftmaxClassifier}, with their defaults. */
export interface SoftmaxTrainingOptions {
  /** Passes over the examples. Default 3 (3, 4, 5 and 8 gave the same figures on every evaluation set). */
  epochs?: number;
  /** Step size of the first pass; it falls linearly to a tenth of that by the last. Default 1. */
  learningRate?: number;
  /** Seed of the example order, so training is repeatable. Default 1. */
  seed?: number;
}

/** A trained classifier: the probability of each class for a set of features. */
export interface SoftmaxClassifier {
  readonly classCount: number;
  /** How many features have weights (were seen in training). */
  readonly featureCount: number;
  /** Probabilities by class index, adding up to 1; uniform when no feature is known. */
  probabilities(features: ReadonlyMap<string, number>): Float64Array;
}

/** Trains a softmax classifier over `classCount` classes. Deterministic for the same examples and options. */
export function trainSoftmaxClassifier(
  examples: readonly TrainingExample[],
  classCount: number,
  options: SoftmaxTrainingOptions = {},
): SoftmaxClassifier {
  const epochs = options.epochs ?? 3;
  const initialRate = options.learningRate ?? 1;
  const featureIndex = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features.keys())
      if (!featureIndex.has(feature)) featureIndex.set(feature, featureIndex.size);
  const weights = new Float32Array(featureIndex.size * classCount);
  const indexed = examples.map((example) => ({
    rows: Int32Array.from(example.features.keys(), (feature) => featureIndex.get(feature) ?? 0),
    values: Float64Array.from(example.features.values()),
    targets: example.targets,
  }));
  const random = seededRandom(options.seed ?? 1);
  const order = indexed.map((_, index) => index);
  const gradient = new Float64Array(classCount);
  const moving: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    const rate = initialRate * (1 - (0.9 * epoch) / Math.max(epochs - 1, 1));
    for (const exampleIndex of order) {
      const { rows, values, targets } = indexed[exampleIndex] as (typeof indexed)[number];
      softmaxInto(gradient, weights, rows, values, classCount);
      for (const [classIndex, target] of targets)
        gradient[classIndex] = (gradient[classIndex] as number) - target;
      // gradient is now d(loss)/d(logit) per class: probability − target. Most classes are near zero
      // once the first pass has sorted them out, and skipping those makes training several times faster.
      moving.length = 0;
      for (let c = 0; c < classCount; c++)
        if (Math.abs(gradient[c] as number) > negligibleGradient) moving.push(c);
      for (let f = 0; f < rows.length; f++) {
        const base = (rows[f] as number) * classCount;
        const step = rate * (values[f] as number);
        for (const c of moving)
          weights[base + c] = (weights[base + c] as number) - step * (gradient[c] as number);
      }
    }
  }
  return {
    classCount,
    featureCount: featureIndex.size,
    probabilities(features) {
      const rows: number[] = [];
      const values: number[] = [];
      for (const [feature, value] of features) {
        const row = featureIndex.get(feature);
        if (row === undefined) continue;
        rows.push(row);
        values.push(value);
      }
      const result = new Float64Array(classCount);
      softmaxInto(result, weights, rows, values, classCount);
      return result;
    },
  };
}

/** A class whose gradient is smaller than this is left alone for the example. */
const negligibleGradient = 1e-4;

/** Writes softmax(Σ value × weight row) into `out`. */
function softmaxInto(
  out: Float64Array,
  weights: Float32Array,
  rows: ArrayLike<number>,
  values: ArrayLike<number>,
  classCount: number,
): void {
  out.fill(0);
  for (let f = 0; f < rows.length; f++) {
    const base = (rows[f] as number) * classCount;
    const value = values[f] as number;
    for (let c = 0; c < classCount; c++) out[c] = (out[c] as number) + value * (weights[base + c] as number);
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const logit of out) max = Math.max(max, logit);
  let sum = 0;
  for (let c = 0; c < classCount; c++) {
    const exp = Math.exp((out[c] as number) - max);
    out[c] = exp;
    sum += exp;
  }
  for (let c = 0; c < classCount; c++) out[c] = (out[c] as number) / sum;
}

/** Mulberry32: a small, well-known seeded generator; Math.random would make training unrepeatable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates, in place. */
function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j] as number, values[i] as number];
  }
}
