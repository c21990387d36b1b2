import { browser } from 'wxt/browser';
import type { Transcript } from '../../lib/transcript-schema';
import { LibraryFullError, saveTranscript } from '../library/store';
import { atTabAddress } from './tab-reading';
import { sendToTab } from '../messaging/tab-messaging';
import { t, tn } from '../i18n/messages';

export interface SaveAllTabsDeps {
  tabIds(): Promise<number[]>;
  /** The transcript the engine running in a tab holds, under the tab's address; null where there is none. */
  transcriptIn(tabId: number): Promise<Transcript | null>;
  save(transcript: Transcript): Promise<{ updated: boolean }>;
}

/**
 * "Save all tabs": every open tab that holds a transcript, saved in one go. A tab holds one
 * when the engine runs in it and has read a transcript: every transcript of the known sites
 * (the detector loads the engine there), and every page elsewhere the user has opened Verbatim
 * on. Other tabs are not read: reading them would need access to every site, which Verbatim
 * does not ask for. Returns the sentence the popup shows.
 */
export async function saveAllTabs(deps: SaveAllTabsDeps = browserDeps()): Promise<string> {
  let saved = 0;
  let updated = 0;
  const problems: string[] = [];
  for (const tabId of await deps.tabIds()) {
    const transcript = await deps.transcriptIn(tabId).catch(() => null);
    if (!transcript) continue;
    try {
      if ((await deps.save(transcript)).updated) updated += 1;
      else saved += 1;
    } catch (error) {
      if (error instanceof LibraryFullError) return `${summary(saved, updated)} ${error.message}`;
      problems.push(t('tabNotSaved', transcript.title || transcript.url, error instanceof Error ? error.message : String(error)));
    }
  }
  return [summary(saved, updated), ...problems].join(' ');
}

function summary(saved: number, updated: number): string {
  if (saved + updated === 0) return t('noTabTranscript');
  return updated === 0 ? tn('savedFromTabs', saved) : tn('savedFromTabsUpdated', saved + updated, tn('alreadyUpdated', updated));
}

function browserDeps(): SaveAllTabsDeps {
  return {
    tabIds: async () => (await browser.tabs.query({})).map((tab) => tab.id).filter((id): id is number => id !== undefined),
    transcriptIn: async (tabId) => {
      // Only where an engine already runs: nothing is injected, no page is read anew.
      const result = await sendToTab(tabId, 'getExtraction', { force: false }, { frameId: 0 });
      const reading = await atTabAddress(tabId, result);
      return reading.state === 'read' && reading.result.transcript && reading.result.transcript.segments.length > 0 ? reading.result.transcript : null;
    },
    save: (transcript) => saveTranscript(transcript),
  };
}
