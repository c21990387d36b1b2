import { findSnippet, type LibrarySnippet as Snippet } from '../extension/library/snippet';
import type { Transcript } from '../lib/transcript-schema';
import { HighlightedText } from './HighlightedText';
import { turnHeading } from './TurnView';
import { t } from '../extension/i18n/messages';
import { turnKindName } from '../extension/i18n/transcript-words';

/** Where in the transcript a turn is: "Answer 3", "Question 3", "Remarks". */
function turnPlace(snippet: Snippet): string {
  if (snippet.exchange === null || snippet.kind === 'remarks') return turnKindName(snippet.kind);
  return t(snippet.kind === 'question' ? 'turnNumbered_question' : 'turnNumbered_answer', snippet.exchange);
}

/**
 * Under a search result's title: the turn the searched words were found in ("Answer 3 · Sergey
 * Lavrov") and a little of its text around them, each word marked. Nothing when the words
 * matched only the title, the site or a speaker's name.
 */
export function LibrarySnippet({ transcript, words }: { transcript: Transcript; words: string[] }) {
  const snippet = findSnippet(transcript, words);
  if (!snippet) return null;
  const place = turnPlace(snippet);
  const who = turnHeading(transcript.segments[snippet.turn]!);
  return (
    <p class="snippet">
      <span class="snippet-turn">
        {place}
        {who !== turnKindName(snippet.kind) && (
          <>
            {' · '}
            <bdi>{who}</bdi>
          </>
        )}
        {': '}
      </span>
      <bdi>
        {snippet.cutBefore && '… '}
        <HighlightedText text={snippet.text} words={words} />
        {snippet.cutAfter && ' …'}
      </bdi>
    </p>
  );
}
