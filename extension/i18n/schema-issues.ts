import type { z } from 'zod';
import { t, tn } from './messages';

/**
 * Why a value does not fit a schema, in the interface's language: zod's own messages are
 * English (its Russian locale leaves the types in English: "ожидалось string"), so the
 * library's import, its damaged entries, the popup's "Save JSON" and the engine's answers are
 * said from the catalogues. Parse with `{ error: issueInWords }` (the raw issue still holds the
 * value, whose kind the message names), then `describeIssuesInWords`. The command line keeps
 * zod's English (scripts/cli/describe-issues.ts).
 */
export const issueInWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t('issueMissing') : t('issueExpected', expectedKind(issue.expected), kindOfValue(issue.input));
    case 'invalid_value':
      return t('issueOneOf', issue.values.map((value) => JSON.stringify(value) ?? String(value)).join(', '));
    case 'too_big':
      return sizeIssue(issue.origin, Number(issue.maximum), issue.inclusive !== false, 'big');
    case 'too_small':
      return sizeIssue(issue.origin, Number(issue.minimum), issue.inclusive !== false, 'small');
    case 'invalid_format':
      return issue.format === 'datetime' ? t('issueNotDateTime') : t('issueWrongForm');
    case 'invalid_union':
      return t('issueNoForm');
    case 'unrecognized_keys':
      return t('issueUnknownFields', issue.keys.join(', '));
    case 'custom':
      return segmentIssue(issue.params) ?? t('issueInvalid');
    default:
      return t('issueInvalid');
  }
};

/** A custom issue of extension/library/entry.ts: an index past the transcript's segments. */
function segmentIssue(params: Record<string, unknown> | undefined): string | null {
  const segment = params?.segment;
  const segments = params?.segments;
  return typeof segment === 'number' && typeof segments === 'number' ? t('issueSegmentOutOfRange', segment, segments) : null;
}

function sizeIssue(origin: string, limit: number, inclusive: boolean, side: 'big' | 'small'): string {
  if (origin === 'string') return tn(side === 'big' ? 'issueTooLong' : 'issueTooShort', limit);
  if (origin === 'array' || origin === 'set') return tn(side === 'big' ? 'issueTooMany' : 'issueTooFew', limit);
  const shown = String(limit);
  if (side === 'big') return inclusive ? t('issueAtMost', shown) : t('issueBelow', shown);
  return inclusive ? t('issueAtLeast', shown) : t('issueAbove', shown);
}

/** What a schema expected, in words (zod's `expected`: string, number, int, boolean, array, object, null…). */
function expectedKind(expected: string): string {
  switch (expected) {
    case 'string':
      return t('valueText');
    case 'number':
      return t('valueNumber');
    case 'int':
      return t('valueWholeNumber');
    case 'boolean':
      return t('valueTrueOrFalse');
    case 'array':
      return t('valueList');
    case 'object':
      return t('valueObject');
    case 'null':
      return t('valueNull');
    default:
      return t('valueOther', expected);
  }
}

/** What kind of value was found, in words (never the value itself: it may be 20 MB). */
export function kindOfValue(value: unknown): string {
  if (value === null) return t('valueNull');
  if (Array.isArray(value)) return t('valueList');
  switch (typeof value) {
    case 'string':
      return t('valueText');
    case 'number':
      return t('valueNumber');
    case 'boolean':
      return t('valueTrueOrFalse');
    case 'object':
      return t('valueObject');
    default:
      return t('valueOther', typeof value);
  }
}

/**
 * A failure in one line a user can act on: where (the path in the value, or "value") and
 * what, for the first few problems, and how many more there are.
 */
export function describeIssuesInWords(error: z.ZodError, limit = 2): string {
  const described = error.issues.slice(0, limit).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : t('issueWhereWhole')}: ${issue.message}`);
  const more = error.issues.length - limit;
  return described.join('; ') + (more > 0 ? ` ${tn('issuesMore', more)}` : '');
}

/** A value the code was sure of that does not fit its schema; the message says why in the interface's language. */
export class InvalidValueError extends Error {
  override name = 'InvalidValueError';
}

/**
 * `schema.parse(value)` for a value whose failure a user may read ("Not saved: …"): zod's own
 * error's message is its issues as English JSON; this one throws them in words.
 */
export function parseInWords<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value, { error: issueInWords });
  if (!parsed.success) throw new InvalidValueError(describeIssuesInWords(parsed.error));
  return parsed.data;
}
