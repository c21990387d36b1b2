import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.607,
  weights: {
    titleKind: 0.748,
    titleSpeech: -0.04,
    titleOther: -1.951,
    articleLayout: 0.268,
    labels: 0.049,
    speakers: 1.359,
    alternation: 1.924,
    asking: 0.219,
    answerWords: -0.375,
    reported: -1.138,
    speechVoice: 0.471,
    firstPerson: 1.045,
    greeting: 1.832,
    teasers: -0.496,
    faq: -0.645,
    labelShare: 0.215,
    monologue: 0.393,
  },
};
