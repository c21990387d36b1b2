import type { Transcript } from '../lib/transcript-schema';
import type { OutlineBlock } from '../extension/view/transcript-outline';
import { blockAnchor } from './OutlineList';
import { t } from '../extension/i18n/messages';

/** How much of a question the contents list shows. */
const QUESTION_CHARACTERS = 80;

/** A question's opening for the contents list, cut at a word's end with "…". */
function questionOpening(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= QUESTION_CHARACTERS) return words;
  const cut = words.slice(0, QUESTION_CHARACTERS);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUESTION_CHARACTERS / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:.-])[\s,;:.-]+$/, '')}…`;
}

/**
 * Scrolls to a topic or an exchange and gives it the focus, without touching the address: the
 * library's address names the open entry (`#entry=<id>`).
 */
function jumpTo(event: MouseEvent, id: string) {
  event.preventDefault();
  // The document, or the reader's shadow root in a page: both find their own ids.
  const root = (event.currentTarget as Node).getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

interface ContentsListProps {
  transcript: Transcript;
  blocks: OutlineBlock[];
  anchorPrefix: string;
}

/** Every topic and question shown, each a link that jumps to it; folded until opened. */
export function ContentsList({ transcript, blocks, anchorPrefix }: ContentsListProps) {
  const entries = blocks.filter((block): block is Exclude<OutlineBlock, { kind: 'remarks' }> => block.kind !== 'remarks');
  if (entries.length === 0) return null;
  return (
    <details class="contents">
      <summary>{t('contents')}</summary>
      <nav aria-label={t('contents')}>
        <ul>
          {entries.map((block) => {
            const id = blockAnchor(anchorPrefix, block);
            const text =
              block.kind === 'topic'
                ? block.text
                : questionOpening(block.question.map((index) => transcript.segments[index]!.paragraphs.join(' ')).join(' ')) || t('noWords');
            return (
              <li key={id} class={`contents-${block.kind}`}>
                <a href={`#${id}`} onClick={(event) => jumpTo(event, id)}>
                  {block.kind === 'exchange' && <span class="contents-number">{block.number}. </span>}
                  <bdi>{text}</bdi>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </details>
  );
}
