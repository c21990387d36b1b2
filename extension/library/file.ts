import { LIBRARY_FILE_FORMAT, libraryFileText } from '../../lib/formats/json';
import { libraryLinesText } from '../../lib/formats/jsonl';
import { entryInputSchema, type EntryInput } from './entry';
import { entryProblem, nestingBeyond } from './entry-problem';
import { upgradeEntry, upgradeTranscript } from './transcript-versions';
import { t } from '../i18n/messages';
import { issueInWords } from '../i18n/schema-issues';

/**
 * The library as a file: one JSON document (`{ format, version, exportedAt, entries }`) or JSON
 * Lines (one entry per line). Reading accepts either, and also a bare transcript such as
 * "Save JSON" writes, one or many.
 */

export type ExportFormat = 'json' | 'jsonl';

/** The library's entries as its JSON or JSON Lines file (lib/formats/ writes both). */
export function exportLibrary(entries: EntryInput[], format: ExportFormat, now: Date = new Date()): string {
  return format === 'jsonl' ? libraryLinesText(entries) : libraryFileText(entries, now);
}

/** The name of a file holding many entries, without its ending: `verbatim-library-YYYY-MM-DD`. */
export function libraryExportName(now: Date = new Date()): string {
  return `verbatim-library-${now.toISOString().slice(0, 10)}`;
}

/**
 * Where in a file a problem is: the whole file (none of it could be read), or one entry, by
 * its number in a JSON list or its line in JSON Lines, with its title when it has one. Data,
 * not words: the report says it in the interface's language (components/ImportReport.tsx).
 */
export type ProblemPlace = { file: true } | { entry: number; title?: string } | { line: number; title?: string };

/** The whole file, when none of it could be read. */
export const WHOLE_FILE: ProblemPlace = { file: true };

/** One entry of a file that could not be read, and why, in words. */
export interface ImportProblem {
  where: ProblemPlace;
  message: string;
}

/**
 * The largest file the library reads: ten times what Chromium lets an extension store (10 MB),
 * so any export fits, while a file picked by mistake (a video, a disk image) is turned away
 * before it is read into memory. Reading and checking 64 MB takes about 3 seconds.
 */
export const MAX_LIBRARY_FILE_BYTES = 100 * 1024 * 1024;

/** The problem with a file of `bytes` bytes before it is read, or null when its size is fine. */
export function fileSizeProblem(bytes: number): ImportProblem | null {
  if (bytes <= MAX_LIBRARY_FILE_BYTES) return null;
  const megabytes = (size: number) => Math.round(size / (1024 * 1024));
  return { where: WHOLE_FILE, message: t('importFileTooLarge', megabytes(bytes), megabytes(MAX_LIBRARY_FILE_BYTES)) };
}

export interface ParsedLibraryFile {
  entries: EntryInput[];
  problems: ImportProblem[];
}

/**
 * How deep an entry may nest: a saved transcript nests five levels (entry, transcript,
 * segments, a segment, its paragraphs); anything far deeper is not one, and reading it would
 * only risk the stack.
 */
export const MAX_ENTRY_DEPTH = 32;

/**
 * How far a date in the file may be ahead of this computer's clock (clocks differ a little).
 * A copy dated later than that would win over every later save of the same page, so it is
 * refused (issue 11).
 */
export const FUTURE_SAVE_TOLERANCE_MS = 10 * 60 * 1000;

/** Reads a library file; every entry is validated on its own, so one bad entry costs only itself. */
export function parseLibraryFile(text: string, now: Date = new Date()): ParsedLibraryFile {
  const located = locateEntries(text);
  const parsed: ParsedLibraryFile = { entries: [], problems: [...located.problems] };
  for (const { where, value } of located.values) {
    let problem: string | null;
    try {
      problem = readEntry(value, now, parsed.entries);
    } catch (error) {
      // Whatever a value does to the checks (a stack overflow on a shape no one foresaw) costs that entry only.
      problem = t('importEntryUnreadable', error instanceof Error ? error.name : 'error');
    }
    if (problem !== null) parsed.problems.push({ where: { ...where, ...titleOf(value) }, message: problem });
  }
  return parsed;
}

/** Adds `value` to `entries` when it is a library entry; otherwise says why not. */
function readEntry(value: unknown, now: Date, entries: EntryInput[]): string | null {
  if (nestingBeyond(value, MAX_ENTRY_DEPTH)) return t('importTooDeep', MAX_ENTRY_DEPTH);
  // A file written by an older Verbatim reads as the current version, as a stored entry does.
  const candidate = isBareTranscript(value)
    ? { firstSavedAt: now.toISOString(), savedAt: now.toISOString(), transcript: upgradeTranscript(value) }
    : upgradeEntry(value);
  const checked = entryInputSchema.safeParse(candidate, { error: issueInWords });
  if (!checked.success) return entryProblem(candidate, checked.error);
  const future = futureDate(checked.data, now);
  if (future) return future;
  entries.push(checked.data);
  return null;
}

function futureDate(entry: EntryInput, now: Date): string | null {
  const latest = now.getTime() + FUTURE_SAVE_TOLERANCE_MS;
  for (const [field, words] of [
    ['savedAt', 'importSavedInFuture'],
    ['firstSavedAt', 'importFirstSavedInFuture'],
  ] as const) {
    if (Date.parse(entry[field]) > latest) {
      return t(words, entry[field], now.toISOString());
    }
  }
  return null;
}

interface LocatedValues {
  values: { where: { entry: number } | { line: number }; value: unknown }[];
  problems: ImportProblem[];
}

function locateEntries(text: string): LocatedValues {
  if (text.trim() === '') return { values: [], problems: [{ where: WHOLE_FILE, message: t('importFileEmpty') }] };
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return locateLines(text);
  }
  const entries = (list: unknown[]): LocatedValues => {
    if (list.length === 0) return { values: [], problems: [{ where: WHOLE_FILE, message: t('importNoTranscripts') }] };
    return { values: list.map((value, i) => ({ where: { entry: i + 1 }, value })), problems: [] };
  };
  if (Array.isArray(whole)) return entries(whole);
  if (!isRecord(whole)) return { values: [], problems: [{ where: WHOLE_FILE, message: t('importNotVerbatim') }] };
  if (whole.format === LIBRARY_FILE_FORMAT) {
    if (Array.isArray(whole.entries)) return entries(whole.entries);
    return { values: [], problems: [{ where: WHOLE_FILE, message: t('importEntriesNotList') }] };
  }
  if ('transcript' in whole || 'schemaVersion' in whole) return { values: [{ where: { entry: 1 }, value: whole }], problems: [] };
  return { values: [], problems: [{ where: WHOLE_FILE, message: t('importNotVerbatim') }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function locateLines(text: string): LocatedValues {
  const located: LocatedValues = { values: [], problems: [] };
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      located.values.push({ where: { line: i + 1 }, value: JSON.parse(line) });
    } catch {
      located.problems.push({ where: { line: i + 1 }, message: t('importNotJson') });
    }
  });
  if (located.values.length === 0) {
    return { values: [], problems: [{ where: WHOLE_FILE, message: t('importNeitherJson') }] };
  }
  return located;
}

function isBareTranscript(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'schemaVersion' in value && !('transcript' in value);
}

/** The entry's title, cut to a line, when the value names one: it helps the user find the entry. */
function titleOf(value: unknown): { title?: string } {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const transcript = (record.transcript ?? record) as Record<string, unknown>;
  const title = transcript?.title;
  if (typeof title !== 'string' || title.trim() === '') return {};
  return { title: title.length > 60 ? `${title.slice(0, 57)}…` : title };
}
