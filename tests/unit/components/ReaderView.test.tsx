import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { openReaderOverlay, READER_HOST } from '../../../components/reader-overlay';
import { ReaderView } from '../../../components/ReaderView';
import { button, choose, click, mount, settle, typeInto } from '../render';
import { sampleTranscript } from '../sample-transcript';

const CSS = '.reader { color: black; }';

function host() {
  return document.querySelector(READER_HOST);
}

function shadow(): ShadowRoot {
  const root = host()?.shadowRoot;
  if (!root) throw new Error('No reader');
  return root;
}

/** The page's whole DOM, serialised. */
function pageMarkup(): string {
  return new XMLSerializer().serializeToString(document.documentElement);
}

async function open(transcript = sampleTranscript()) {
  await act(() => openReaderOverlay(document, transcript, CSS));
  await settle();
}

async function press(target: Element, key: string) {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  });
  await settle();
}

beforeEach(async () => {
  // A reader left open by a failed test closes first: every test starts on a page without one.
  if (host()) await click(button(shadow(), 'Close reader'));
  const main = document.createElement('main');
  const text = document.createElement('p');
  text.textContent = 'The page’s own text.';
  const pageButton = document.createElement('button');
  pageButton.id = 'page-button';
  pageButton.textContent = 'Page button';
  main.append(text, pageButton);
  document.body.replaceChildren(main);
});

describe('the reader over a page', () => {
  it('opens in an open shadow root on the document element: a modal dialog named by the title, with the focus', async () => {
    document.getElementById('page-button')!.focus();
    await open();
    expect(host()!.parentElement).toBe(document.documentElement);
    expect(host()!.shadowRoot!.mode).toBe('open');
    expect(shadow().querySelector('style')!.textContent).toBe(CSS);
    const dialog = shadow().querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(shadow().getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe(sampleTranscript().title);
    expect(shadow().activeElement).toBe(dialog);
    expect(document.body.querySelector('.reader')).toBeNull();
  });

  it('colours each speaker alike wherever they speak, and writes the name too', async () => {
    await open();
    const turns = [...shadow().querySelectorAll('.turn')];
    const lavrov = turns.filter((turn) => turn.textContent!.includes('Sergey Lavrov'));
    expect(lavrov.length).toBeGreaterThan(1);
    for (const turn of lavrov) expect(turn.classList.contains('speaker-0')).toBe(true);
    const daily = turns.find((turn) => turn.classList.contains('speaker-1'))!;
    expect(daily.textContent).toContain('China Daily');
    // A question no participant asks has no colour.
    expect(turns.find((turn) => turn.textContent!.includes('What about the grain deal?'))!.className).not.toMatch(/speaker-/);
  });

  it('filters by a word and by a speaker', async () => {
    await open();
    expect(shadow().querySelectorAll('.exchange')).toHaveLength(3);
    await typeInto(shadow().querySelector('input[type="search"]'), 'sanctions');
    await settle();
    expect(shadow().querySelectorAll('.exchange')).toHaveLength(1);
    expect(shadow().querySelector('.filter-count')!.textContent).toBe('Showing 1 of 3 exchanges.');
    await typeInto(shadow().querySelector('input[type="search"]'), '');
    await choose(shadow().querySelector('select'), 'China Daily');
    await settle();
    expect(shadow().querySelectorAll('.exchange')).toHaveLength(1);
  });

  it('links each turn to its passage in the page', async () => {
    await open();
    const links = [...shadow().querySelectorAll<HTMLAnchorElement>('.turn-tools a')];
    expect(links.length).toBe(sampleTranscript().segments.length);
    expect(links[0]!.textContent).toBe('Show in page');
    expect(links[0]!.getAttribute('href')).toBe('https://mid.ru/en/foreign_policy/news/1234567/#:~:text=Good%20afternoon%2C%20colleagues.%20We%20have%20held');
  });

  it('closes on Esc and on "Close reader", leaving the page as it was and the focus where it was', async () => {
    const before = pageMarkup();
    const pageButton = document.getElementById('page-button')!;
    pageButton.focus();
    await open();
    await press(shadow().querySelector('input[type="search"]')!, 'Escape');
    expect(host()).toBeNull();
    expect(pageMarkup()).toBe(before);
    expect(document.activeElement).toBe(pageButton);

    await open();
    await click(button(shadow(), 'Close reader'));
    expect(host()).toBeNull();
    expect(pageMarkup()).toBe(before);
    expect(document.activeElement).toBe(pageButton);
  });

  it('opens once: asked again while open, the reader there takes the focus', async () => {
    await open();
    await open();
    expect(document.querySelectorAll(READER_HOST)).toHaveLength(1);
    await click(button(shadow(), 'Close reader'));
    await open();
    expect(document.querySelectorAll(READER_HOST)).toHaveLength(1);
  });

  it('says so when the page holds no transcript', async () => {
    await act(() => openReaderOverlay(document, null, CSS));
    await settle();
    const dialog = shadow().querySelector('[role="dialog"]')!;
    expect(shadow().getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('No transcript here');
  });
});

describe('the reader in a tab', () => {
  it('is no dialog and has no close button; its passage links open the page in a new tab', async () => {
    const root = await mount(<ReaderView transcript={sampleTranscript()} mode="tab" />);
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(button(root, 'Close reader')).toBeUndefined();
    expect(root.querySelector('h1')!.textContent).toBe(sampleTranscript().title);
    const link = root.querySelector<HTMLAnchorElement>('.turn-tools a')!;
    expect(link.target).toBe('_blank');
  });
});
