import { LibraryFullError, saveTranscript } from '../library/store';
import { browser } from 'wxt/browser';
import { showPageNotice } from '../in-page/page-notice';
import { readTab } from './tab-reading';
import { unreachableMessage } from './unreachable-page';
import { t } from '../i18n/messages';

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
  await browser.scripting.executeScript({ target: { tabId }, func: showPageNotice, args: [outcome.message, outcome.tone] }).catch(() => undefined);
  return outcome;
}

async function readAndSave(tabId: number): Promise<SaveFromTabOutcome> {
  const reading = await readTab(tabId, { force: false });
  if (reading.state === 'unreachable') return { message: unreachableMessage(reading.reason), tone: 'problem' };
  if (reading.state === 'error') return { message: t('couldNotReadPage', reading.message), tone: 'problem' };
  const { transcript } = reading.result;
  if (!transcript) {
    return {
      message: t('noticeNotTranscript'),
      tone: 'problem',
    };
  }
  try {
    const { updated } = await saveTranscript(transcript);
    const title = transcript.title || t('noticeUntitled');
    return { message: updated ? t('noticeUpdated', title) : t('noticeSaved', title), tone: 'done' };
  } catch (error) {
    if (error instanceof LibraryFullError) return { message: error.message, tone: 'problem' };
    return { message: t('noticeNotSaved', String(error)), tone: 'problem' };
  }
}
