import { useId, useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Transcript } from '../lib/transcript-schema';
import { filterOutline, isFiltering, NO_FILTER, type TranscriptFilter } from '../extension/view/transcript-filter';
import { outlineTranscript } from '../extension/view/transcript-outline';
import { ContentsList } from './ContentsList';
import { FilterBar } from './FilterBar';
import { OutlineList } from './OutlineList';
import { ParticipantList } from './ParticipantList';
import { TranscriptHeader } from './TranscriptHeader';
import { t, tn } from '../extension/i18n/messages';

interface TranscriptViewProps {
  transcript: Transcript;
  /** Shown between the header and the participants, and kept in view while scrolling: the popup's buttons. */
  actions?: ComponentChildren;
  /** The title's id, for a dialog or region the title names (the reader). */
  titleId?: string;
  /** A search term to start the word filter with (the library's search, carried into an opened entry). */
  initialQuery?: string;
}

/** The transcript as the popup and the library show it: header, participants, filter, contents, turns. */
export function TranscriptView({ transcript, actions, titleId, initialQuery }: TranscriptViewProps) {
  // The library's search is carried in where it finds something in the turns or topics; found only
  // in the title, it would leave the view empty.
  const [filter, setFilter] = useState<TranscriptFilter>(() => {
    const carried = { ...NO_FILTER, query: initialQuery?.trim() ?? '' };
    return carried.query !== '' && filterOutline(transcript, outlineTranscript(transcript), carried).length > 0 ? carried : NO_FILTER;
  });
  const [expandAll, setExpandAll] = useState(false);
  const anchorPrefix = useId();
  const outline = useMemo(() => outlineTranscript(transcript), [transcript]);
  const shown = useMemo(() => filterOutline(transcript, outline, filter), [transcript, outline, filter]);
  const total = transcript.exchanges.length;
  const shownExchanges = shown.filter((block) => block.kind === 'exchange').length;
  return (
    <div class="transcript-view">
      <TranscriptHeader transcript={transcript} titleId={titleId} />
      {actions}
      <ParticipantList participants={transcript.participants} speaker={filter.speaker} onSpeaker={(speaker) => setFilter({ ...filter, speaker })} />
      <section class="section" aria-labelledby="turns-heading">
        <h2 id="turns-heading">{total > 0 ? t('questionsAndAnswers', total) : t('transcript')}</h2>
        {(total > 0 || transcript.segments.length > 3) && <FilterBar filter={filter} participants={transcript.participants} onChange={setFilter} />}
        <div class="view-tools">
          <ContentsList transcript={transcript} blocks={shown} anchorPrefix={anchorPrefix} />
          <button type="button" class="link" aria-pressed={expandAll} onClick={() => setExpandAll(!expandAll)}>
            {t('expandAll')}
          </button>
        </div>
        <p class="filter-count" role="status">
          {isFiltering(filter) ? filterCount(shownExchanges, total, shown.length) : ''}
        </p>
        <OutlineList transcript={transcript} blocks={shown} query={filter.query} expandAll={expandAll} anchorPrefix={anchorPrefix} />
      </section>
    </div>
  );
}

function filterCount(shownExchanges: number, total: number, shownBlocks: number): string {
  if (shownBlocks === 0) return t('nothingMatches');
  if (total === 0) return t('showingMatchingTurns');
  return tn('showingExchanges', total, shownExchanges);
}
