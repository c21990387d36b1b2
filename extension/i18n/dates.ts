import { interfaceLocale } from './interface-locale';

let cached: { locale: string; day: Intl.DateTimeFormat; moment: Intl.DateTimeFormat } | null = null;

function formats() {
  const locale = interfaceLocale();
  if (cached?.locale !== locale) {
    cached = {
      locale,
      day: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      moment: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
  }
  return cached;
}

/** A day in the interface's language ("30 Nov 2026", «30 нояб. 2026 г.»). */
export function formatDay(iso: string | Date): string {
  return formats().day.format(new Date(iso));
}

/** A day and time in the interface's language, to the minute. */
export function formatMoment(iso: string | Date): string {
  return formats().moment.format(new Date(iso));
}

let eventDays: { locale: string; format: Intl.DateTimeFormat } | null = null;

/**
 * An event's date (`YYYY-MM-DD`, as the transcript gives it) in the interface's language, read
 * as the calendar day it names wherever the reader is (UTC both ways, so no time zone moves it).
 */
export function formatEventDate(day: string): string {
  const locale = interfaceLocale();
  if (eventDays?.locale !== locale) eventDays = { locale, format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }) };
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : eventDays.format.format(date);
}
