import type { Transcript } from '../lib/transcript-schema';
import type { OutlineBlock } from '../extension/view/transcript-outline';
import { ExchangeCard } from './ExchangeCard';
import { TurnView } from './TurnView';
import { t } from '../extension/i18n/messages';

/** The id of a topic's heading or an exchange's card, for the contents list's links. */
export function blockAnchor(prefix: string, block: Exclude<OutlineBlock, { kind: 'remarks' }>): string {
  return `${prefix}-${block.kind}-${block.number}`;
}

interface OutlineListProps {
  transcript: Transcript;
  blocks: OutlineBlock[];
  query: string;
  expandAll: boolean;
  /** Prefix of the anchors' ids, unique on the page. */
  anchorPrefix: string;
}

/**
 * Topic headings, remarks and exchanges in reading order, each topic where it stands.
 * Exchanges keep their numbers when a filter hides the others.
 */
export function OutlineList({ transcript, blocks, query, expandAll, anchorPrefix }: OutlineListProps) {
  return (
    <div class="outline">
      {blocks.map((block) => {
        if (block.kind === 'topic') {
          return (
            <h3 class="topic" key={`topic-${block.number}`} id={blockAnchor(anchorPrefix, block)} tabIndex={-1}>
              <bdi>{block.text}</bdi>
            </h3>
          );
        }
        if (block.kind === 'exchange') {
          return (
            <ExchangeCard
              key={`exchange-${block.number}`}
              transcript={transcript}
              {...block}
              query={query}
              expandAll={expandAll}
              anchorId={blockAnchor(anchorPrefix, block)}
            />
          );
        }
        return (
          // Not a landmark: a long briefing has many runs of remarks, and landmarks must be few and named apart.
          <div key={`remarks-${block.segments[0]}`} class="remarks">
            {block.opening && <h3>{t('openingRemarks')}</h3>}
            {block.segments.map((index) => (
              <TurnView key={index} index={index} turn={transcript.segments[index]!} query={query} expandAll={expandAll} />
            ))}
          </div>
        );
      })}
    </div>
  );
}
