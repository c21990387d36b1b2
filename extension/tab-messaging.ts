import { browser } from 'wxt/browser';
import type { MessageName, MessageRequest } from './message-protocol';
import { messageReplies, type MessageResponse } from './message-replies';
import { envelope, ProtocolError } from './messaging';

/** Sends to the content script in a tab and validates its answer with the full schema. */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  data: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  const reply = await browser.tabs.sendMessage(tabId, envelope(name, data));
  const parsed = messageReplies[name].safeParse(reply ?? null);
  if (!parsed.success) throw new ProtocolError(`Unexpected answer to ${name}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as MessageResponse<N>;
}
