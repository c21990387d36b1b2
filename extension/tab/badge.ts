import { browser } from 'wxt/browser';
import type { ExtractionState } from '../messaging/message-protocol';
import { t, tn } from '../i18n/messages';

const BADGE_COLOUR = '#1d5fa8';
/** A listing's count in another colour: it counts pages to save, not questions on this one. */
const LISTING_COLOUR = '#2f6b2f';

/**
 * What the toolbar icon says about a page: the number of questions on a transcript, the
 * number of transcripts a listing links to, else nothing.
 */
export function badgeFor(state: ExtractionState): { text: string; title: string; colour: string } {
  if (!state.hasTranscript && state.listed > 0) {
    return { text: String(state.listed), title: tn('badgeListing', state.listed), colour: LISTING_COLOUR };
  }
  if (!state.hasTranscript) return { text: '', title: t('extName'), colour: BADGE_COLOUR };
  return {
    text: state.questions > 0 ? String(state.questions) : '✓',
    title: state.title ? tn('badgeTranscriptTitled', state.questions, state.title) : tn('badgeTranscript', state.questions),
    colour: BADGE_COLOUR,
  };
}

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showBadge(tabId: number, state: ExtractionState): Promise<void> {
  const { text, title, colour } = badgeFor(state);
  const action = toolbarAction();
  await Promise.all([action.setBadgeText({ tabId, text }), action.setBadgeBackgroundColor({ tabId, color: colour }), action.setTitle({ tabId, title })]);
}
