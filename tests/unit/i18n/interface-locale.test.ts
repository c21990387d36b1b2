import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../../../extension/i18n/dates';
import { interfaceLocale } from '../../../extension/i18n/interface-locale';
import { speak } from '../../support/i18n-catalogue';

describe('the interface’s locale: the catalogue the browser chose, in the browser’s regional form when they agree', () => {
  it('keeps a British English browser’s dates British', () => {
    speak('en', 'en-GB');
    expect(interfaceLocale()).toBe('en-GB');
    expect(formatEventDate('2026-09-30')).toBe('30 Sept 2026');
  });

  it('writes English dates for a German browser, whose language has no catalogue (the English one is shown)', () => {
    speak('en', 'de-DE');
    expect(interfaceLocale()).toBe('en');
    expect(formatEventDate('2026-09-30')).toBe('Sep 30, 2026');
  });

  it('follows the Russian catalogue even where the browser reports another interface language (headless Chromium says en-US)', () => {
    speak('ru', 'en-US');
    expect(interfaceLocale()).toBe('ru');
    speak('ru', 'ru-RU');
    expect(interfaceLocale()).toBe('ru-RU');
  });

  it('leaves a date that is not one as it is', () => {
    speak('en', 'en-US');
    expect(formatEventDate('2026-13-45')).toBe('2026-13-45');
  });
});
