import { createContext } from 'preact';
import type { Segment } from '../lib/transcript-schema';

/** What the reader view adds to the turns the popup and the library show: speaker colours, links back to the page. */
export interface ReaderSupport {
  /** The speaker's colour (0 … SPEAKER_COLOURS - 1), or null for a turn no participant speaks. */
  colourOf(speaker: string | null): number | null;
  /** The address of the turn's passage in the original page (a text fragment), or null. */
  passageHref(turn: Segment): string | null;
  /**
   * Shows the passage in the page under the reader (in the page only): true when it did, and
   * the link is not followed; false to follow the link instead.
   */
  showInPage?(turn: Segment): boolean;
}

/** Null in the popup and the library, which show no colours and no links to passages. */
export const ReaderSupportContext = createContext<ReaderSupport | null>(null);
