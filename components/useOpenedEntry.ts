import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ListedEntry } from '../extension/library/card';
import type { LibraryEntry } from '../extension/library/entry';
import { getEntry } from '../extension/library/store';
import { LIBRARY_SEARCH_ID } from './LibraryToolbar';

/** The opened entry's title: where the focus goes when an entry opens. */
export const OPENED_TITLE_ID = 'opened-entry-title';

/** The entry the address names (`#entry=<id>`), or null for the list. */
function openEntryId(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('entry');
}

/** Which of the entry's editions the address names (`&edition=<n>`, an earlier text kept); 0 for its text as last saved. */
function openEditionIndex(): number {
  const index = Number(new URLSearchParams(location.hash.slice(1)).get('edition') ?? 0);
  return Number.isInteger(index) && index > 0 ? index : 0;
}

export interface OpenedEntry {
  /** The entry the address names, or null for the list. */
  openId: string | null;
  editionIndex: number;
  /** Its card, once the list is read and holds it. */
  openListed: ListedEntry | undefined;
  /** Its whole entry: undefined while it is read, null when there is none (deleted, damaged). */
  entry: LibraryEntry | null | undefined;
  /** Changes when its card does (saved again, an edition kept or deleted): the view's key. */
  stamp: string | null;
}

/**
 * The library entry the page's address opens (`#entry=<id>&edition=<n>`), read whole when it is
 * opened (the list holds only the cards) and again when its card changes (saved again, an
 * edition kept or deleted). The focus follows: to the entry's title when it opens, back to the
 * search when it closes.
 */
export function useOpenedEntry(entries: readonly ListedEntry[], listed: boolean): OpenedEntry {
  const [openId, setOpenId] = useState(openEntryId);
  const [editionIndex, setEditionIndex] = useState(openEditionIndex);
  const [opened, setOpened] = useState<{ id: string; entry: LibraryEntry | null } | null>(null);

  useEffect(() => {
    const followHash = () => {
      setOpenId(openEntryId());
      setEditionIndex(openEditionIndex());
    };
    window.addEventListener('hashchange', followHash);
    return () => window.removeEventListener('hashchange', followHash);
  }, []);

  const openListed = openId === null ? undefined : entries.find((entry) => entry.id === openId);
  const openStamp = openListed ? `${openListed.card.savedAt}:${openListed.card.editions.length}` : null;
  useEffect(() => {
    if (openId === null || !listed) return undefined;
    let current = true;
    getEntry(openId).then(
      (entry) => current && setOpened({ id: openId, entry }),
      () => current && setOpened({ id: openId, entry: null }),
    );
    return () => {
      current = false;
    };
  }, [openId, openStamp, listed]);

  // A layout effect, so that the focus moves in the same task as the render that shows the title:
  // nothing (a reader's keystroke, a test's check) can come between the title shown and it focused.
  const wasOpen = useRef(false);
  const entryShown = openId !== null && listed;
  useLayoutEffect(() => {
    if (entryShown) document.getElementById(OPENED_TITLE_ID)?.focus();
    else if (wasOpen.current) document.getElementById(LIBRARY_SEARCH_ID)?.focus();
    wasOpen.current = entryShown;
  }, [entryShown, openId, opened]);

  return { openId, editionIndex, openListed, entry: opened?.id === openId ? opened.entry : undefined, stamp: openStamp };
}
