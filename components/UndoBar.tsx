import { useEffect, useRef } from 'preact/hooks';
import { t } from '../extension/i18n/messages';

interface UndoBarProps {
  title: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * After a delete: what was deleted, and the way back. Stays until dismissed or replaced; takes
 * the focus, which the deleted row's button had, so the keyboard is one key away from undoing.
 */
export function UndoBar({ title, onUndo, onDismiss }: UndoBarProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => undoButton.current?.focus(), [title]);
  return (
    <div class="undo-bar">
      <span role="status">
        {t('deleted')} {t('quoteOpen')}<bdi>{title}</bdi>{t('quoteClose')}.
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
