import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupTranscript } from '../../../components/PopupTranscript';
import { quoteTurn } from '../../../lib/quote';
import { button, click, mount, waitFor } from '../render';
import { sampleTranscript } from '../sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

describe('the popup’s transcript', () => {
  it('offers "Copy quote" on each answer, and nowhere else', async () => {
    const root = await mount(<PopupTranscript transcript={sampleTranscript()} />);
    const quoteButtons = [...root.querySelectorAll('button')].filter((b) => b.textContent === 'Copy quote');
    expect(quoteButtons).toHaveLength(3);
    for (const quote of quoteButtons) expect(quote.closest('.turn')!.classList.contains('answer')).toBe(true);
  });

  it('"Copy quote" puts that answer’s quote on the clipboard and says so in the actions’ status line', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = await mount(<PopupTranscript transcript={sampleTranscript()} />);
    const second = root.querySelectorAll('.exchange')[1]!;
    await click(button(second, 'Copy quote'));
    expect(writeText).toHaveBeenCalledWith(quoteTurn(sampleTranscript(), 4));
    await waitFor(() => expect(root.querySelector('.actions [role=status]')!.textContent).toBe('Quote copied to the clipboard.'));
  });
});
