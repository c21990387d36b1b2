import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChangedSinceSaved, changeCount } from '../../../components/ChangedSinceSaved';
import { listLibrary, saveTranscript } from '../../../extension/library/store';
import type { TurnChange } from '../../../lib/provenance/turn-changes';
import type { Transcript } from '../../../lib/transcript-schema';
import { button, click, mount, settle, waitFor } from '../render';
import { sampleTranscript } from '../sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

function edited(): Transcript {
  const transcript = sampleTranscript();
  transcript.segments[4] = { ...transcript.segments[4]!, paragraphs: ['Sanctions have never worked and never will. They hurt those who impose them.'] };
  return transcript;
}

describe('"Changed since you saved it on …" in the popup', () => {
  it('shows nothing for a page not saved, or saved with the same words', async () => {
    const root = await mount(<ChangedSinceSaved transcript={sampleTranscript()} />);
    await settle();
    expect(root.textContent).toBe('');
    await saveTranscript(sampleTranscript());
    await settle();
    expect(root.textContent).toBe('');
  });

  it('names the save’s date and the changed turn, with the words taken out and put in', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const root = await mount(<ChangedSinceSaved transcript={edited()} />);
    await waitFor(() => expect(root.querySelector('h2')?.textContent).toMatch(/^Changed since you saved it on .*2026/));
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2026-10-02T10:00:00.000Z');
    expect(root.querySelector('.change-count')!.textContent).toBe('1 turn edited.');
    expect(root.querySelector('.turn-change-heading')!.textContent).toBe('Edited Answer · Sergey Lavrov');
    expect([...root.querySelectorAll('ins')].map((ins) => ins.textContent).join('|')).toContain('never will');
  });

  it('keeps both versions when asked, and says so', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const root = await mount(<ChangedSinceSaved transcript={edited()} />);
    await waitFor(() => expect(button(root, 'Keep both versions')).toBeDefined());
    await click(button(root, 'Keep both versions'));
    await waitFor(() => expect(root.querySelector('.status-line')!.textContent).toBe('Kept both versions: the library holds this transcript with 2 editions.'));
    const { entries } = await listLibrary();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.entry.editions).toHaveLength(1);
    expect(root.querySelector('.turn-changes')).toBeNull();
  });

  it('goes away when the page is saved from the actions bar', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const root = await mount(<ChangedSinceSaved transcript={edited()} />);
    await waitFor(() => expect(root.querySelector('.turn-changes')).not.toBeNull());
    await saveTranscript(edited());
    await waitFor(() => expect(root.textContent).toBe(''));
  });
});

describe('the count of changes', () => {
  const change = (kind: TurnChange['kind']) => ({ kind }) as TurnChange;
  it('names the turns once, by the first count', () => {
    expect(changeCount({ changes: [change('edited')] })).toBe('1 turn edited.');
    expect(changeCount({ changes: [change('edited'), change('added'), change('added')] })).toBe('1 turn edited, 2 added.');
    expect(changeCount({ changes: [change('removed'), change('removed')] })).toBe('2 turns removed.');
  });
});
