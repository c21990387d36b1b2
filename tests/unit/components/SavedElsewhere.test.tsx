import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SavedElsewhere } from '../../../components/SavedElsewhere';
import { TranscriptActions } from '../../../components/TranscriptActions';
import { listCards, saveTranscript } from '../../../extension/library/store';
import { savedElsewhere } from '../../../extension/library/saved-elsewhere';
import { button, click, mount, settle, waitFor } from '../render';
import { sampleTranscript, withOwnText } from '../sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

/** The same briefing at another address: a mirror of mid.ru's page. */
const mirror = () => sampleTranscript({ url: 'https://mirror.example.org/mid/1234.html', site: 'generic' });

describe('"Already saved from …" in the popup', () => {
  it('finds the entry that holds the same transcript from another address, and nothing for the address saved itself', async () => {
    expect(await savedElsewhere(mirror())).toBeNull();
    const { id } = await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    expect((await savedElsewhere(mirror()))?.id).toBe(id);
    expect(await savedElsewhere(sampleTranscript())).toBeNull();
    expect(await savedElsewhere(withOwnText(mirror(), 7))).toBeNull();
  });

  it('names the site and the date, links the address, and opens the entry in the library', async () => {
    const { id } = await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const root = await mount(<SavedElsewhere transcript={mirror()} />);
    await waitFor(() => expect(root.querySelector('h2')?.textContent).toMatch(/^Already saved from mid\.ru on .*2026$/));
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2026-10-02T10:00:00.000Z');
    expect(root.querySelector('a')!.getAttribute('href')).toBe(sampleTranscript().url);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await click(button(root, 'Open in library'));
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://test-extension-id/library.html#entry=${id}` });
  });

  it('"Save to library" there adds an edition and says so; the notice then goes', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const root = await mount(
      <>
        <SavedElsewhere transcript={mirror()} />
        <TranscriptActions transcript={mirror()} />
      </>,
    );
    await waitFor(() => expect(root.querySelector('.saved-elsewhere')).not.toBeNull());
    await click(button(root, 'Save to library'));
    await waitFor(() =>
      expect(root.querySelector('.status-line')!.textContent).toBe('Saved to the library as another edition of the transcript saved from mid.ru.'),
    );
    await waitFor(() => expect(root.querySelector('.saved-elsewhere')).toBeNull());
    expect((await listCards()).entries.map(({ card }) => card.site).sort()).toEqual(['mid.ru', 'mirror.example.org']);
    await settle();
  });
});
