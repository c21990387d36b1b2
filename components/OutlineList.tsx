import type { Transcript } from '../lib/transcript-schema';
import type { OutlineBlock } from '../extension/transcript-outline';
import { ExchangeCard } from './ExchangeCard';
import { TurnView } from './TurnView';

function firstSegment(block: OutlineBlock): number {
  return block.kind === 'remarks' ? block.segments[0]! : Math.min(...block.question, ...block.answers);
}

/**
 * Remarks and exchanges in reading order, with the briefing's topic heading wherever it
 * changes. Exchanges keep their numbers when a filter hides the others.
 */
export function OutlineList({ transcript, blocks, query }: { transcript: Transcript; blocks: OutlineBlock[]; query: string }) {
  let topic: string | null = null;
  return (
    <div class="outline">
      {blocks.map((block) => {
        const first = firstSegment(block);
        const section = transcript.segments[first]!.section;
        const heading = section !== null && section !== topic ? <h3 class="topic" key={`topic-${first}`}>{section}</h3> : null;
        topic = section;
        const body =
          block.kind === 'exchange' ? (
            <ExchangeCard key={`exchange-${block.number}`} transcript={transcript} {...block} query={query} />
          ) : (
            <section key={`remarks-${first}`} class="remarks" aria-label={block.opening ? 'Opening remarks' : 'Remarks'}>
              {block.opening && <h3>Opening remarks</h3>}
              {block.segments.map((index) => (
                <TurnView key={index} turn={transcript.segments[index]!} query={query} />
              ))}
            </section>
          );
        return [heading, body];
      })}
    </div>
  );
}
