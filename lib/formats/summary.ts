import { summarizeTranscript } from '../summary';
import type { TranscriptFormat } from './format';

/** The short Markdown summary the popup's "Copy summary" makes (lib/summary.ts). */
export const summaryFormat: TranscriptFormat = {
  id: 'summary',
  label: 'Markdown summary',
  mediaType: 'text/markdown',
  extension: 'md',
  scope: 'transcript',
  render: (record) => summarizeTranscript(record.transcript),
};
