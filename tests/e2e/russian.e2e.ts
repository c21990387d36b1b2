import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/accessibility';
import { ExtensionBrowser } from './support/chromium';
import { closeHarness } from './support/harness';
import { PageServer } from './support/page-server';
import { expectedFor, expectedQuestions, loadTestPages, shownDate } from './support/test-pages';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';

/**
 * The interface in Russian, as a browser whose own language is Russian shows it: Chromium
 * started with `--lang=ru` (on Linux the LANGUAGE and LANG variables do not reach headless
 * Chromium's choice of catalogue; `--lang` does, checked with i18n.getMessage below).
 */
let browser: ExtensionBrowser;
let server: PageServer;

const TRANSCRIPT = 'mid-ru--en-lavrov-remarks';

/** The same remarks at another address (a mirror), for "already saved from" and the editions. */
const MIRROR = 'mirror';

beforeAll(async () => {
  const pages = loadTestPages();
  pages.set(MIRROR, { name: MIRROR, url: new URL('https://mirror.example.org/mid/remarks/1.html'), html: pages.get(TRANSCRIPT)!.html });
  server = new PageServer(pages);
  await server.start();
  browser = await ExtensionBrowser.launch({ extraArgs: ['--lang=ru'] });
});

afterAll(() => closeHarness({ browser, server }));

/** Russian's form of "question" for a count: 1 вопрос, 2 вопроса, 5 вопросов (Intl.PluralRules). */
function questionsInRussian(count: number): string {
  const form = new Intl.PluralRules('ru').select(count);
  return `${count} ${form === 'one' ? 'вопрос' : form === 'few' ? 'вопроса' : 'вопросов'}`;
}

