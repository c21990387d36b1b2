import { browser } from 'wxt/browser';
import type { MessageRequest } from './message-protocol';
import type { PageFinding } from '../in-page/transcript-detector';

type FindingName = 'transcriptDetected' | 'listingDetected';

/** The message that tells the background what the detector found, as the protocol's `envelope()` builds it. */
export interface FindingMessage {
  verbatim: 1;
  name: FindingName;
  data: MessageRequest<FindingName>;
}

export function findingMessage(finding: PageFinding): FindingMessage {
  return { verbatim: 1, name: finding === 'transcript' ? 'transcriptDetected' : 'listingDetected', data: {} };
}

/**
 * Tells the background what the detector found. Not `sendToExtension` (messaging.ts): its
 * checks of the data and the answer index the protocol's table of every message, and would
 * bring it into the content script (0.5 KB gzipped of a 20 KB budget) to check data that is
 * always `{}` and an answer the detector ignores. The background checks what arrives, as from
 * any sender.
 */
export function sendFinding(finding: PageFinding): Promise<unknown> {
  return browser.runtime.sendMessage(findingMessage(finding));
}
