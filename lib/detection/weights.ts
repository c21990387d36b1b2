import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.525,
  weights: {
    titleKind: 0.711,
    titleSpeech: -0.149,
    titleOther: -1.934,
    articleLayout: 0.283,
    labels: -0.036,
    speakers: 1.285,
    alternation: 1.887,
    asking: 0.188,
    answerWords: -0.255,
    reported: -1.085,
    speechVoice: 0.531,
    firstPerson: 1.341,
    greeting: 1.858,
    teasers: -1.536,
    faq: -0.614,
    labelShare: 0.185,
    monologue: 0.622,
  },
};
