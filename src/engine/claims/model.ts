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

export function modelInfo(): ModelWeights {
  return W;
}

/** P(the claim is supported by the corpus), in [0, 1]. */
export function supportProbability(features: number[]): number {
  let z = 0;
  for (let i = 0; i < FEATURE_NAMES.length; i++) {
    const wi = W.features.indexOf(FEATURE_NAMES[i]);
    if (wi >= 0) z += W.weights[wi] * features[i];
  }
  const c = W.calibration;
  return 1 / (1 + Math.exp(-(c ? c.a * z + c.b : z)));
}

export function supportThreshold(): number {
  return W.threshold;
}
