import type { PageTask } from './extract-page';

/** Where a page came from, as its JSON Lines line names it: the file, and for a WARC record its address and byte offset. */
export interface PageOrigin {
  file: string;
  url?: string;
  offset?: number;
}

/**
 * What reading the input gives, in input order: a page for the engine; a problem (a file or
 * record that cannot be read: reported on standard error, and the command exits 2 once the rest
 * is read); or a notice (records passed over that were never pages: reported, exit unchanged).
 */
export type InputItem =
  | { kind: 'page'; origin: PageOrigin; task: PageTask }
  /** cut: the input ended inside this record (so nothing after it was read). */
  | { kind: 'problem'; message: string; cut?: boolean }
  | { kind: 'notice'; message: string };

export const problem = (message: string): Extract<InputItem, { kind: 'problem' }> => ({ kind: 'problem', message });
