import type { Transcript } from '../lib/transcript-schema';
import { pageLink } from '../extension/view/page-link';
import { transcriptSite } from '../extension/view/transcript-site';
import { t } from '../extension/i18n/messages';
import { formatEventDate } from '../extension/i18n/dates';
import { kindName } from '../extension/i18n/transcript-words';

/** Title, then date, place, kind and site, with a link to the page itself (its address as text when it is not a web page's). */
export function TranscriptHeader({ transcript, titleId }: { transcript: Transcript; titleId?: string | undefined }) {
  const link = pageLink(transcript.url);
  const facts: [string, string | null][] = [
    [t('factDate'), transcript.date === null ? null : formatEventDate(transcript.date)],
    [t('factPlace'), transcript.place],
    [t('factKind'), kindName(transcript.kind)],
    [t('factSite'), transcriptSite(transcript)],
    [t('factAddress'), link === null && transcript.url !== '' ? transcript.url : null],
  ];
  return (
    <header class="transcript-header">
      <h1 id={titleId} tabIndex={titleId ? -1 : undefined}>
        <bdi>{transcript.title || t('untitledTranscript')}</bdi>
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
          {t('openThePage')}
        </a>
      )}
    </header>
  );
}
