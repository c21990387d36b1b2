import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, tn } from '../extension/i18n/messages';
import { slot, withParts } from './message-parts';

interface UndoBarProps {
  title: string;
  /** How many editions went: more than one for a whole transcript saved from several addresses. */
  editions?: number;
  /** The site of the one edition deleted, when one edition of several was. */
  editionFrom?: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * After a delete: what was deleted (a transcript, its N editions, or one edition of it), and the
 * way back. Stays until dismissed or replaced; takes the focus, which the deleted row's button
 * had, so the keyboard is one key away from undoing.
 */
export function UndoBar({ title, editions = 1, editionFrom, onUndo, onDismiss }: UndoBarProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => undoButton.current?.focus(), [title, editions, editionFrom]);
  return (
    <div class="undo-bar">
      <span role="status">
        {editionFrom !== undefined
          ? withParts(t('deletedEdition', slot(0), slot(1)), <bdi>{editionFrom}</bdi>, <bdi>{title}</bdi>)
          : editions > 1
            ? withParts(tn('deletedEditions', editions, slot(0)), <bdi>{title}</bdi>)
            : withParts(t('deletedTranscript', slot(0)), <bdi>{title}</bdi>)}
      </span>
      <button ref={undoButton} type="button" class="primary" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" class="link" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
