import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.572,
  weights: {
    titleKind: 0.674,
    titleSpeech: -0.11,
    titleOther: -1.981,
    articleLayout: 0.297,
    labels: 0.021,
    speakers: 1.318,
    alternation: 1.929,
    asking: 0.172,
    answerWords: -0.3,
    reported: -1.105,
    speechVoice: 0.45,
    firstPerson: 1.166,
    greeting: 1.942,
    teasers: -0.687,
    faq: -0.598,
    labelShare: 0.181,
    monologue: 0.391,
  },
};