describe('the interface in Russian (Chromium with --lang=ru)', () => {
  it('the browser gives the extension its Russian catalogue', async () => {
    expect(await browser.worker.evaluate(() => chrome.i18n.getMessage('catalogueLanguage'))).toBe('ru');
  });

  it('the popup on a transcript: Russian buttons, headings and counts, the badge’s title in the right plural, no axe violations', async () => {
    const expected = expectedFor(TRANSCRIPT);
    const questions = expectedQuestions(expected);
    const { tabId } = await browser.openTestPage(server, TRANSCRIPT);
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(questions));
    const title = await browser.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toBe(`Verbatim: стенограмма, ${questionsInRussian(questions)} — ${expected.title}`);

    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { level: 1, name: expected.title! }).waitFor();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['ru', 'Verbatim']);
    for (const name of [
      'Копировать сводку',
      'Копировать стенограмму',
      'Сохранить JSON',
      'Сохранить в библиотеку',
      'Открыть режим чтения',
      'Сохранить вкладки',
      'Библиотека',
    ]) {
      expect(await popup.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await popup.getByRole('heading', { level: 2, name: `Вопросы и ответы (${questions})` }).isVisible()).toBe(true);
    // Each participant's turns in Russian's form for the count: "(официальное лицо, 5 реплик)".
    for (const turns of await popup.locator('.participants .turns').allInnerTexts()) {
      expect(turns).toMatch(/^\((?:официальное лицо|журналист|другое), (?:\d*1 реплика|\d*[234] реплики|\d+ реплик)\)$/);
    }
    expect(await popup.getByRole('button', { name: 'Копировать цитату' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(popup)).toEqual([]);
    await browser.screenshot(popup, 'popup-russian');

    await popup.getByRole('button', { name: 'Сохранить в библиотеку', exact: true }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Сохранено в библиотеку.');
  });

  it('the library: Russian headings, columns, counts and dates, no axe violations', async () => {
    const library = await browser.openLibrary();
    await library.getByRole('heading', { level: 1, name: 'Библиотека Verbatim' }).waitFor();
    expect(await library.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['ru', 'Библиотека Verbatim']);
    // The table comes after the heading, once the saved entries are read: polled, not read once.
    await expect
      .poll(() => library.locator('thead th').allInnerTexts())
      .toEqual(['Название', 'Дата', 'Тип', 'Выступающие', 'Язык', 'Сайт', 'Вопросы', 'Сохранено', 'Действия']);
    expect(await library.locator('.library-results [role=status]').innerText()).toBe('1 сохранённая стенограмма');
    const date = expectedFor(TRANSCRIPT).date!;
    const row = await library.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(row[1]).toBe(shownDate(date, 'ru'));
    expect(row[4]).toBe('английский');
    expect(await library.getByRole('button', { name: 'Экспортировать всё' }).isVisible()).toBe(true);
    await library.getByLabel('Поиск по сохранённым стенограммам').fill('нет таких слов');
    await expect.poll(() => library.locator('p.empty').innerText()).toBe('Не найдено сохранённых стенограмм по запросу «нет таких слов».');
    await library.getByRole('button', { name: 'Сбросить поиск и фильтры' }).click();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(1);
    expect(await axeViolations(library)).toEqual([]);
    await browser.screenshot(library, 'library-russian');
  });

  it('a page that is not a transcript: the reasons in Russian, and «Всё равно извлечь»', async () => {
    const { tabId } = await browser.openTestPage(server, 'unknown-site--briefing-news-report');
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: 'Эта страница не похожа на стенограмму' }).waitFor();
    const reasons = await popup.locator('.reasons li').allInnerTexts();
    expect(reasons.join(' ')).toMatch(/\d+ из \d+ абзац(?:а|ев) пересказывают чужие слова, как в новостной заметке\./);
    expect(reasons.join(' ')).toMatch(/\d+ абзац(?:а|ев)? начина(?:е|ю)тся с имени выступающего/);
    // No English sentence among them (the page's own title, quoted in «», aside).
    expect(reasons.filter((reason) => /\b(?:the|paragraphs?|title)\b/i.test(reason.replace(/«.*»/u, '')))).toEqual([]);
    expect(await popup.getByRole('button', { name: 'Всё равно извлечь' }).isVisible()).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await browser.screenshot(popup, 'popup-not-a-transcript-russian');
  });

  it('the reader over the page speaks Russian', async () => {
    // The briefing tests/e2e/reader.e2e.ts opens the reader on, with its topics and contents.
    const expected = expectedFor('mid-ru--en-zakharova-briefing');
    const { page, tabId } = await browser.openTestPage(server, 'mid-ru--en-zakharova-briefing');
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { level: 1, name: expected.title! }).waitFor();
    await popup.getByRole('button', { name: 'Открыть режим чтения', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: expected.title! });
    await dialog.waitFor();
    expect(await dialog.getAttribute('lang')).toBe('ru');
    expect(await dialog.getByRole('button', { name: 'Закрыть режим чтения' }).isVisible()).toBe(true);
    expect(await dialog.getByRole('link', { name: 'Показать на странице' }).count()).toBeGreaterThan(0);
    expect(await dialog.locator('.contents summary').innerText()).toBe('Содержание');
    expect(await axeViolations(page, 'verbatim-reader')).toEqual([]);
    await dialog.getByRole('button', { name: 'Закрыть режим чтения' }).click();
    await expect.poll(() => page.locator('verbatim-reader').count()).toBe(0);
  });

  it('the same remarks from another address: «Уже сохранена с сайта», another edition, and its delete with Undo in Russian plurals', async () => {
    // The remarks are in the library from the popup's test above.
    const { page, tabId } = await browser.openTestPage(server, MIRROR);
    const popup = await browser.openPopup(tabId);
    const notice = popup.locator('.saved-elsewhere');
    await expect.poll(() => notice.locator('h2').innerText()).toMatch(/^Уже сохранена с сайта mid\.ru \d{1,2} \S+ \d{4} г\.$/);
    expect(await notice.getByRole('button', { name: 'Открыть в библиотеке' }).isVisible()).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Сохранить в библиотеку', exact: true }).click();
    await expect
      .poll(() => popup.locator('.status-line').innerText())
      .toBe('Сохранено в библиотеку как ещё одна редакция стенограммы, сохранённой с сайта mid.ru.');
    await popup.close();
    await page.close();

    const library = await browser.openLibrary();
    const row = library.locator('tbody tr');
    await expect.poll(() => row.locator('.editions-count').innerText()).toBe('2 редакции');
    const title = await row.locator('td.title a').innerText();
    await row.getByRole('button', { name: /^Удалить 2 редакции стенограммы / }).click();
    await expect.poll(() => row.getByRole('alert').innerText()).toBe(`Удалить все 2 редакции стенограммы «${title}»?`);
    expect(await axeViolations(library)).toEqual([]);
    await row.getByRole('button', { name: 'Удалить 2 редакции', exact: true }).click();
    await expect.poll(() => library.locator('.undo-bar [role=status]').innerText()).toBe(`Удалены 2 редакции стенограммы «${title}».`);
    await library.getByRole('button', { name: 'Отменить' }).click();
    await expect.poll(() => row.locator('.editions-count').innerText()).toBe('2 редакции');
    await library.close();
  });

  it('an import’s problems in Russian words: a value that is no transcript, a wrong field, a date that is none', async () => {
    const page = loadTestPages().get(TRANSCRIPT)!;
    const transcript = { ...extractTranscript(parseDocument(page.html), page.url).transcript!, url: 'https://mid.ru/en/foreign_policy/news/1000001/' };
    const good = { firstSavedAt: '2026-01-02T03:04:05.000Z', savedAt: '2026-01-02T03:04:05.000Z', transcript };
    const file = JSON.stringify([good, 42, { ...good, transcript: { ...transcript, title: 7 } }, { ...good, savedAt: 'вчера' }]);
    const library = await browser.openLibrary();
    await library.getByRole('heading', { level: 1, name: 'Библиотека Verbatim' }).waitFor();
    await library.locator('input[type=file]').setInputFiles({ name: 'stenogrammy.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const report = library.locator('.import-report', { hasText: 'stenogrammy.json' });
    await report.waitFor();
    expect(await report.locator('p').allInnerTexts()).toEqual([
      'Импортирована 1 стенограмма из stenogrammy.json.',
      '3 записи не удалось прочитать, они пропущены:',
    ]);
    expect(await report.locator('li').allInnerTexts()).toEqual([
      'Запись 2: не сохранённая стенограмма, а число (42)',
      'Запись 3: transcript.title: ожидается текст, получено: число',
      `Запись 4 («${transcript.title.slice(0, 57)}…»): savedAt: не дата и время в формате ISO 8601`,
    ]);
    expect(await axeViolations(library)).toEqual([]);
    await library.close();
  });
});

// The service worker's own `chrome`, typed as WXT types the browser.
declare const chrome: typeof import('wxt/browser').browser;
