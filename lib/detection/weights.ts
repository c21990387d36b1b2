import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (232 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.342,
  weights: {
    titleKind: 0.972,
    titleSpeech: -0.349,
    titleOther: -2.513,
    articleLayout: 0.395,
    labels: 0.001,
    speakers: 1.552,
    alternation: 1.733,
    asking: 0.64,
    answerWords: -0.864,
    reported: -2.675,
    headlineLinks: 0.108,
    speechVoice: 0.602,
    firstPerson: 1.923,
    greeting: 1.992,
    teasers: -0.469,
    faq: -1.428,
    labelShare: 0.095,
  },
};
