import type { Transcript } from '../lib/transcript-schema';
import { KIND_NAMES } from '../lib/kind-names';
import { pageLink } from '../extension/page-link';
import { transcriptSite } from '../extension/transcript-site';

/** Title, then date, place, kind and site, with a link to the page itself (its address as text when it is not a web page's). */
export function TranscriptHeader({ transcript, titleId }: { transcript: Transcript; titleId?: string | undefined }) {
  const link = pageLink(transcript.url);
  const facts: [string, string | null][] = [
    ['Date', transcript.date],
    ['Place', transcript.place],
    ['Kind', KIND_NAMES[transcript.kind]],
    ['Site', transcriptSite(transcript)],
    ['Address', link === null && transcript.url !== '' ? transcript.url : null],
  ];
  return (
    <header class="transcript-header">
      <h1 id={titleId} tabIndex={titleId ? -1 : undefined}>
        <bdi>{transcript.title || 'Untitled transcript'}</bdi>
      </h1>
      <dl class="facts">
        {facts
          .filter((fact): fact is [string, string] => fact[1] !== null)
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                <bdi>{value}</bdi>
              </dd>
            </div>
          ))}
      </dl>
      {link !== null && (
        <a href={link} target="_blank" rel="noreferrer noopener">
          Open the page
        </a>
      )}
    </header>
  );
}
