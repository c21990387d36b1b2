import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import type { ExtensionBrowser } from './support/chromium';
import { axeViolations, smallestText } from './support/accessibility';
import { closeHarness, openHarness } from './support/harness';
import type { PageServer } from './support/page-server';
import { loadTestPages } from './support/test-pages';

/** A briefing of eight topics, two of them over one turn, and four exchanges. */
const BRIEFING = 'mid-ru--en-zakharova-briefing';
const briefingPage = loadTestPages().get(BRIEFING)!;
const briefing = extractTranscript(parseDocument(briefingPage.html), briefingPage.url).transcript!;
/** A spokesperson's press conference, each question asked by a named outlet. */
const PRESS_CONFERENCE = 'generic--china-mfa-press-conference';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  ({ browser, server } = await openHarness());
});

afterAll(() => closeHarness({ browser, server }));

beforeEach(async () => {
  await browser.clearStorage();
});

async function briefingPopup(): Promise<Page> {
  const { tabId } = await browser.openTestPage(server, BRIEFING);
  const popup = await browser.openPopup(tabId);
  await popup.getByRole('heading', { level: 1, name: briefing.title }).waitFor();
  return popup;
}

describe('reading a long briefing in the popup', () => {
  it('sets every text in the system UI font at 14 px or more (body text 15 px), light and dark', async () => {
    const popup = await briefingPopup();
    await popup.getByRole('button', { name: 'Expand all' }).click();
    await popup.locator('.contents summary').click();
    const text = await smallestText(popup);
    expect(text.body).toBe(15);
    expect(text.size, text.where).toBeGreaterThanOrEqual(14);
    expect(await popup.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^system-ui/);
  });

  it('shows every topic where it stands and lists every topic and question in the contents, each a jump to it', async () => {
    const popup = await briefingPopup();
    const topics = briefing.headings.map((heading) => heading.text);
    expect(topics.length).toBeGreaterThanOrEqual(8);
    expect(await popup.locator('.outline > .topic').allInnerTexts()).toEqual(topics);
    await popup.locator('.contents summary').click();
    expect(await popup.locator('.contents-topic').allInnerTexts()).toEqual(topics);
    expect(await popup.locator('.contents-exchange').count()).toBe(briefing.exchanges.length);

    const last = popup.locator('.contents-exchange a').last();
    await last.click();
    const card = popup.locator('.exchange').last();
    await expect.poll(() => card.evaluate((element) => element === document.activeElement)).toBe(true);
    // Below the bars that stay in view, not under them.
    const box = (await card.boundingBox())!;
    const actions = (await popup.locator('.actions').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(actions.y + actions.height - 1);
    expect(popup.url()).not.toContain('#');
    await browser.screenshot(popup, 'popup-briefing-contents', { fullPage: false });
  });

  it('keeps the actions in view at the end of the transcript', async () => {
    const popup = await briefingPopup();
    await popup.getByRole('button', { name: 'Expand all' }).click();
    await popup.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await popup.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    for (const name of ['Copy summary', 'Save JSON', 'Save to library']) {
      const box = (await popup.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.y, name).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, name).toBeLessThanOrEqual(600);
    }
  });

  it('"Expand all" shows every remark and answer whole; questions are whole already', async () => {
    const popup = await briefingPopup();
    expect(await popup.getByRole('button', { name: /^Show more/ }).count()).toBeGreaterThan(0);
    for (const question of await popup.locator('.turn.question .turn-text').allInnerTexts()) expect(question).not.toMatch(/…$/);
    await popup.getByRole('button', { name: 'Expand all' }).click();
    expect(await popup.getByRole('button', { name: /^Show more/ }).count()).toBe(0);
    const shown = (await popup.locator('.outline').innerText()).replace(/\s+/g, ' ');
    for (const segment of briefing.segments) for (const paragraph of segment.paragraphs) expect(shown).toContain(paragraph.replace(/\s+/g, ' '));
  });

  it('filters by a word of a topic heading: the topic and everything under it', async () => {
    const popup = await briefingPopup();
    const inTurns = briefing.segments.map((segment) => segment.paragraphs.join(' ').toLowerCase()).join('\n');
    const inTopics = briefing.headings.map((heading) => heading.text.toLowerCase()).join('\n');
    // A word of one topic's heading only (a topic with turns under it): in no turn, in no other heading.
    const onlyHere = (text: string) =>
      text.split(/[\s,.;:()–-]+/).find((w) => w.length > 5 && !inTurns.includes(w.toLowerCase()) && inTopics.split(w.toLowerCase()).length === 2);
    const topic = briefing.headings.find(
      (heading, i) => briefing.headings[i + 1]?.segment !== heading.segment && heading.segment < briefing.segments.length && onlyHere(heading.text),
    )!;
    const word = onlyHere(topic.text)!;
    expect(word).toBeTruthy();
    await popup.getByLabel('Filter by word').fill(word);
    await expect.poll(() => popup.locator('.outline > .topic').allInnerTexts()).toEqual([topic.text]);
    // Everything under the topic, though none of its turns holds the word.
    expect(await popup.locator('.outline .turn').count()).toBeGreaterThan(0);
    await popup.getByLabel('Filter by word').fill('');
  });

  it('follows a participant clicked: only the exchanges they speak in, and everyone again on a second click', async () => {
    const page = loadTestPages().get(PRESS_CONFERENCE)!;
    const transcript = extractTranscript(parseDocument(page.html), page.url).transcript!;
    const { tabId } = await browser.openTestPage(server, PRESS_CONFERENCE);
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { level: 1, name: transcript.title }).waitFor();
    // The participant who speaks in the fewest exchanges, yet in one.
    const inExchanges = (name: string) =>
      transcript.exchanges.filter((exchange) => [...exchange.question, ...exchange.answers].some((index) => transcript.segments[index]!.speaker === name))
        .length;
    const speaker = transcript.participants
      .map((p) => p.name)
      .filter((name) => inExchanges(name) > 0)
      .sort((a, b) => inExchanges(a) - inExchanges(b))[0]!;
    expect(inExchanges(speaker)).toBeLessThan(transcript.exchanges.length);

    const chip = popup.locator('.participants').getByRole('button', { name: new RegExp(`^${speaker}`) });
    await chip.click();
    await expect.poll(() => popup.locator('.exchange').count()).toBe(inExchanges(speaker));
    for (const card of await popup.locator('.exchange').allInnerTexts()) expect(card).toContain(speaker);
    expect(await popup.getByLabel('Speaker').inputValue()).toBe(speaker);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await chip.click();
    await expect.poll(() => popup.locator('.exchange').count()).toBe(transcript.exchanges.length);
  });
});

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds nothing to report in the popup and the library, ${scheme}`, async () => {
      const popup = await briefingPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('.contents summary').click();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: 'Save to library' }).click();
      await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Saved to the library.');
      expect(await axeViolations(popup)).toEqual([]);
      await browser.screenshot(popup, `popup-briefing-${scheme}`, { fullPage: false });

      const library = await browser.openLibrary();
      await library.emulateMedia({ colorScheme: scheme });
      await library.locator('tbody tr').first().waitFor();
      expect(await axeViolations(library)).toEqual([]);
      const text = await smallestText(library);
      expect(text.body).toBe(15);
      expect(text.size, text.where).toBeGreaterThanOrEqual(14);
      await browser.screenshot(library, `library-${scheme}`);

      // The search's snippets, the filters, the results line and its "Clear search and filters".
      await library.getByLabel('Search saved transcripts').fill('the');
      await library.getByRole('group', { name: 'Filters' }).getByLabel(/^Kind/).selectOption({ index: 1 });
      await library.locator('tbody .snippet mark').first().waitFor();
      await library.getByRole('button', { name: 'Clear search and filters' }).waitFor();
      expect(await axeViolations(library)).toEqual([]);
      expect((await smallestText(library)).size).toBeGreaterThanOrEqual(14);
      await browser.screenshot(library, `library-search-${scheme}`);
      await library.getByRole('button', { name: 'Clear search and filters' }).click();

      await library.locator('tbody a').first().click();
      await library.getByRole('heading', { level: 1, name: briefing.title }).waitFor();
      expect(await axeViolations(library)).toEqual([]);
      expect((await smallestText(library)).size).toBeGreaterThanOrEqual(14);
      await library.close();
      await popup.close();
    });
  }

  it('finds nothing to report in the library when it is empty (disabled buttons included), light and dark', async () => {
    const library = await browser.openLibrary();
    await library.getByText('Nothing saved yet').waitFor();
    for (const name of ['Export all', 'Export shown']) expect(await library.getByRole('button', { name, exact: true }).isDisabled(), name).toBe(true);
    const looks = (name: string) =>
      library.getByRole('button', { name, exact: true }).evaluate((button) => {
        const style = getComputedStyle(button);
        return [style.borderStyle, style.color, style.backgroundColor, style.cursor].join(' ');
      });
    // A disabled button does not look like the enabled one beside it.
    expect(await looks('Export all')).not.toBe(await looks('Import…'));
    expect(await looks('Export all')).toMatch(/dashed .* not-allowed$/);
    for (const scheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(library), scheme).toEqual([]);
    }
  });
});
