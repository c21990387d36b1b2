import { browser } from 'wxt/browser';
import type { ExtractionState } from './message-protocol';

const BADGE_COLOUR = '#1d5fa8';

/** What the toolbar icon says about a page: the number of questions on a transcript, else nothing. */
export function badgeFor(state: ExtractionState): { text: string; title: string } {
  if (!state.hasTranscript) return { text: '', title: 'Verbatim' };
  const questions = state.questions === 1 ? '1 question' : `${state.questions} questions`;
  return {
    text: state.questions > 0 ? String(state.questions) : '✓',
    title: `Verbatim: transcript with ${questions}${state.title ? ` — ${state.title}` : ''}`,
  };
}

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showBadge(tabId: number, state: ExtractionState): Promise<void> {
  const { text, title } = badgeFor(state);
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    action.setTitle({ tabId, title }),
  ]);
}
