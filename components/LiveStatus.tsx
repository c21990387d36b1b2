import { useCallback, useState } from 'preact/hooks';

export interface StatusNote {
  text: string;
  tone: 'done' | 'problem';
}

/**
 * A sentence saying what just happened, in a live region a screen reader announces. Saying the
 * same thing twice changes an invisible character so that it is announced again.
 */
export function useStatusNote(): [StatusNote | null, (note: StatusNote) => void] {
  const [note, setNote] = useState<StatusNote | null>(null);
  const announce = useCallback((next: StatusNote) => {
    setNote((current) => (current?.text === next.text ? { ...next, text: `${next.text}\u00a0` } : next));
  }, []);
  return [note, announce];
}

export function LiveStatus({ note }: { note: StatusNote | null }) {
  return (
    <p class={`status-line ${note?.tone ?? ''}`} role="status" aria-live="polite">
      {note?.text ?? ''}
    </p>
  );
}
