import { useId, useState } from 'preact/hooks';
import { firstSentences } from '../lib/text/sentences';
import type { Segment } from '../lib/transcript-schema';
import { HighlightedText } from './HighlightedText';

/** A long turn shows this many sentences until it is expanded. */
export const COLLAPSED_SENTENCES = 2;

/** Who a turn belongs to, as the reader needs it: a question by its asker's label, else the speaker. */
export function turnHeading(turn: Segment): string {
  const label = turn.label?.replace(/(?<!\s)\s*:\s*$/, '') ?? null;
  if (turn.kind === 'question') return label ?? turn.speaker ?? 'Question';
  return turn.speaker ?? label ?? (turn.kind === 'answer' ? 'Answer' : 'Remarks');
}

/** One turn: who speaks, then the words, long turns collapsed to their first sentences. */
export function TurnView({ turn, query }: { turn: Segment; query: string }) {
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  const whole = turn.paragraphs.join(' ');
  const opening = firstSentences(whole, COLLAPSED_SENTENCES);
  const collapsible = opening.length < whole.length;
  // While filtering, show turns whole so that every match can be seen.
  const open = expanded || !collapsible || query.trim() !== '';
  const heading = turnHeading(turn);
  return (
    <div class={`turn ${turn.kind}`}>
      <div class="turn-speaker">{heading}</div>
      <div class="turn-text" id={textId}>
        {open ? (
          turn.paragraphs.map((paragraph, i) => (
            <p key={i}>
              <HighlightedText text={paragraph} query={query} />
            </p>
          ))
        ) : (
          <p>{opening} …</p>
        )}
      </div>
      {collapsible && query.trim() === '' && (
        <button
          type="button"
          class="link"
          aria-expanded={expanded}
          aria-controls={textId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : 'Show more'}
          <span class="visually-hidden">{` of ${heading}'s ${turn.kind}`}</span>
        </button>
      )}
    </div>
  );
}
