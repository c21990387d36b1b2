import type { Participant } from '../lib/transcript-schema';
import type { TranscriptFilter } from '../extension/view/transcript-filter';
import { t } from '../extension/i18n/messages';

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
        {t('filterByWord')}
        <input
          type="search"
          value={filter.query}
          placeholder={t('filterPlaceholder')}
          onInput={(event) => onChange({ ...filter, query: event.currentTarget.value })}
        />
      </label>
      {participants.length > 0 && (
        <label>
          {t('speaker')}
          <select value={filter.speaker ?? ''} onChange={(event) => onChange({ ...filter, speaker: event.currentTarget.value || null })}>
            <option value="">{t('everyone')}</option>
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
