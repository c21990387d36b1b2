import type { Transcript } from '../../lib/transcript-schema';
import { interfaceLocale } from '../i18n/interface-locale';

/** How many speakers the library's column names before it counts the rest. */
const NAMED = 2;

/**
 * Who a transcript is by, for the library's list: its officials (else everyone), the first two
 * by name and the rest counted ("Sergey Lavrov, Salahuddin Rabbani +1").
 */
export function leadingSpeakers(transcript: Transcript): { named: string[]; more: number } {
  return leadingOf(transcript.participants.map((participant) => ({ name: participant.name, official: participant.role === 'official' })));
}

/** The same from an entry's card (library-card.ts): its speakers, officials marked. */
export function leadingOf(speakers: readonly { name: string; official: boolean }[]): { named: string[]; more: number } {
  const officials = speakers.filter((speaker) => speaker.official);
  const people = (officials.length > 0 ? officials : speakers).map((speaker) => speaker.name);
  return { named: people.slice(0, NAMED), more: Math.max(0, people.length - NAMED) };
}

let languageNames: { locale: string; names: Intl.DisplayNames } | null = null;

/** A language code in words, in the interface's language ("ru" → "Russian", «русский»); the code itself when it names no language. */
export function languageName(code: string): string {
  const locale = interfaceLocale();
  if (languageNames?.locale !== locale) languageNames = { locale, names: new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }) };
  try {
    return languageNames.names.of(code) ?? code;
  } catch {
    return code;
  }
}
