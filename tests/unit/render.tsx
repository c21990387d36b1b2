import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

/** Renders a component into a fresh element of the test document. */
export async function mount(vnode: VNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(vnode, container);
  });
  return container;
}

/** Lets effects, promises and re-renders finish. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Retries `check` until it stops throwing (at most `timeoutMs`), letting the app work between tries. */
export async function waitFor(check: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await settle(1);
    }
  }
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('Nothing to click');
  await act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}

/** Types into a field; in the library, waits for the search it starts to finish (it reads the texts in slices). */
export async function typeInto(input: Element | null | undefined, value: string): Promise<void> {
  if (!input) throw new Error('No input');
  await act(() => {
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await waitFor(() => {
    if (document.querySelector('[data-searching]')) throw new Error('still searching');
  });
  await settle(2);
}

export async function choose(select: Element | null | undefined, value: string): Promise<void> {
  if (!select) throw new Error('No select');
  await act(() => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The button whose visible text is `text` (screen-reader-only parts ignored). */
export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((candidate) => visibleText(candidate) === text);
}

export function visibleText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return clone.textContent?.trim() ?? '';
}
