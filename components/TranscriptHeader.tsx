import type { Transcript } from '../lib/transcript-schema';
import { transcriptSite } from '../extension/transcript-site';

const KIND_NAMES: Record<Transcript['kind'], string> = {
  'press-conference': 'Press conference',
  briefing: 'Briefing',
  interview: 'Interview',
  remarks: 'Remarks',
  'answers-to-questions': 'Answers to questions',
  statement: 'Statement',
  other: 'Other',
};

/** Title, then date, place, kind and site, with a link to the page itself. */
export function TranscriptHeader({ transcript }: { transcript: Transcript }) {
  const facts: [string, string | null][] = [
    ['Date', transcript.date],
    ['Place', transcript.place],
    ['Kind', KIND_NAMES[transcript.kind]],
    ['Site', transcriptSite(transcript)],
  ];
  return (
    <header class="transcript-header">
      <h1>{transcript.title || 'Untitled transcript'}</h1>
      <dl class="facts">
        {facts
          .filter((fact): fact is [string, string] => fact[1] !== null)
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <a href={transcript.url} target="_blank" rel="noreferrer noopener">
        Open the page
      </a>
    </header>
  );
}
