import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.637,
  weights: {
    titleKind: 0.77,
    titleSpeech: -0.081,
    titleOther: -1.923,
    articleLayout: 0.258,
    labels: 0.034,
    speakers: 1.344,
    alternation: 1.908,
    asking: 0.219,
    answerWords: -0.349,
    reported: -1.228,
    speechVoice: 1.039,
    firstPerson: 1.306,
    greeting: 1.825,
    teasers: -0.447,
    faq: -0.634,
    labelShare: 0.216,
  },
};
