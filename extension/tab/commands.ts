/**
 * The manifest's own keyboard commands (wxt.config.ts declares them; the background answers
 * them). Imports nothing: the build's configuration reads it.
 */

/** Lays the reader view over the active tab (extension/tab/reader-command.ts). */
export const OPEN_READER_COMMAND = 'open-reader';
