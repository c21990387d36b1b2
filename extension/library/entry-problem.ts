import type { z } from 'zod';
import { SCHEMA_VERSION } from '../../lib/schema-version';
import { describeIssuesInWords, kindOfValue } from '../i18n/schema-issues';
import { t, tn } from '../i18n/messages';

/**
 * Why a value (read back from storage, or found in an imported file) is not a library entry,
 * in the interface's language: the two cases a user can act on are named outright, the rest
 * are zod's findings, which the caller parsed with `{ error: issueInWords }` (schema-issues.ts).
 */
export function entryProblem(value: unknown, error: z.ZodError): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return t('entryNotTranscript', kindOf(value));
  }
  const transcript = (value as { transcript?: unknown }).transcript;
  const version = typeof transcript === 'object' && transcript !== null ? (transcript as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    return t('entryOtherSchema', quoted(version), SCHEMA_VERSION);
  }
  return describeIssuesInWords(error);
}

/** A value that is not an object, in words, quoted where it is short enough: "a number (42)". */
function kindOf(value: unknown): string {
  if (value === null || Array.isArray(value)) return kindOfValue(value);
  if (typeof value === 'string') return t('valueQuotedText', cut(value));
  return `${kindOfValue(value)} (${cut(String(value))})`;
}

/** The longest part of a stranger's value a message quotes: a 20 MB field is not copied into one. */
const MAX_QUOTED = 40;

function cut(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 3)}…` : text;
}

/** A value as a message may show it: short values as JSON, texts cut, lists and objects named, never walked. */
function quoted(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(cut(value));
  if (Array.isArray(value)) return tn('valueListOf', value.length);
  if (typeof value === 'object' && value !== null) return kindOfValue(value);
  return cut(String(value));
}

/**
 * Whether `value` nests deeper than `limit` levels of lists and objects, found without
 * recursion (a hostile file can nest far deeper than the stack) and without walking past the limit.
 */
export function nestingBeyond(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
