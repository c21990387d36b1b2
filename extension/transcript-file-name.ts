import type { Transcript } from '../lib/transcript-schema';

/** Russian letters in Latin (a simple reading of the common passport scheme), for file names. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

const MAX_SLUG_LENGTH = 60;

/**
 * A title as a file-name slug: lower case, Latin letters where the title is Russian, accents
 * dropped, words joined by hyphens, cut at a word end to at most 60 characters.
 */
export function titleSlug(title: string): string {
  const latin = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[а-яё]/g, (letter) => CYRILLIC_TO_LATIN[letter] ?? '');
  const slug = latin.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|(?<!-)-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/(?<!-)-+$/, '');
}

/** "Save JSON"'s file name, `YYYY-MM-DD-title-slug.json`: the event's date, else today's. */
export function transcriptFileName(transcript: Transcript, today: Date = new Date()): string {
  const date = transcript.date ?? localIsoDate(today);
  return `${date}-${titleSlug(transcript.title) || 'transcript'}.json`;
}

function localIsoDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
