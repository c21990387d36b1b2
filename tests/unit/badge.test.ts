import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, showBadge } from '../../extension/tab/badge';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('toolbar badge', () => {
  it('shows the number of questions on a transcript', async () => {
    await showBadge(4, { hasTranscript: true, questions: 12, title: 'Briefing', listed: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('12');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe('Verbatim: transcript with 12 questions — Briefing');
  });

  it('shows a tick on a transcript without questions, and nothing elsewhere', () => {
    expect(badgeFor({ hasTranscript: true, questions: 0, title: '', listed: 0 }).text).toBe('✓');
    expect(badgeFor({ hasTranscript: false, questions: 0, title: '', listed: 0 })).toMatchObject({ text: '', title: 'Verbatim' });
  });

  it('on a listing, shows how many transcripts it links to, in a colour of its own', async () => {
    await showBadge(5, { hasTranscript: false, questions: 0, title: '', listed: 6 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('6');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Verbatim: this page links to 6 transcripts');
    expect(badgeFor({ hasTranscript: false, questions: 0, title: '', listed: 1 }).title).toBe('Verbatim: this page links to 1 transcript');
    expect(badgeFor({ hasTranscript: false, questions: 0, title: '', listed: 1 }).colour).not.toBe(
      badgeFor({ hasTranscript: true, questions: 1, title: '', listed: 0 }).colour,
    );
  });
});
