import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.735,
  weights: {
    titleKind: 0.884,
    titleSpeech: 0.075,
    titleOther: -4.079,
    articleLayout: 0.748,
    labels: -1.03,
    speakers: 3.719,
    alternation: 1.437,
    asking: 0.89,
    answerWords: -1.156,
    reported: -3.785,
    speechVoice: 1.254,
    firstPerson: 1.672,
    greeting: 2.472,
    teasers: -0.767,
    faq: -3.204,
    labelShare: 0.337,
  },
};
