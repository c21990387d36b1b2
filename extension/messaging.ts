import { browser, type Browser } from 'wxt/browser';
import {
  envelopeSchema,
  messageProtocol,
  type MessageName,
  type MessageRequest,
  type MessageResponse,
} from './message-protocol';

export type MessageHandlers = {
  [N in MessageName]?: (
    data: MessageRequest<N>,
    sender: Browser.runtime.MessageSender,
  ) => MessageResponse<N> | Promise<MessageResponse<N>>;
};

/** Thrown when the other end answers with something the protocol does not allow. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

function envelope<N extends MessageName>(name: N, data: MessageRequest<N>) {
  return { verbatim: 1 as const, name, data: messageProtocol[name].request.parse(data) };
}

function checkedResponse<N extends MessageName>(name: N, reply: unknown): MessageResponse<N> {
  const parsed = messageProtocol[name].response.safeParse(reply ?? null);
  if (!parsed.success) throw new ProtocolError(`Unexpected answer to ${name}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as MessageResponse<N>;
}

/** Sends to the content script in a tab and validates its answer. */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  data: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  return checkedResponse(name, await browser.tabs.sendMessage(tabId, envelope(name, data)));
}

/** Sends to the background and validates its answer. */
export async function sendToExtension<N extends MessageName>(
  name: N,
  data: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  return checkedResponse(name, await browser.runtime.sendMessage(envelope(name, data)));
}

/**
 * Answers the messages `handlers` names; ignores others (so another listener may answer them).
 * A message whose data does not fit the protocol is refused with an error. Returns the remover.
 */
export function listenForMessages(handlers: MessageHandlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const wrapped = envelopeSchema.safeParse(message);
    if (!wrapped.success) return undefined;
    const { name, data } = wrapped.data;
    const handler = handlers[name] as
      | ((data: unknown, sender: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    const request = messageProtocol[name].request.safeParse(data);
    if (!request.success) return Promise.reject(new ProtocolError(`Malformed ${name} message`));
    return Promise.resolve(handler(request.data, sender)).then((reply) => reply ?? null);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
