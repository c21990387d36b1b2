import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.583,
  weights: {
    titleKind: 0.642,
    titleSpeech: -0.074,
    titleOther: -1.633,
    articleLayout: 0.203,
    labels: 0.162,
    speakers: 1.48,
    alternation: 1.789,
    asking: 0.314,
    answerWords: -0.576,
    reported: -1.373,
    speechVoice: 1.123,
    firstPerson: 1.309,
    greeting: 1.797,
    teasers: -0.463,
    faq: -0.718,
    labelShare: 0.207,
  },
};
