import { createContext } from 'preact';

/**
 * "Copy quote" for a turn, by its index in `segments`, where the view offers it (the popup);
 * null where it does not. A context, so that the turns deep in the view need no prop for it.
 */
export const QuoteAction = createContext<((segment: number) => void) | null>(null);
