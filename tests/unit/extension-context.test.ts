import { describe, expect, it, vi } from 'vitest';
import { ExtensionContext } from '../../extension/in-page/extension-context';

/** A runtime as a script in a page sees it: its `id` goes when the extension is reloaded, updated or removed. */
function runtime() {
  const view: { id?: string } = { id: 'verbatim' };
  return { view, orphan: () => delete view.id };
}

/** Lets a rejected send's handler run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the extension context of a script in a page', () => {
  it('is valid while the extension is there, and runs no stopper', () => {
    const { view } = runtime();
    const context = new ExtensionContext(() => view);
    const stop = vi.fn();
    context.onInvalidated(stop);
    expect(context.isValid).toBe(true);
    expect(context.isValid).toBe(true);
    expect(stop).not.toHaveBeenCalled();
  });

  it('once the runtime has no id (an orphaned script), is invalid and runs every stopper once', () => {
    const { view, orphan } = runtime();
    const context = new ExtensionContext(() => view);
    const stops = [vi.fn(), vi.fn()];
    for (const stop of stops) context.onInvalidated(stop);
    orphan();
    expect(context.isValid).toBe(false);
    expect(context.isValid).toBe(false);
    for (const stop of stops) expect(stop).toHaveBeenCalledOnce();
  });

  it('with no runtime at all, is invalid', () => {
    expect(new ExtensionContext(() => undefined).isValid).toBe(false);
  });

  it('runs a stopper added after invalidation at once, and invalidation twice runs nothing twice', () => {
    const { view } = runtime();
    const context = new ExtensionContext(() => view);
    const first = vi.fn();
    context.onInvalidated(first);
    context.invalidate();
    context.invalidate();
    const late = vi.fn();
    context.onInvalidated(late);
    expect(first).toHaveBeenCalledOnce();
    expect(late).toHaveBeenCalledOnce();
    expect(context.isValid).toBe(false);
  });

  it('sends while valid, and never once orphaned', () => {
    const { view, orphan } = runtime();
    const context = new ExtensionContext(() => view);
    const send = vi.fn(() => Promise.resolve(null));
    context.send(send);
    expect(send).toHaveBeenCalledOnce();
    orphan();
    context.send(send);
    expect(send).toHaveBeenCalledOnce();
  });

  it('a send refused because the extension has gone invalidates it (Chrome keeps the id in some cases)', async () => {
    const { view } = runtime();
    const context = new ExtensionContext(() => view);
    const stop = vi.fn();
    context.onInvalidated(stop);
    const send = vi.fn(() => Promise.reject(new Error('Extension context invalidated.')));
    context.send(send);
    await settle();
    expect(stop).toHaveBeenCalledOnce();
    context.send(send);
    expect(send).toHaveBeenCalledOnce();
  });

  it("a send that throws at once, as Chrome's sendMessage does for an orphan, invalidates it and throws nothing", async () => {
    const { view } = runtime();
    const context = new ExtensionContext(() => view);
    const stop = vi.fn();
    context.onInvalidated(stop);
    const send = vi.fn((): Promise<unknown> => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => context.send(send)).not.toThrow();
    await settle();
    expect(stop).toHaveBeenCalledOnce();
  });

  it('any other failed send (the tab navigated meanwhile) is dropped, and the context stays valid', async () => {
    const { view } = runtime();
    const context = new ExtensionContext(() => view);
    const stop = vi.fn();
    context.onInvalidated(stop);
    const send = vi.fn(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    context.send(send);
    await settle();
    expect(stop).not.toHaveBeenCalled();
    expect(context.isValid).toBe(true);
    context.send(send);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
