import { LibraryFullError, saveTranscript } from './library-store';
import { browser } from 'wxt/browser';
import { showPageNotice } from './page-notice';
import { readTab } from './tab-reading';
import { UNREACHABLE_MESSAGES } from './unreachable-page';

export interface SaveFromTabOutcome {
  message: string;
  tone: 'done' | 'problem';
}

/**
 * The context menu's "Save transcript to library": reads the tab, saves what it holds, and
 * tells the user on the page what happened (where the page can show it).
 */
export async function saveFromTab(tabId: number): Promise<SaveFromTabOutcome> {
  const outcome = await readAndSave(tabId);
  // The context-menu click grants activeTab; where the page cannot be scripted (browser pages)
  // nothing more can be said there.
  await browser.scripting
    .executeScript({ target: { tabId }, func: showPageNotice, args: [outcome.message, outcome.tone] })
    .catch(() => undefined);
  return outcome;
}

async function readAndSave(tabId: number): Promise<SaveFromTabOutcome> {
  const reading = await readTab(tabId, { force: false });
  if (reading.state === 'unreachable') return { message: UNREACHABLE_MESSAGES[reading.reason], tone: 'problem' };
  if (reading.state === 'error') return { message: `Verbatim could not read this page: ${reading.message}`, tone: 'problem' };
  const { transcript } = reading.result;
  if (!transcript) {
    return {
      message: "Verbatim: this page doesn't look like a transcript. Open Verbatim from the toolbar to extract it anyway.",
      tone: 'problem',
    };
  }
  try {
    const { updated } = await saveTranscript(transcript);
    const done = updated ? 'Updated in your Verbatim library' : 'Saved to your Verbatim library';
    return { message: `${done}: ${transcript.title || 'untitled transcript'}`, tone: 'done' };
  } catch (error) {
    if (error instanceof LibraryFullError) return { message: error.message, tone: 'problem' };
    return { message: `Verbatim could not save this transcript: ${String(error)}`, tone: 'problem' };
  }
}
