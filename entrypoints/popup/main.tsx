import '../../extension/zod-jitless';
import '../../components/theme.css';
import './popup.css';
import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { localisePage } from '../../extension/i18n/localise-page';
import { t } from '../../extension/i18n/messages';
import { listingCapture } from '../../extension/capture/popup-capture';
import { sendCaptureCommand } from '../../extension/capture/capture-commands';
import { showLibrary } from '../../extension/library/tab';
import { openReaderInTab } from '../../extension/tab/reader-injection';
import { readTab } from '../../extension/tab/tab-reading';
import type { Transcript } from '../../lib/transcript-schema';
import { isOpenedForTab, targetTabId } from '../../extension/tab/target-tab';

localisePage(document, 'extName');
const tabId = targetTabId(location.search);

async function readPage(force: boolean, onWaitingForPage: () => void) {
  const id = await tabId;
  if (id === null) return { state: 'unreachable', reason: 'tab-closed' } as const;
  return readTab(id, { force, onWaitingForPage });
}

async function openLibrary() {
  await showLibrary();
  // The toolbar popup would stay open over the new tab; a popup opened in a tab (tests) stays.
  if (!isOpenedForTab(location.search)) window.close();
}

/** Lays the transcript the popup shows over the page it was read from, then gets out of the way. */
async function openReader(transcript: Transcript) {
  const id = await tabId;
  if (id === null) throw new Error(t('unreachableTabClosed'));
  await openReaderInTab(id, transcript);
  if (!isOpenedForTab(location.search)) window.close();
}

async function saveAllTabs(): Promise<string> {
  const { message } = await sendCaptureCommand({ command: 'saveAllTabs' });
  return message ?? t('done');
}

render(
  <PopupApp readPage={readPage} openLibrary={() => void openLibrary()} openReader={openReader} capture={listingCapture(tabId)} saveAllTabs={saveAllTabs} />,
  document.getElementById('app')!,
);
