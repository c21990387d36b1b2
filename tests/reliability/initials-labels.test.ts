// @vitest-environment node
import { afterAll, describe, it } from 'vitest';
import { expectEveryWord, readChecked } from './engine-check';
import { DOM_NAMES, DOMS, releaseDocuments } from './page-doms';

/**
 * Found by the generated transcripts. Fixed bug (lib/page/paragraphs.ts, `scanLabels`, with
 * lib/segment/labels.ts, `matchLabel`): a name written as initials run into the surname
 * ("С.В.Лавров:", "S.Lavrov:") is one token, so its label is `weak`, and detection skips
 * weak labels even when the same one recurs on the page (segmentation accepts it then). An
 * interview that a site without an adapter gives as plain "Вопрос:" / "С.В.Лавров:"
 * paragraphs counts one distinct label and is not detected, although the fixtures README
 * lists "С.В.Лавров:" as a label, "bold or plain".
 * The fix: in `scanLabels`, count a weak label once it recurs (as `acceptLabels`
 * does), or read initials-plus-surname as a strong name shape.
 */
const QUESTION_AND_ANSWER = [
  'Вопрос: Как вы оцениваете итоги переговоров?',
  'С.В.Лавров: Мы обсудили весь круг вопросов двусторонних отношений.',
  'Вопрос: Что дальше?',
  'С.В.Лавров: Продолжим работу.',
];

function interviewPage(lines: string[]): string {
  const title = 'Интервью Министра иностранных дел России С.В.Лаврова';
  return `<!DOCTYPE html><html lang="ru"><head><title>${title}</title></head><body><h1>${title}</h1><div class="article">${lines.map((line) => `<p>${line}</p>`).join('')}</div></body></html>`;
}

describe.each(DOM_NAMES)('plain labels of initials and surname on a site without an adapter (%s)', (dom) => {
  afterAll(releaseDocuments);
  it('make an interview that is detected and read whole', () => {
    const result = readChecked(DOMS[dom](interviewPage(QUESTION_AND_ANSWER)), new URL('https://example.org/interview'));
    expectEveryWord(result, QUESTION_AND_ANSWER.join('\n'));
  });
});
