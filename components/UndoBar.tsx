import { useEffect, useRef } from 'preact/hooks';

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
        Deleted “<bdi>{title}</bdi>”.
      </span>
      <button ref={undoButton} type="button" class="primary" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
