import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.548,
  weights: {
    titleKind: 0.707,
    titleSpeech: -0.05,
    titleOther: -1.947,
    articleLayout: 0.271,
    labels: 0.055,
    speakers: 1.334,
    alternation: 1.937,
    asking: 0.187,
    answerWords: -0.367,
    reported: -1.154,
    speechVoice: 0.409,
    firstPerson: 1.069,
    greeting: 1.921,
    teasers: -0.503,
    faq: -0.644,
    labelShare: 0.201,
    monologue: 0.396,
  },
};
