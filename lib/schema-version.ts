/**
 * The version of the transcript's shape (lib/transcript-schema.ts). Bump it on any change an
 * old reader could misread, and add a migration in the library. A module of its own so the
 * content script can stamp transcripts without loading the schema library.
 */
export const SCHEMA_VERSION = 2;

/*
 * History:
 *   1  the first shape.
 *   2  `accessedAt`: when the page was read (extension/library/transcript-versions.ts upgrades a version 1 value).
 */
