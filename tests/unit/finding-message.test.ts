import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findingMessage, sendFinding } from '../../extension/messaging/finding-message';
import { envelopeSchema, messageRequests } from '../../extension/messaging/message-protocol';
import { envelope } from '../../extension/messaging/messaging';

/** The detector's own sender writes the envelope by hand: it must stay the protocol's. */
describe("the detector's message", () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['transcript', 'transcriptDetected'],
    ['listing', 'listingDetected'],
  ] as const)('for a %s is the protocol envelope of %s, which the background accepts', (finding, name) => {
    const message = findingMessage(finding);
    expect(message).toEqual(envelope(name, {}));
    expect(envelopeSchema.safeParse(message).success).toBe(true);
    expect(messageRequests[message.name].safeParse(message.data).success).toBe(true);
  });

  it('goes to the extension through runtime.sendMessage', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null as never);
    await sendFinding('transcript');
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith({ verbatim: 1, name: 'transcriptDetected', data: {} });
  });
});
