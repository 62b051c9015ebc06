import type { Item, Strategy } from "../content/strategy.ts";
import type { Passage } from "./passage-index.ts";
import { type FeatureWeights, questionFeatures } from "./question-features.ts";
import {
  type SoftmaxTrainingOptions,
  type TrainingExample,
  trainSoftmaxClassifier,
} from "./softmax-classifier.ts";
import type { TermAnalyzer } from "./term-analyzer.ts";

/** Options for {@link trainPassageClassifier}. */
export interface PassageClassifierOptions extends SoftmaxTrainingOptions {
  features?: FeatureWeights;
}

/** Which paragraph a question asks for, as learnt from the content; see {@link trainPassageClassifier}. */
export interface PassageClassifier {
  /** Probability by passage id that the question asks for that paragraph. */
  probabilities(question: string): Float64Array;
}

/**
 * Trains the model that tells which paragraph a question asks for, from the content alone: every
 * alternate question, example question and keyword of a paragraph is an example of it, and so is the
 * paragraph's own text; an item's title, keywords and example questions are examples of all its
 * paragraphs at once (an equal share each). Built with the search at start-up (a few hundred
 * milliseconds) and never stored, so it always matches the committed content.
 */
export function trainPassageClassifier(
  strategy: Strategy,
  passages: readonly Passage[],
  analyzer: Pick<TermAnalyzer, "wordTerms">,
  options: PassageClassifierOptions = {},
): PassageClassifier {
  const featuresOf = (text: string) => questionFeatures(text, analyzer, options.features);
  const examples: TrainingExample[] = [];
  const addExamples = (texts: readonly string[], targets: ReadonlyMap<number, number>) => {
    for (const text of texts) {
      const features = featuresOf(text);
      if (features.size > 0) examples.push({ features, targets });
    }
  };
  for (const passage of passages) {
    const paragraph = passage.item.paragraphs[passage.paragraphIndex];
    if (!paragraph) continue;
    addExamples(
      [
        paragraph.text,
        ...(paragraph.alternates ?? []),
        ...(paragraph.questions ?? []),
        ...(paragraph.keywords ?? []),
      ],
      new Map([[passage.id, 1]]),
    );
  }
  for (const item of strategy.items) addExamples(itemTexts(item), sharedTargets(item, passages));
  const model = trainSoftmaxClassifier(examples, passages.length, options);
  return { probabilities: (question) => model.probabilities(featuresOf(question)) };
}

function itemTexts(item: Item): string[] {
  const title = [item.title, item.slogan ?? "", ...item.breadcrumb].join(" ");
  return [title, ...(item.aliases ?? []), ...item.questions, ...item.keywords];
}

function sharedTargets(item: Item, passages: readonly Passage[]): Map<number, number> {
  const own = passages.filter((passage) => passage.item === item);
  return new Map(own.map((passage) => [passage.id, 1 / own.length]));
}
