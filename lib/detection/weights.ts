import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (232 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.005,
  weights: {
    titleKind: 1.18,
    titleSpeech: 0.653,
    titleOther: -2.747,
    articleLayout: 0.37,
    labels: 0.932,
    speakers: 0.354,
    alternation: 1.113,
    asking: 0.415,
    answerWords: -1.237,
    reported: -2.678,
    headlineLinks: 0.066,
    speechBody: -0.846,
    firstPerson: 1.717,
    greeting: 2.088,
  },
};
