import type { Participant } from '../lib/transcript-schema';
import type { TranscriptFilter } from '../extension/transcript-filter';

interface FilterBarProps {
  filter: TranscriptFilter;
  participants: Participant[];
  onChange: (filter: TranscriptFilter) => void;
}

/** A word to look for (in turns and topic headings) and a speaker to follow; the view narrows to the exchanges that have them. */
export function FilterBar({ filter, participants, onChange }: FilterBarProps) {
  return (
    <div class="filter-bar" role="search">
      <label>
        Filter by word
        <input
          type="search"
          value={filter.query}
          placeholder="e.g. sanctions"
          onInput={(event) => onChange({ ...filter, query: event.currentTarget.value })}
        />
      </label>
      {participants.length > 0 && (
        <label>
          Speaker
          <select
            value={filter.speaker ?? ''}
            onChange={(event) => onChange({ ...filter, speaker: event.currentTarget.value || null })}
          >
            <option value="">Everyone</option>
            {participants.map((participant) => (
              <option key={participant.name} value={participant.name}>
                {participant.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
