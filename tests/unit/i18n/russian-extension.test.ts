import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseLibraryFile } from '../../../extension/library/file';
import { entryProblem } from '../../../extension/library/entry-problem';
import { libraryEntrySchema } from '../../../extension/library/entry';
import { issueInWords } from '../../../extension/i18n/schema-issues';
import { listLibrary, saveTranscript } from '../../../extension/library/store';
import { listenForCaptureCommands } from '../../../extension/capture/capture-commands';
import { speak } from '../../support/i18n-catalogue';
import { sampleTranscript } from '../sample-transcript';

/** Latin words of two letters or more outside «quotes» and the paths of a value (`transcript.title`). */
function englishWords(sentence: string): string[] {
  return (
    sentence
      .replace(/«[^»]*»/gu, '')
      .replace(/[\w.]+:/gu, '')
      .match(/\b\p{Script=Latin}{2,}\b/gu)
      ?.filter((word) => !['Verbatim', 'null', 'true', 'false', 'ISO'].includes(word)) ?? []
  );
}

const good = { firstSavedAt: '2026-01-02T03:04:05.000Z', savedAt: '2026-01-02T03:04:05.000Z', transcript: sampleTranscript() };

beforeEach(() => {
  fakeBrowser.reset();
  speak('ru');
});

describe('the extension’s own sentences in Russian (extension/ modules)', () => {
  it('an imported file’s problems: each entry’s, in Russian words, with Russian plurals', () => {
    const file = JSON.stringify([
      42,
      'hello',
      [1, 2, 3],
      { transcript: { ...good.transcript, schemaVersion: [1, 2, 3, 4, 5] } },
      { ...good, transcript: { ...good.transcript, title: 7, date: 5, language: 'e', exchanges: [{ question: [40], answers: [] }] } },
      { ...good, savedAt: 'yesterday' },
    ]);
    const problems = parseLibraryFile(file, new Date('2026-02-01T00:00:00Z')).problems.map(({ message }) => message);
    expect(problems).toEqual([
      'не сохранённая стенограмма, а число (42)',
      'не сохранённая стенограмма, а текст («hello»)',
      'не сохранённая стенограмма, а список',
      'записано в версии схемы стенограмм список из 5 элементов, которую эта версия Verbatim не читает (она читает версию 2)',
      'transcript.title: ожидается текст, получено: число; transcript.date: ожидается текст, получено: число (и ещё 1)',
      'savedAt: не дата и время в формате ISO 8601',
    ]);
    for (const problem of problems) expect(englishWords(problem), problem).toEqual([]);
  });

  it('a damaged saved entry: an index past the segments, said in Russian', async () => {
    const damaged = {
      ...good,
      fingerprint: { exact: '0'.repeat(16), minhash: '0'.repeat(16 * 8 * 8), tokens: 0 },
      editions: [],
      transcript: { ...good.transcript, exchanges: [{ question: [99], answers: [] }] },
    };
    const parsed = libraryEntrySchema.safeParse(damaged, { error: issueInWords });
    expect(parsed.success).toBe(false);
    const problem = entryProblem(damaged, parsed.error!);
    expect(problem).toMatch(/^transcript\.exchanges\.0\.question\.0: указывает на фрагмент 99, а всего их \d+$/);
  });

  it('a transcript that does not fit the schema is not saved, and the error says why in Russian', async () => {
    await expect(saveTranscript({ ...sampleTranscript(), confidence: undefined, title: 5 } as never)).rejects.toThrow(
      /^title: ожидается текст, получено: число$/,
    );
    expect((await listLibrary()).entries).toEqual([]);
  });

  it('refuses a command it does not know in Russian', async () => {
    listenForCaptureCommands(async () => ({ ok: true, message: null }));
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await fakeBrowser.runtime.onMessage.trigger({ verbatimCommand: 1, command: 'dance' }, own, () => undefined)).toEqual([
      { ok: false, message: 'Отклонено: Verbatim не знает такой команды.' },
    ]);
  });
});
