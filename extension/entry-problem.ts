import type { z } from 'zod';
import { SCHEMA_VERSION } from '../lib/schema-version';
import { describeIssues } from './describe-issues';

/**
 * Why a value (read back from storage, or found in an imported file) is not a library entry,
 * in words: the two cases a user can act on are named outright, the rest are zod's findings.
 */
export function entryProblem(value: unknown, error: z.ZodError): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `not a saved transcript but ${kindOf(value)}`;
  }
  const transcript = (value as { transcript?: unknown }).transcript;
  const version = typeof transcript === 'object' && transcript !== null ? (transcript as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    return (
      `written in transcript schema version ${JSON.stringify(version)}, which this version of Verbatim ` +
      `does not read (it reads version ${SCHEMA_VERSION})`
    );
  }
  return describeIssues(error);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `a text (“${value.slice(0, 37)}…”)` : `a text (“${value}”)`;
  return `a ${typeof value} (${String(value)})`;
}
