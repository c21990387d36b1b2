import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { fingerprintEntry } from '../../extension/library/entry-fingerprint';
import { libraryEntryId, type LibraryEntry } from '../../extension/library/entry';
import { entryCard } from '../../extension/library/card';
import { CARD_KEY_PREFIX, ENTRY_KEY_PREFIX, LIBRARY_KEYS_RECORD, LIBRARY_KEYS_VERSION, LIBRARY_VERSION } from '../../extension/library/store';
import { extractTranscript } from '../../lib/extract';
import type { Transcript } from '../../lib/transcript-schema';
import { parseDocument } from './parse-html';

/**
 * A library of thousands for the benchmark and the end-to-end tests: the transcripts of the
 * development corpus (real text in ten languages, from 190 publishers, of every kind), each
 * copied many times under its own address, title, date and save time (each copy after the
 * first with words of its own among its words, so that it is a different text), written straight
 * into the extension's `storage.local` through its service worker, in the shape the library
 * stores (with the fingerprint of its text).
 */

export interface SeededEntry {
  id: string;
  entry: LibraryEntry;
}

/** The transcripts the engine reads from the corpus's pages (tests/corpus/pages), in file order. */
export function corpusTranscripts(root: string): Transcript[] {
  const folder = join(root, 'tests/corpus/pages');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .flatMap((file) => {
      const html = readFileSync(join(folder, file), 'utf8');
      const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
      const transcript = url ? extractTranscript(parseDocument(html), new URL(url)).transcript : null;
      return transcript ? [transcript] : [];
    });
}

const START = Date.UTC(2025, 0, 1);

/**
 * The `n`th entry: the corpus transcript `n mod bases`, at its address with `?copy=n`, its title
 * numbered, dated a day apart going back from 2025, saved a minute after the one before. `mark`,
 * when given, is added as a sentence to its first turn with words, for a search that finds one.
 */
export async function seededEntry(bases: Transcript[], n: number, mark?: string): Promise<SeededEntry> {
  const base = bases[n % bases.length]!;
  const url = new URL(base.url);
  url.searchParams.set('copy', String(n));
  // Every copy's text its own, the first of each too: the corpus holds reposts of one transcript
  // on several sites, which the library would list once, as editions of it.
  const text = madeDistinct(base.segments, n);
  const withMark = mark === undefined ? text : markFirstTurn(text, mark);
  const savedAt = new Date(START + n * 60_000).toISOString();
  const transcript: Transcript = {
    ...base,
    url: url.href,
    // A transcript whose page gave no headline has an empty title: its copies are "(n)", not " (n)".
    title: [base.title, `(${n})`].filter((part) => part !== '').join(' '),
    date: new Date(START - n * 86_400_000).toISOString().slice(0, 10),
    accessedAt: savedAt,
    segments: withMark,
  };
  return { id: await libraryEntryId(url.href), entry: fingerprintEntry({ firstSavedAt: savedAt, savedAt, transcript }) };
}

/**
 * The `n`th copy's turns with a word of its own (`c<n>`) after every fourth word (in a paragraph
 * in Chinese or Japanese, or written without spaces, after every fourth character past its first clause, up to 12
 * characters, which stays as written): the same words to search, count and filter, but a different text, as thousands of
 * different transcripts are. Copies with the same text would be one transcript with its editions
 * to the library (lib/provenance/edition-match.ts), listed once.
 */
/** At most this much of a paragraph written without spaces stays as written. */
const CLAUSE_KEPT = 12;

function madeDistinct(segments: Transcript['segments'], n: number): Transcript['segments'] {
  const own = `c${n}`;
  const interleave = (parts: string[]) => [...parts.flatMap((part, i) => (i % 4 === 3 ? [part, own] : [part])), ...(parts.length < 4 ? [own] : [])];
  return segments.map((segment) => ({
    ...segment,
    paragraphs: segment.paragraphs.map((paragraph) => {
      const words = paragraph.split(' ');
      // Chinese and Japanese are read a character at a time (lib/provenance/fingerprint-text.ts), spaces or not.
      if (words.length >= 8 && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(paragraph)) return interleave(words).join(' ');
      const clause = Math.min(CLAUSE_KEPT, Math.max(0, paragraph.search(/[，。、；：！？,.;:!?]/u) + 1));
      return `${paragraph.slice(0, clause)} ${interleave(Array.from(paragraph.slice(clause))).join(' ')}`;
    }),
  }));
}

function markFirstTurn(segments: Transcript['segments'], mark: string): Transcript['segments'] {
  const first = segments.findIndex((segment) => segment.paragraphs.length > 0);
  return segments.map((segment, i) =>
    i === first ? { ...segment, paragraphs: [...segment.paragraphs.slice(0, -1), `${segment.paragraphs.at(-1)} ${mark}`] } : segment,
  );
}

/**
 * `transcript` with its turns `times` over, as a longer transcript of the same page would be:
 * the corpus holds excerpts (2 KB of JSON in the median), where a whole briefing runs to 20 to
 * 200 KB, so the benchmark measures the library at both sizes.
 */
export function lengthened(transcript: Transcript, times: number): Transcript {
  if (times === 1) return transcript;
  const length = transcript.segments.length;
  const copies = Array.from({ length: times }, (_, i) => i * length);
  return {
    ...transcript,
    participants: transcript.participants.map((participant) => ({ ...participant, turns: participant.turns * times })),
    segments: copies.flatMap(() => transcript.segments),
    headings: copies.flatMap((offset) => transcript.headings.map((heading) => ({ ...heading, segment: heading.segment + offset }))),
    exchanges: copies.flatMap((offset) =>
      transcript.exchanges.map((exchange) => ({ question: exchange.question.map((i) => i + offset), answers: exchange.answers.map((i) => i + offset) })),
    ),
  };
}

/** Every entry of a library of `count`, the marked ones carrying their sentence. */
export async function seededLibrary(bases: Transcript[], count: number, marks: Record<number, string> = {}): Promise<SeededEntry[]> {
  return Promise.all(Array.from({ length: count }, (_, n) => seededEntry(bases, n, marks[n])));
}

/**
 * Writes `entries` into the extension's storage.local, 250 at a time (each with its version
 * record and its card, as `putEntry` writes it), marked as keyed the current way, as a library
 * saved by this version is; returns the bytes the browser says are in use. With
 * `{ version: 3 }`, as library version 3 stored them (no cards), for the first opening after
 * an upgrade.
 */
export async function seedLibrary(worker: Worker, entries: SeededEntry[], { version = LIBRARY_VERSION }: { version?: number } = {}): Promise<number> {
  await worker.evaluate((marker) => chrome.storage.local.set(marker), { [LIBRARY_KEYS_RECORD]: LIBRARY_KEYS_VERSION });
  for (let from = 0; from < entries.length; from += 250) {
    const items: Record<string, unknown> = {};
    for (const { id, entry } of entries.slice(from, from + 250)) {
      items[`${ENTRY_KEY_PREFIX}${id}`] = entry;
      items[`${ENTRY_KEY_PREFIX}${id}$`] = { v: version };
      if (version >= 4) items[`${CARD_KEY_PREFIX}${id}`] = entryCard(entry);
    }
    await worker.evaluate((batch) => chrome.storage.local.set(batch), items);
  }
  return worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
}

// The service worker's own `chrome`.
declare const chrome: typeof import('wxt/browser').browser & { storage: { local: { getBytesInUse(keys: null): Promise<number> } } };
