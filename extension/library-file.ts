import { z } from 'zod';
import { libraryEntrySchema, type LibraryEntry } from './library-entry';
import { describeIssues } from './describe-issues';

/**
 * The library as a file: one JSON document (`{ format, version, exportedAt, entries }`) or JSON
 * Lines (one entry per line). Reading accepts either, and also a bare transcript such as
 * "Save JSON" writes, one or many.
 */
export const LIBRARY_FILE_FORMAT = 'verbatim-library';
export const LIBRARY_FILE_VERSION = 1;

export type ExportFormat = 'json' | 'jsonl';

export function exportLibrary(entries: LibraryEntry[], format: ExportFormat, now: Date = new Date()): string {
  if (format === 'jsonl') return entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
  const file = { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exportedAt: now.toISOString(), entries };
  return JSON.stringify(file, null, 2) + '\n';
}

export function exportFileName(format: ExportFormat, now: Date = new Date()): string {
  return `verbatim-library-${now.toISOString().slice(0, 10)}.${format}`;
}

/** One entry of a file that could not be read, and why, in words. */
export interface ImportProblem {
  where: string;
  message: string;
}

export interface ParsedLibraryFile {
  entries: LibraryEntry[];
  problems: ImportProblem[];
}

const libraryFileSchema = z.object({ format: z.literal(LIBRARY_FILE_FORMAT), entries: z.array(z.unknown()) });

/** Reads a library file; every entry is validated on its own, so one bad entry costs only itself. */
export function parseLibraryFile(text: string, now: Date = new Date()): ParsedLibraryFile {
  const located = locateEntries(text);
  const parsed: ParsedLibraryFile = { entries: [], problems: [...located.problems] };
  for (const { where, value } of located.values) {
    const candidate = isBareTranscript(value)
      ? { firstSavedAt: now.toISOString(), savedAt: now.toISOString(), transcript: value }
      : value;
    const checked = libraryEntrySchema.safeParse(candidate);
    if (checked.success) parsed.entries.push(checked.data);
    else parsed.problems.push({ where: `${where}${titleOf(value)}`, message: describeIssues(checked.error) });
  }
  return parsed;
}

interface LocatedValues {
  values: { where: string; value: unknown }[];
  problems: ImportProblem[];
}

function locateEntries(text: string): LocatedValues {
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return locateLines(text);
  }
  const file = libraryFileSchema.safeParse(whole);
  if (file.success) return { values: file.data.entries.map((value, i) => ({ where: `Entry ${i + 1}`, value })), problems: [] };
  if (Array.isArray(whole)) return { values: whole.map((value, i) => ({ where: `Entry ${i + 1}`, value })), problems: [] };
  return { values: [{ where: 'Entry 1', value: whole }], problems: [] };
}

function locateLines(text: string): LocatedValues {
  const located: LocatedValues = { values: [], problems: [] };
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      located.values.push({ where: `Line ${i + 1}`, value: JSON.parse(line) });
    } catch {
      located.problems.push({ where: `Line ${i + 1}`, message: 'not valid JSON' });
    }
  });
  if (located.values.length === 0 && located.problems.length > 1) {
    return { values: [], problems: [{ where: 'File', message: 'neither JSON nor JSON Lines' }] };
  }
  return located;
}

function isBareTranscript(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'schemaVersion' in value && !('transcript' in value);
}

/** ` ("Title")` when the value names one, to help the user find the entry. */
function titleOf(value: unknown): string {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const transcript = (record.transcript ?? record) as Record<string, unknown>;
  const title = transcript?.title;
  if (typeof title !== 'string' || title.trim() === '') return '';
  const short = title.length > 60 ? `${title.slice(0, 57)}…` : title;
  return ` (“${short}”)`;
}
