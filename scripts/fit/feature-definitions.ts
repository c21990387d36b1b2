import type { FeatureName } from '../../lib/detection/features';

/** What each feature of lib/detection/features.ts measures: the fitting script's report and the README. */
export const FEATURE_DEFINITIONS: Record<FeatureName, string> = {
  titleKind: '1 when the title names a kind of transcript (lib/metadata/kind.ts), else 0',
  titleSpeech: '1 when the title names remarks, a speech or a statement, else 0',
  titleOther: '1 when the title names a press release, a notice, a readout or an FAQ, else 0',
  articleLayout: '1 when a known site’s article layout holds the text, else 0',
  labels: 'log(1 + paragraphs that open with a speaker label)',
  speakers: 'log(1 + different labels)',
  alternation: 'share of labelled paragraphs whose label differs from the previous one',
  asking: 'log(1 + question turns that ask something: a question mark)',
  answerWords: 'share of labels that are answer words ("Answer:", "A:", "答："): FAQs have them, dialogues name their speakers',
  reported: 'share of text paragraphs whose opening reports speech ("said", "заявил", "表示"): a news report',
  speechVoice:
    'when the title names a kind of transcript, or the text opens by addressing its audience on a line of its own ("Monsieur le Ministre,"): the first-person share plus 1 if a paragraph greets the audience (a speech or opening remarks with no labels), else 0',
  firstPerson: 'share of text paragraphs whose opening speaks in the first person ("we", "мы", "我们"): spoken text',
  greeting: '1 when a paragraph opens by greeting or addressing the audience ("Good afternoon", "Уважаемые", "大家好"), else 0',
  teasers: 'log(1 + links that head an item with a date in it): a listing of other pages',
  faq: 'share of question turns that ask an FAQ’s question ("How do I apply ...?", "Can I ...?")',
  monologue:
    'log(1 + text paragraphs) when the title names a kind of transcript, no paragraph has a label, and of 3 or more text paragraphs at least half open in the first person and under a fifth report speech (a speech on its own page, the longer the surer), else 0',
  labelShare: 'labelled paragraphs / text paragraphs, at most 1: a transcript is mostly turns, a commentary quotes a few',
};
