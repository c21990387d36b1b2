import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportReport } from '../../../components/ImportReport';
import { LibraryList } from '../../../components/LibraryList';
import { LibraryResults } from '../../../components/LibraryResults';
import { SavedElsewhere } from '../../../components/SavedElsewhere';
import { TranscriptActions } from '../../../components/TranscriptActions';
import { UndoBar } from '../../../components/UndoBar';
import { fingerprintEntry } from '../../../extension/library/entry-fingerprint';
import { entryCard, type ListedEntry } from '../../../extension/library/card';
import { saveTranscript } from '../../../extension/library/store';
import { NO_LIBRARY_FILTERS } from '../../../extension/library/filters';
import { speak } from '../../support/i18n-catalogue';
import { button, click, mount, waitFor } from '../render';
import { sampleTranscript } from '../sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  speak('ru', 'ru');
});

const noop = () => undefined;

function undoText(props: { editions?: number; editionFrom?: string }): Promise<string> {
  return mount(<UndoBar title="Брифинг" {...props} onUndo={noop} onDismiss={noop} />).then((root) => root.querySelector('[role=status]')!.textContent!);
}

/** A saved entry as the library lists it. */
function listed(): ListedEntry {
  const at = '2026-10-02T10:00:00.000Z';
  return { id: 'entry-1', card: entryCard(fingerprintEntry({ firstSavedAt: at, savedAt: at, transcript: sampleTranscript() })) };
}

describe('the library’s deletes, search and "already saved" in Russian', () => {
  it('says what Undo brings back in the form each count takes, and names the edition in Russian word order', async () => {
    expect(await undoText({})).toBe('Удалено: «Брифинг».');
    expect(await undoText({ editions: 2 })).toBe('Удалены 2 редакции стенограммы «Брифинг».');
    expect(await undoText({ editions: 5 })).toBe('Удалено 5 редакций стенограммы «Брифинг».');
    expect(await undoText({ editions: 21 })).toBe('Удалена 21 редакция стенограммы «Брифинг».');
    // The title comes before the site in Russian, after it in English: the parts follow the message.
    expect(await undoText({ editionFrom: 'mid.ru' })).toBe('Удалена редакция стенограммы «Брифинг» с сайта mid.ru.');
    speak('en', 'en');
    expect(await undoText({ editionFrom: 'mid.ru' })).toBe('Deleted the edition from mid.ru of “Брифинг”.');
  });

  it('counts a search under way in Russian', async () => {
    const root = await mount(
      <LibraryResults
        shown={12}
        total={5000}
        query="зерно"
        filters={NO_LIBRARY_FILTERS}
        narrowed
        searching={{ searched: 1500, total: 5000 }}
        searchFailed
        onClear={noop}
      />,
    );
    expect(root.querySelector('[role=status]')!.textContent).toBe('Ищем в 5\u00a0000 сохранённых стенограммах… · поиск «зерно»');
    expect(root.querySelector('.search-progress')!.textContent).toBe('Просмотрено: 1\u00a0500 из 5\u00a0000, найдено пока: 12');
    expect(root.querySelector('.problem')!.textContent).toBe('Некоторые сохранённые тексты не удалось прочитать: поиск мог их пропустить.');
  });

  it('asks before deleting a transcript’s editions, in Russian', async () => {
    const onDelete = vi.fn();
    const row = listed();
    const root = await mount(<LibraryList entries={[row]} more={0} onShowMore={noop} words={[]} onDelete={onDelete} onExport={noop} editionCount={() => 5} />);
    const title = row.card.title;
    const remove = button(root, 'Удалить 5 редакций')!;
    expect(remove.textContent).toBe(`Удалить 5 редакций стенограммы ${title}`);
    await click(remove);
    expect(root.querySelector('[role=alert]')!.textContent).toBe(`Удалить все 5 редакций стенограммы «${title}»?`);
    expect(root.querySelector('.confirm-delete')!.getAttribute('aria-label')).toBe('Удалить 5 редакций');
    await click(button(root, 'Отмена'));
    expect(onDelete).not.toHaveBeenCalled();
    await click(button(root, 'Удалить 5 редакций'));
    await click(root.querySelector('.confirm-delete button.danger'));
    expect(onDelete).toHaveBeenCalledWith(row);
  });

  it('says "already saved from" and what saving adds, in Russian', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const mirror = sampleTranscript({ url: 'https://mirror.example.org/mid/1234.html', site: 'generic' });
    const root = await mount(
      <>
        <SavedElsewhere transcript={mirror} />
        <TranscriptActions transcript={mirror} />
      </>,
    );
    await waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Уже сохранена с сайта mid.ru 2 окт. 2026 г.'));
    expect(root.querySelector('.saved-elsewhere p')!.textContent).toBe(
      `В библиотеке есть эта стенограмма с адреса ${sampleTranscript().url}. Если сохранить её здесь, этот адрес добавится к ней как ещё одна редакция.`,
    );
    expect(button(root, 'Открыть в библиотеке')).toBeDefined();
    await click(button(root, 'Сохранить в библиотеку'));
    await waitFor(() =>
      expect(root.querySelector('.status-line')!.textContent).toBe('Сохранено в библиотеку как ещё одна редакция стенограммы, сохранённой с сайта mid.ru.'),
    );
  });
});

describe('the import report in Russian', () => {
  it('names where each problem is in Russian, the entry’s title in Russian quotes', async () => {
    const root = await mount(
      <ImportReport
        summary={{
          fileName: 'library.jsonl',
          outcome: { added: 1, replaced: 0, keptExisting: 0, declined: 0, notStored: 0 },
          problems: [
            { where: { line: 2, title: 'Брифинг' }, message: 'дата' },
            { where: { entry: 3 }, message: 'дата' },
          ],
        }}
      />,
    );
    const places = [...root.querySelectorAll('li strong')].map((place) => place.textContent);
    expect(places).toEqual(['Строка 2 («Брифинг»)', 'Запись 3']);
    expect(root.textContent).not.toMatch(/Line|Entry/);
  });
});
