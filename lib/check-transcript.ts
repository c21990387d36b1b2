import type { Transcript } from './transcript-schema';

/**
 * Step 5 in the content script: the checks of `transcriptSchema` that the types alone do not
 * make, written out so the content script carries no schema library (zod is 64 % of its code
 * otherwise; docs/PERFORMANCE.md). zod's schema stays the contract: where data crosses a trust
 * boundary (messages, storage, imported files) it is parsed with zod, and a test holds this
 * check to the same verdict as the schema on every golden page and on broken ones.
 * Returns what is wrong, or null.
 */
export function checkTranscript(transcript: Transcript): string | null {
  const { segments } = transcript;
  if (!transcript.site) return 'site is empty';
  if (transcript.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(transcript.date)) return `date is not YYYY-MM-DD: ${transcript.date}`;
  if (transcript.accessedAt !== null && !isIsoTime(transcript.accessedAt)) return `accessedAt is not an ISO time: ${transcript.accessedAt}`;
  if (transcript.language.length < 2) return 'language is not a language code';
  for (const participant of transcript.participants) {
    if (!participant.name) return 'a participant has no name';
    if (participant.labels.some((label) => !label)) return `an empty label for ${participant.name}`;
    if (!isCount(participant.turns)) return `turns of ${participant.name} is not a count`;
  }
  for (const heading of transcript.headings) {
    if (!heading.text) return 'an empty heading';
    if (!isCount(heading.segment)) return 'a heading points nowhere';
  }
  for (const segment of segments) {
    if (segment.speaker === '' || segment.label === '' || segment.section === '') return 'a turn has an empty speaker, label or section';
    if (segment.paragraphs.some((paragraph) => !paragraph)) return 'a turn has an empty paragraph';
  }
  for (const exchange of transcript.exchanges) {
    if (exchange.question.length === 0) return 'an exchange has no question';
    if (![...exchange.question, ...exchange.answers].every(isCount)) return 'an exchange points nowhere';
  }
  return null;
}

/** zod's `z.iso.datetime()`: a real UTC time, seconds required, any fraction, `Z`. */
function isIsoTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(value);
  if (!match) return false;
  const time = Date.parse(`${match[1]}Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === match[1];
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
