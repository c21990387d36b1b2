import { useEffect, useState } from 'preact/hooks';
import type { Transcript } from '../lib/transcript-schema';
import { coalesce } from '../extension/view/coalesce';
import { showLibrary } from '../extension/library/tab';
import { watchLibrary } from '../extension/library/store';
import { savedElsewhere, type SavedElsewhere as Found } from '../extension/library/saved-elsewhere';
import { formatDay, formatMoment } from '../extension/i18n/dates';
import { t } from '../extension/i18n/messages';
import { slot, withParts } from './message-parts';

/**
 * The least time between two looks at the library once it changes: each look reads every card,
 * and an import or a capture elsewhere changes the library thousands of times.
 */
const RECHECK_GAP_MS = 1000;

/**
 * Above the popup's transcript, when the library holds the same transcript saved from another
 * address: "Already saved from <site> on <date>", that address, "Open in library", and what
 * saving it here does (adds this address as another edition, listed with the one saved: not a
 * second, unrelated copy). Looks again when the library changes, at most once a second.
 */
export function SavedElsewhere({ transcript }: { transcript: Transcript }) {
  const [found, setFound] = useState<Found | null>(null);
  useEffect(() => {
    let current = true;
    const check = () =>
      savedElsewhere(transcript).then(
        (match) => current && setFound(match),
        // The library could not be read: nothing to say about it.
        () => current && setFound(null),
      );
    void check();
    const recheck = coalesce(async () => {
      await new Promise((resolve) => setTimeout(resolve, RECHECK_GAP_MS));
      if (current) await check();
    });
    const stop = watchLibrary(() => void recheck());
    return () => {
      current = false;
      stop();
    };
  }, [transcript]);

  if (!found) return null;
  const { card } = found;
  return (
    <section class="saved-elsewhere" aria-labelledby="saved-elsewhere-heading">
      <h2 id="saved-elsewhere-heading">
        {withParts(
          t('savedElsewhereHeading', slot(0), slot(1)),
          <bdi>{card.site}</bdi>,
          <time dateTime={card.savedAt} title={formatMoment(card.savedAt)}>
            {formatDay(card.savedAt)}
          </time>,
        )}
      </h2>
      <p>
        {withParts(
          t('savedElsewhereText', slot(0)),
          <a href={card.url} target="_blank" rel="noreferrer noopener">
            <bdi>{card.url}</bdi>
          </a>,
        )}
      </p>
      <div class="action-buttons">
        <button type="button" onClick={() => void showLibrary(found.id)}>
          {t('openInLibrary')}
        </button>
      </div>
    </section>
  );
}
