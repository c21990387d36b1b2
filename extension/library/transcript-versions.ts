import { SCHEMA_VERSION } from '../../lib/schema-version';

/**
 * A transcript written by an older Verbatim (a library entry, an export, a file saved with
 * "Save JSON") brought to the current schema version; any other value is returned as it is,
 * for the schema to judge. Each step says only what the older version could not know.
 */
const STEPS: Record<number, (transcript: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 1 did not record when the page was read: say so rather than guess.
  2: (transcript) => ({ ...transcript, schemaVersion: 2, accessedAt: null }),
};

export function upgradeTranscript(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let transcript = value as Record<string, unknown>;
  let version = transcript.schemaVersion;
  while (typeof version === 'number' && Number.isInteger(version) && version < SCHEMA_VERSION && STEPS[version + 1]) {
    transcript = STEPS[version + 1]!(transcript);
    version = transcript.schemaVersion;
  }
  return transcript;
}

/** A library entry (`{ firstSavedAt, savedAt, transcript }`) with its transcript upgraded. */
export function upgradeEntry(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('transcript' in value)) return value;
  return { ...value, transcript: upgradeTranscript(value.transcript) };
}
