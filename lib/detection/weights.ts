import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.329,
  weights: {
    titleKind: 0.86,
    titleSpeech: 0.176,
    titleOther: -4.168,
    articleLayout: 0.753,
    labels: -0.135,
    speakers: 2.668,
    alternation: 1.648,
    asking: 0.822,
    answerWords: -1.009,
    reported: -4.452,
    headlineLinks: 0.228,
    speechVoice: 1.268,
    firstPerson: 1.623,
    greeting: 2.539,
    teasers: -0.783,
    faq: -3.305,
    labelShare: -0.328,
  },
};
