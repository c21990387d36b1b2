import type { Transcript } from '../../lib/transcript-schema';

/**
 * How many colours the reader gives speakers (components/reader.css defines `speaker-0` …
 * `speaker-7`, each readable on the light and the dark background). Past eight speakers the
 * colours repeat; the name is always written beside the colour, so no one is told by colour alone.
 */
export const SPEAKER_COLOURS = 8;

/**
 * A colour for each speaker of a transcript: its participants in order of first turn, the
 * first eight each a different colour. It depends on the transcript only, never on what a
 * filter shows, so a speaker keeps their colour while the reader narrows and widens.
 */
export function speakerColours(transcript: Pick<Transcript, 'participants'>): Map<string, number> {
  const colours = new Map<string, number>();
  for (const participant of transcript.participants) {
    if (!colours.has(participant.name)) colours.set(participant.name, colours.size % SPEAKER_COLOURS);
  }
  return colours;
}
