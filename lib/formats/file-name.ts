import type { Transcript } from '../transcript-schema';

/** Russian letters in Latin (a simple reading of the common passport scheme), for file names. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** A slug longer than this keeps its first words and its last, joined by "--". */
const MAX_SLUG_LENGTH = 80;
/** How much of a long slug its first words take: enough to say what kind of page it is. */
const HEAD_LENGTH = 28;

/**
 * A title as a file-name slug: lower case, Latin letters where the title is Russian, accents
 * dropped, words joined by hyphens. A long title keeps its opening words and its end joined by
 * "--": briefings and remarks share their openings ("Foreign Minister Sergey Lavrov’s remarks
 * and answers to media questions..."), and what tells one from another (with whom, where)
 * comes last.
 */
export function titleSlug(title: string): string {
  const latin = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[а-яё]/g, (letter) => CYRILLIC_TO_LATIN[letter] ?? '');
  const slug = latin.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|(?<!-)-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const words = slug.split('-');
  const head = wordsWithin(words, HEAD_LENGTH);
  const tail = wordsWithin([...words.slice(head.length)].reverse(), MAX_SLUG_LENGTH - joined(head).length - 2).reverse();
  // One word longer than the whole allowance (a title in a script without spaces): cut it.
  if (head.length === 0 || tail.length === 0) return slug.slice(0, HEAD_LENGTH) + '--' + slug.slice(slug.length - (MAX_SLUG_LENGTH - HEAD_LENGTH - 2));
  return `${joined(head)}--${joined(tail)}`;
}

/** The leading words of `words` whose slug fits in `length` characters. */
function wordsWithin(words: string[], length: number): string[] {
  const kept: string[] = [];
  for (const word of words) {
    if (joined([...kept, word]).length > length) break;
    kept.push(word);
  }
  return kept;
}

function joined(words: string[]): string {
  return words.join('-');
}

/**
 * A transcript's file name without its ending: `YYYY-MM-DD-title-slug` with the event's date, or
 * `title-slug` when the page gives none (the day it was read or saved is not the event's).
 */
export function transcriptFileStem(transcript: Transcript): string {
  const slug = titleSlug(transcript.title) || 'transcript';
  return transcript.date ? `${transcript.date}-${slug}` : slug;
}
