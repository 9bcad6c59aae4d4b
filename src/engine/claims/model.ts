// The support model: logistic regression over the aligner's features. Weights are trained
// offline (scripts/accuracy/train.mjs) on pairs we generate from source sentences (entity,
// number, negation, antonym swaps, inserted facts vs. paraphrases); the decision threshold is
// tuned on the benchmarks' evaluation/valid splits only. Nothing is downloaded at run time.
import weights from './model/weights.json';
import { FEATURE_NAMES } from './align';

export interface ModelWeights {
  features: string[];
  weights: number[];
  /** P(supported) below this → unsupported. */
  threshold: number;
  /** Platt scaling of the output, fitted on the sourced-draft dev split: P = σ(a·z + b). */
  calibration?: { a: number; b: number };
  trainedOn?: string;
}

const W = weights as ModelWeights;
/** The weight of each of the aligner's features, in FEATURE_NAMES order (0: the model does not use it). */
const WEIGHT_OF_FEATURE = FEATURE_NAMES.map((name) => {
  const i = W.features.indexOf(name);
  return i >= 0 ? W.weights[i] : 0;
});

export function modelInfo(): ModelWeights {
  return W;
}

/** P(the claim is supported by the corpus), in [0, 1]. */
export function supportProbability(features: number[]): number {
  let z = 0;
  for (let i = 0; i < WEIGHT_OF_FEATURE.length; i++) z += WEIGHT_OF_FEATURE[i] * features[i];
  const c = W.calibration;
  return 1 / (1 + Math.exp(-(c ? c.a * z + c.b : z)));
}

export function supportThreshold(): number {
  return W.threshold;
}
