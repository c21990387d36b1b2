import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/PopupApp';
import { TranscriptView } from '../../../components/TranscriptView';
import { badgeFor } from '../../../extension/tab/badge';
import { formatDay, formatEventDate } from '../../../extension/i18n/dates';
import { interfaceLocale } from '../../../extension/i18n/interface-locale';
import { tn } from '../../../extension/i18n/messages';
import { reasonMessage } from '../../../extension/i18n/reason-messages';
import type { TabReading } from '../../../extension/tab/tab-reading';
import type { Reason } from '../../../lib/reason';
import { reasonText } from '../../../lib/reason-text';
import { speak } from '../../support/i18n-catalogue';
import { button, mount, settle } from '../render';
import { sampleTranscript } from '../sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

const NOT_A_TRANSCRIPT: Reason[] = [
  { code: 'titleNone', title: 'Weather in Moscow' },
  { code: 'labels', labelled: 2, distinct: 1 },
  { code: 'reported', reported: 5, paragraphs: 21 },
];

describe('the interface in Russian (the browser’s language)', () => {
  beforeEach(() => speak('ru', 'ru'));

  it('says counts in Russian’s three forms: 1 вопрос, 2 вопроса, 5 вопросов, 21 вопрос, 0 вопросов', () => {
    const title = (questions: number) => badgeFor({ hasTranscript: true, questions, title: '', listed: 0 }).title;
    expect([1, 2, 5, 21, 0, 11, 22].map(title)).toEqual([
      'Verbatim: стенограмма, 1 вопрос',
      'Verbatim: стенограмма, 2 вопроса',
      'Verbatim: стенограмма, 5 вопросов',
      'Verbatim: стенограмма, 21 вопрос',
      'Verbatim: стенограмма, 0 вопросов',
      'Verbatim: стенограмма, 11 вопросов',
      'Verbatim: стенограмма, 22 вопроса',
    ]);
    expect(tn('savedCount', 5000)).toBe('5\u00a0000 сохранённых стенограмм');
  });

  it('writes dates and numbers as Russian does', () => {
    expect(interfaceLocale()).toBe('ru');
    expect(formatEventDate('2026-09-30')).toBe('30 сент. 2026 г.');
    expect(formatDay('2026-01-05T10:00:00Z')).toMatch(/^\d{1,2} янв\. 2026 г\.$/);
  });

  it('gives the reasons a page is not a transcript, and the buttons, in Russian', async () => {
    const reading: TabReading = { state: 'read', result: { detected: false, confidence: 0.1, reasons: NOT_A_TRANSCRIPT, transcript: null } };
    const root = await mount(<PopupApp readPage={vi.fn().mockResolvedValue(reading)} openLibrary={vi.fn()} />);
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Эта страница не похожа на стенограмму');
    expect([...root.querySelectorAll('.reasons li')].map((li) => li.textContent)).toEqual([
      'В заголовке не названы ни выступление, ни ответы на вопросы, ни брифинг, ни пресс-конференция, ни интервью: «Weather in Moscow».',
      '2 абзаца начинаются с имени выступающего (разных имён: 1).',
      '5 из 21 абзаца пересказывают чужие слова, как в новостной заметке.',
    ]);
    expect(button(root, 'Всё равно извлечь')).toBeDefined();
    expect(button(root, 'Библиотека')).toBeDefined();
  });

  it('shows a transcript with Russian buttons, headings and counts', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    expect(root.textContent).toContain('Вопросы и ответы (3)');
    expect([...root.querySelectorAll('.participants .turns')].map((turns) => turns.textContent)).toEqual([
      '(официальное лицо, 4 реплики)',
      '(журналист, 1 реплика)',
    ]);
    expect([...root.querySelectorAll('.facts dt')].map((dt) => dt.textContent)).toEqual(['Дата', 'Место', 'Тип', 'Сайт']);
    expect(root.querySelector('.facts dd')!.textContent).toBe('30 сент. 2026 г.');
    expect(root.querySelector('.exchange-number')!.textContent).toBe('Вопрос 1');
  });
});

describe('the reasons in English, in the extension and on the command line', () => {
  const every: Reason[] = [
    { code: 'antiBot' },
    { code: 'listingMarkup' },
    { code: 'noHeadline' },
    { code: 'titleOther', title: 'Press release' },
    { code: 'titleKind', kind: 'press-conference' },
    { code: 'titleNone', title: 'x'.repeat(200) },
    { code: 'labels', labelled: 1, distinct: 1 },
    { code: 'labels', labelled: 7, distinct: 3 },
    { code: 'articleLayout' },
    { code: 'reported', reported: 3, paragraphs: 9 },
    { code: 'faqLabels' },
    { code: 'teasers', teasers: 12 },
    { code: 'faqQuestions' },
    { code: 'tooFewTurns' },
    { code: 'forced' },
    { code: 'noBody' },
    { code: 'noText' },
    { code: 'failed', message: 'boom' },
    { code: 'invalid', issues: 'site: too short' },
  ];

  it('are the same sentences from the English catalogue as from lib/reason-text.ts', () => {
    expect(every.map(reasonMessage)).toEqual(every.map(reasonText));
  });

  it('quote a long title by its start, and show a sentence from before the codes as it is', () => {
    expect(reasonText({ code: 'titleNone', title: 'x'.repeat(200) })).toContain(`“${'x'.repeat(157)}…”`);
    expect(reasonMessage('The page has no headline.')).toBe('The page has no headline.');
  });
});
