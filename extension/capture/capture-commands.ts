import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { MAX_MESSAGE_TITLE, MAX_MESSAGE_URL } from '../messaging/message-protocol';
import { MAX_LISTED } from './listing-replies';
import { t } from '../i18n/messages';

/**
 * What the popup asks of the background about captures and saving every tab: a channel of
 * its own, apart from the page protocol (./message-protocol.ts), because only the extension's
 * own pages may use it. The background refuses any sender that is not one of them (a content
 * script, a page), checks each command with zod, and answers with a sentence or nothing.
 */
const pageAddress = z.url({ protocol: /^https?$/ }).max(MAX_MESSAGE_URL);
const tabId = z.number().int().nonnegative();

export const captureCommandSchema = z.discriminatedUnion('command', [
  z.object({
    command: z.literal('start'),
    tabId,
    listingUrl: pageAddress,
    pages: z
      .array(z.object({ url: pageAddress, title: z.string().max(MAX_MESSAGE_TITLE) }))
      .min(1)
      .max(MAX_LISTED),
  }),
  z.object({ command: z.literal('cancel') }),
  z.object({ command: z.literal('resume'), tabId: tabId.optional() }),
  z.object({ command: z.literal('clear') }),
  z.object({ command: z.literal('saveAllTabs') }),
]);

export type CaptureCommand = z.infer<typeof captureCommandSchema>;

/** The background's answer: done (with a sentence to show, or none), or refused with a sentence. */
export const captureReplySchema = z.object({ ok: z.boolean(), message: z.string().max(2000).nullable() });
export type CaptureReply = z.infer<typeof captureReplySchema>;

const TAG = 'verbatimCommand';

/** From the popup: sends a command and returns the background's answer (a refusal if it gave none). */
export async function sendCaptureCommand(command: CaptureCommand): Promise<CaptureReply> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ [TAG]: 1, ...captureCommandSchema.parse(command) });
    const parsed = captureReplySchema.safeParse(reply);
    return parsed.success ? parsed.data : { ok: false, message: t('backgroundBadAnswer') };
  } catch (error) {
    return { ok: false, message: t('backgroundUnreachable', error instanceof Error ? error.message : String(error)) };
  }
}

/** Whether a message comes from one of the extension's own pages (the popup, the library), not a page or a content script. */
export function isOwnPage(sender: Browser.runtime.MessageSender): boolean {
  const root = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(root);
}

/** In the background: answers the commands; ignores every other message (other listeners answer those). */
export function listenForCaptureCommands(handle: (command: CaptureCommand) => Promise<CaptureReply>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (typeof message !== 'object' || message === null || !(TAG in message)) return undefined;
    if (!isOwnPage(sender)) return Promise.resolve({ ok: false, message: t('refusedNotOwnPage') });
    const { [TAG]: _tag, ...rest } = message as Record<string, unknown>;
    const command = captureCommandSchema.safeParse(rest);
    if (!command.success) return Promise.resolve({ ok: false, message: t('refusedUnknownCommand') });
    return handle(command.data).catch((error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
