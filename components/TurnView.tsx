import { useContext, useId, useState } from 'preact/hooks';
import { firstSentences } from '../lib/text/sentences';
import type { Segment } from '../lib/transcript-schema';
import { HighlightedText } from './HighlightedText';
import { QuoteAction } from './QuoteAction';
import { ReaderSupportContext } from './ReaderSupport';
import { t } from '../extension/i18n/messages';
import { turnKindName } from '../extension/i18n/transcript-words';

/** What a screen reader hears after "Show more": whose turn it opens. */
const SHOW_MORE_OF = { question: 'showMoreOf_question', answer: 'showMoreOf_answer', remarks: 'showMoreOf_remarks' } as const;

/** A long remark or answer shows this many sentences until it is expanded; questions are always whole. */
const COLLAPSED_SENTENCES = 2;

/** Who a turn belongs to, as the reader needs it: a question by its asker's label, else the speaker. */
export function turnHeading(turn: Segment): string {
  const label = turn.label?.replace(/(?<!\s)\s*[:：]\s*$/, '') ?? null;
  if (turn.kind === 'question') return label ?? turn.speaker ?? turnKindName('question');
  return turn.speaker ?? label ?? turnKindName(turn.kind === 'answer' ? 'answer' : 'remarks');
}

interface TurnViewProps {
  turn: Segment;
  /** The turn's index in `segments`: what "Copy quote" quotes. */
  index: number;
  query: string;
  /** "Expand all": every turn whole. */
  expandAll: boolean;
  /** False where the exchange's heading already names the asker. */
  showSpeaker?: boolean;
}

/** One turn: who speaks, then the words; long remarks and answers collapsed to their first sentences. */
export function TurnView({ turn, index, query, expandAll, showSpeaker = true }: TurnViewProps) {
  const [expanded, setExpanded] = useState(false);
  const copyQuote = useContext(QuoteAction);
  const reader = useContext(ReaderSupportContext);
  const textId = useId();
  const speakerId = useId();
  const whole = turn.paragraphs.join(' ');
  const opening = firstSentences(whole, COLLAPSED_SENTENCES);
  const filtering = query.trim() !== '';
  const collapsible = turn.kind !== 'question' && opening.length < whole.length;
  // While filtering, show turns whole so that every match can be seen.
  const open = !collapsible || expanded || expandAll || filtering;
  const heading = turnHeading(turn);
  const toggle = collapsible && !expandAll && !filtering;
  const quotable = copyQuote !== null && turn.kind === 'answer' && turn.paragraphs.length > 0;
  // In the reader: the speaker's colour (the name is always written too) and a link back to the passage.
  const colour = reader?.colourOf(turn.speaker) ?? null;
  const passage = reader?.passageHref(turn) ?? null;
  return (
    <div class={`turn ${turn.kind}${colour === null ? '' : ` speaker-${colour}`}`}>
      {showSpeaker ? (
        <div class="turn-speaker" id={speakerId}>
          <bdi>{heading}</bdi>
        </div>
      ) : (
        <span class="visually-hidden" id={speakerId}>
          <bdi>{heading}</bdi>
        </span>
      )}
      <div class="turn-text" id={textId}>
        {open ? (
          turn.paragraphs.map((paragraph, i) => (
            <p key={i}>
              <bdi>
                <HighlightedText text={paragraph} query={query} />
              </bdi>
            </p>
          ))
        ) : (
          <p>
            <bdi>{opening}</bdi> …
          </p>
        )}
      </div>
      {(toggle || quotable || passage !== null) && (
        <div class="turn-tools">
          {toggle && (
            <button type="button" class="link" aria-expanded={expanded} aria-controls={textId} onClick={() => setExpanded(!expanded)}>
              {expanded ? t('showLess') : t('showMore')}
              <span class="visually-hidden"> {t(SHOW_MORE_OF[turn.kind], heading)}</span>
            </button>
          )}
          {quotable && (
            <button type="button" class="link" aria-describedby={speakerId} onClick={() => copyQuote(index)}>
              {t('copyQuote')}
            </button>
          )}
          {passage !== null && (
            <a
              href={passage}
              target={reader?.showInPage ? undefined : '_blank'}
              rel="noreferrer noopener"
              aria-describedby={speakerId}
              onClick={(event) => {
                if (reader?.showInPage?.(turn)) event.preventDefault();
              }}
            >
              {t('showInPage')}
            </a>
          )}
        </div>
      )}
    </div>
  );
}
