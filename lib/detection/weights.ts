import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (232 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -1.959,
  weights: {
    titleKind: 1.059,
    titleSpeech: 0.652,
    titleOther: -2.437,
    articleLayout: 0.369,
    labels: 1.01,
    speakers: 0.343,
    alternation: 0.809,
    asking: 0.334,
    answerWords: -1.283,
    reported: -2.736,
    headlineLinks: -0.059,
    speechBody: -0.865,
    firstPerson: 1.719,
    greeting: 1.964,
  },
};
