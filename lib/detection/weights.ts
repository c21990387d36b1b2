import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.544,
  weights: {
    titleKind: 0.658,
    titleSpeech: 0,
    titleOther: -1.645,
    articleLayout: 0.2,
    labels: 0.164,
    speakers: 1.462,
    alternation: 1.765,
    asking: 0.317,
    answerWords: -0.574,
    reported: -1.394,
    speechVoice: 1.123,
    firstPerson: 1.27,
    greeting: 1.79,
    teasers: -0.462,
    faq: -0.717,
    labelShare: 0.196,
  },
};
