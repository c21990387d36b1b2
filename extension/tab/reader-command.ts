import { browser } from 'wxt/browser';
import { OPEN_READER_COMMAND } from './commands';
import { openReaderInTab } from './reader-injection';
import { readTab } from './tab-reading';
import { isAntiBotCheck } from './unreachable-page';

/**
 * The keyboard command, in the background: reads the active tab as the popup does (injecting
 * the engine where none runs, under the `activeTab` the command grants) and lays the reader
 * over it; on a page with no transcript the reader says so. A page the extension may not
 * script (the browser's own pages, the web store) is left alone.
 */
export function listenForReaderCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_READER_COMMAND) return;
    void openReaderOnTab(tab?.id).catch((error: unknown) => console.error('Verbatim could not open the reader:', error));
  });
}

async function openReaderOnTab(given: number | undefined): Promise<void> {
  const tabId = given ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const reading = await readTab(tabId, { force: false });
  if (reading.state === 'unreachable') return;
  const transcript =
    reading.state === 'read' && !isAntiBotCheck(reading.result) && reading.result.transcript && reading.result.transcript.segments.length > 0
      ? reading.result.transcript
      : null;
  await openReaderInTab(tabId, transcript);
}
