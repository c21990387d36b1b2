import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, showBadge } from '../../extension/badge';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('toolbar badge', () => {
  it('shows the number of questions on a transcript', async () => {
    await showBadge(4, { hasTranscript: true, questions: 12, title: 'Briefing' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('12');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe('Verbatim: transcript with 12 questions — Briefing');
  });

  it('shows a tick on a transcript without questions, and nothing elsewhere', () => {
    expect(badgeFor({ hasTranscript: true, questions: 0, title: '' }).text).toBe('✓');
    expect(badgeFor({ hasTranscript: false, questions: 0, title: '' })).toEqual({ text: '', title: 'Verbatim' });
  });
});
