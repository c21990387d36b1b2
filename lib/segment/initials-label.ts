import type { LabelMatch } from './labels';

/**
 * A speaker's initials with no colon, as the WHO's press-conference transcripts and transcription
 * services write them: in bold before the words ("<b>MH</b> Hello, everybody. This is …"), alone in
 * the first cell of the transcript's table ("TAG" | "Thank you, Christian. …"), or with the
 * recording's time ("<b>EHdK 00:03</b> I'm here today with …", "VD 00:43 Absolutely."). Two to four
 * capitals, a particle's small letter between ("EHdK" for Eve Hayes de Kalaf). Weak: a turn's label
 * where the page spells the name they stand for (spellsInitials), or where they recur.
 */
export function initialsLabel(text: string, bold: string): LabelMatch | null {
  const inBold = bold !== '' && text.startsWith(bold) ? INITIALS.exec(bold.trim()) : null;
  const timed = inBold ?? TIMED_INITIALS.exec(text);
  if (timed) {
    const raw = inBold ? bold.trim() : timed[0].trim();
    const rest = text.slice(inBold ? bold.length : timed[0].length).trim();
    return { raw, text: timed[1]!, kind: 'named', rest, strength: 'weak', initials: true, ...(rest === '' ? { alone: true } : {}) };
  }
  const alone = INITIALS.exec(text.trim());
  return alone && !alone[2] ? { raw: alone[0], text: alone[1]!, kind: 'named', rest: '', strength: 'weak', initials: true, alone: true } : null;
}

/**
 * Whether the page spells out the name that `initials` stand for, in a speaker key or as the host
 * introduces the speakers ("DG Dean Godson", "My name is Christian Lindmeier", "Dr Tedros Adhanom
 * Ghebreyesus" for "TAG"): each capital opens a capitalised word, a small letter a particle.
 */
export function spellsInitials(initials: string, text: string): boolean {
  const words = [...initials].map((letter) => (letter === letter.toUpperCase() ? `${letter}\\p{Ll}+` : `${letter}\\p{Ll}*`));
  return new RegExp(`(?<!\\p{L})${words.join('[\\s-]+')}(?!\\p{L})`, 'u').test(text);
}

/** Initials, perhaps the recording's time after them: "TAG", "EHdK", "VD 00:43". */
const INITIALS = /^(\p{Lu}(?:\p{Ll}?\p{Lu}){1,3})(\s\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/** The same in plain type with the time, before the words: "VD 00:43 Absolutely." */
const TIMED_INITIALS = /^(\p{Lu}(?:\p{Ll}?\p{Lu}){1,3})\s\d{1,2}:\d{2}(?::\d{2})?\s+(?=\S)/u;
