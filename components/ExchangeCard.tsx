import type { Segment, Transcript } from '../lib/transcript-schema';
import { TurnView } from './TurnView';
import { t } from '../extension/i18n/messages';

interface ExchangeCardProps {
  transcript: Transcript;
  number: number;
  question: number[];
  answers: number[];
  query: string;
  expandAll: boolean;
  /** The card's id, for the contents list's link. */
  anchorId: string;
}

/**
 * Who asks, when the page says more than "Question": the participant, else a label of several
 * words ("Question (RIA Novosti)"). A bare "Question:", "Вопрос:" or "Q:" says nothing the
 * card's heading does not.
 */
function askerOf(turn: Segment): string | null {
  const label = turn.label?.replace(/(?<!\s)\s*[:：]\s*$/, '') ?? null;
  return turn.speaker ?? (label !== null && /\s/.test(label) ? label : null);
}

/**
 * A numbered exchange: "Question N" and who asks, the question (or run of questions) whole, then
 * the answers. A follow-up question names its asker only when another person asks it.
 */
export function ExchangeCard({ transcript, number, question, answers, query, expandAll, anchorId }: ExchangeCardProps) {
  const headingId = `${anchorId}-heading`;
  const asker = askerOf(transcript.segments[question[0]!]!);
  let lastAsker = asker;
  return (
    <article class="exchange" id={anchorId} tabIndex={-1} aria-labelledby={headingId}>
      <h3 class="exchange-heading" id={headingId}>
        <span class="exchange-number">{t('questionNumber', number)}</span>
        {asker !== null && (
          <span class="asker">
            {' · '}
            <bdi>{asker}</bdi>
          </span>
        )}
      </h3>
      {question.map((index, i) => {
        const turnAsker = askerOf(transcript.segments[index]!);
        const showSpeaker = i > 0 && turnAsker !== null && turnAsker !== lastAsker;
        if (i > 0 && turnAsker !== null) lastAsker = turnAsker;
        return <TurnView key={index} index={index} turn={transcript.segments[index]!} query={query} expandAll={expandAll} showSpeaker={showSpeaker} />;
      })}
      {answers.map((index) => (
        <TurnView key={index} index={index} turn={transcript.segments[index]!} query={query} expandAll={expandAll} />
      ))}
      {answers.length === 0 && <p class="no-answer">{t('noAnswer')}</p>}
    </article>
  );
}
