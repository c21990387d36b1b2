import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { MessageName, MessageRequest } from './message-protocol';
import { messageReplies, type MessageResponse } from './message-replies';
import { envelope, ProtocolError } from './messaging';
import { t } from '../i18n/messages';
import { describeIssuesInWords, issueInWords } from '../i18n/schema-issues';

/** Sends to the engine in a tab (in one frame of it: `frameId`) and validates its answer with the full schema. */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  data: MessageRequest<N>,
  options: { frameId?: number } = {},
): Promise<MessageResponse<N>> {
  const message = envelope(name, data);
  const reply = await (options.frameId === undefined
    ? browser.tabs.sendMessage(tabId, message)
    : browser.tabs.sendMessage(tabId, message, { frameId: options.frameId }));
  const parsed = messageReplies[name].safeParse(reply ?? null, { error: issueInWords });
  if (!parsed.success) throw new ProtocolError(refusedAnswer(reply, parsed.error));
  return parsed.data as MessageResponse<N>;
}

/**
 * Why an answer from the engine was refused, in the interface's language: the popup shows it
 * ("Verbatim could not read this page: …"). A handler that threw answers `{ verbatimError }`
 * (messaging.ts), whose text is the engine's own, quoted as it came.
 */
function refusedAnswer(reply: unknown, error: z.ZodError): string {
  const failure = typeof reply === 'object' && reply !== null ? (reply as { verbatimError?: unknown }).verbatimError : undefined;
  return typeof failure === 'string' ? t('engineFailed', failure) : t('engineUnexpectedAnswer', describeIssuesInWords(error, 1));
}
