import { browser, type Browser } from 'wxt/browser';
import { envelopeSchema, messageRequests, noReply, type MessageName, type MessageRequest } from './message-protocol';
import type { MessageResponse } from './message-replies';

/**
 * The page's side of the protocol, for the detector and the engine (the background uses it
 * too): answering messages, and telling the background what the page holds. Loads no full zod;
 * sending to a tab, whose answers need the transcript schema, is in tab-messaging.ts.
 */
export type MessageHandlers = {
  [N in MessageName]?: (data: MessageRequest<N>, sender: Browser.runtime.MessageSender) => MessageResponse<N> | Promise<MessageResponse<N>>;
};

/** Thrown when the other end answers with something the protocol does not allow. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

export function envelope<N extends MessageName>(name: N, data: MessageRequest<N>) {
  return { verbatim: 1 as const, name, data: messageRequests[name].parse(data) };
}

/** Tells the background something; these messages answer nothing, and that is checked. */
export async function sendToExtension<N extends 'transcriptDetected' | 'listingDetected' | 'extractionChanged'>(
  name: N,
  data: MessageRequest<N>,
): Promise<null> {
  const reply = await browser.runtime.sendMessage(envelope(name, data));
  const checked = noReply.safeParse(reply ?? null);
  if (!checked.success) throw new ProtocolError(`Unexpected answer to ${name}`);
  return null;
}

/**
 * Answers the messages `handlers` names; ignores others (so another listener may answer them).
 * A message whose data does not fit the protocol is refused with an error. Returns the remover.
 */
export function listenForMessages(handlers: MessageHandlers): () => void {
  // Answers through `sendResponse` and `return true`: the one way Chrome's own `chrome` object
  // (the content script and the engine load no polyfill), Firefox's `browser` and the polyfill all accept.
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    const wrapped = envelopeSchema.safeParse(message);
    if (!wrapped.success) return undefined;
    const { name, data } = wrapped.data;
    const handler = handlers[name] as ((data: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    const request = messageRequests[name].safeParse(data);
    if (!request.success) return Promise.reject(new ProtocolError(`Malformed ${name} message`));
    Promise.resolve()
      .then(() => handler(request.data, sender))
      .then(
        (reply) => sendResponse(reply ?? null),
        // An answer the protocol refuses, so the sender fails with a ProtocolError too.
        (error: unknown) => sendResponse({ verbatimError: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
