import { browser } from 'wxt/browser';
import type { MessageName, MessageRequest } from './message-protocol';
import { messageReplies, type MessageResponse } from './message-replies';
import { envelope, ProtocolError } from './messaging';

/** Sends to the engine in a tab (in one frame of it: `frameId`) and validates its answer with the full schema. */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  data: MessageRequest<N>,
  options: { frameId?: number } = {},
): Promise<MessageResponse<N>> {
  const message = envelope(name, data);
  const reply = await (options.frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId: options.frameId }));
  const parsed = messageReplies[name].safeParse(reply ?? null);
  if (!parsed.success) throw new ProtocolError(`Unexpected answer to ${name}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as MessageResponse<N>;
}
