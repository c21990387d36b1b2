import { diffWords } from 'diff';
import { t } from '../extension/i18n/messages';

/**
 * A turn's words, earlier and now, as one text with the words taken out struck through and the
 * words put in marked: `diff`'s word diff, each part built as a node (page text never becomes
 * markup). Screen readers hear "removed" and "added" before each part.
 */
export function WordChanges({ before, after }: { before: string; after: string }) {
  return (
    <p class="word-changes">
      {diffWords(before, after).map((part, i) =>
        part.removed ? (
          <del key={i}>
            <span class="visually-hidden">{t('wordsRemoved')} </span>
            <bdi>{part.value}</bdi>
          </del>
        ) : part.added ? (
          <ins key={i}>
            <span class="visually-hidden">{t('wordsAdded')} </span>
            <bdi>{part.value}</bdi>
          </ins>
        ) : (
          <bdi key={i}>{part.value}</bdi>
        ),
      )}
    </p>
  );
}
