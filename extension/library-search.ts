import type { StoredEntry } from './library-store';
import { foldForSearch } from './transcript-filter';

/** The saved transcripts whose title, date, place, site, speakers or words contain every word of `query`. */
export function searchLibrary(entries: StoredEntry[], query: string): StoredEntry[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter(({ entry: { transcript } }) => {
    const haystack = foldForSearch(
      [
        transcript.title,
        transcript.date ?? '',
        transcript.place ?? '',
        transcript.site,
        transcript.url,
        ...transcript.participants.map((participant) => participant.name),
        ...transcript.segments.flatMap((segment) => segment.paragraphs),
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
