import type { Transcript } from '../lib/transcript-schema';
import { TurnView } from './TurnView';

interface ExchangeCardProps {
  transcript: Transcript;
  number: number;
  question: number[];
  answers: number[];
  query: string;
}

/** A numbered exchange: the question (or run of questions), then the answers. */
export function ExchangeCard({ transcript, number, question, answers, query }: ExchangeCardProps) {
  const headingId = `exchange-${number}`;
  return (
    <article class="exchange" aria-labelledby={headingId}>
      <h3 class="exchange-number" id={headingId}>
        Question {number}
      </h3>
      {[...question, ...answers].map((index) => (
        <TurnView key={index} turn={transcript.segments[index]!} query={query} />
      ))}
      {answers.length === 0 && <p class="exchange-number">No answer given.</p>}
    </article>
  );
}
