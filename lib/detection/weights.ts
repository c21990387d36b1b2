import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by `npm run fit` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (231 pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: -2.145,
  weights: {
    titleKind: 0.81,
    titleSpeech: 0.282,
    titleOther: -4.177,
    articleLayout: 0.797,
    labels: -0.399,
    speakers: 2.963,
    alternation: 1.657,
    asking: 0.849,
    answerWords: -0.955,
    reported: -4.474,
    headlineLinks: 0.314,
    speechVoice: 1.202,
    firstPerson: 1.481,
    greeting: 2.615,
    teasers: -0.759,
    faq: -3.254,
    labelShare: -0.16,
  },
};
