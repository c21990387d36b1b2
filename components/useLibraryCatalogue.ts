import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { coalesce } from '../extension/view/coalesce';
import type { ListedEntry } from '../extension/library/card';
import { withCardChanges } from '../extension/library/card-changes';
import { listCards, watchLibrary, type DamagedEntry } from '../extension/library/store';
import { storageUsage, type StorageUsage } from '../extension/library/storage-usage';

/** The cards of the library, and the entries that cannot be read. */
export interface Catalogue {
  entries: ListedEntry[];
  damaged: DamagedEntry[];
}

export interface LibraryCatalogue {
  /** Null until the cards are first read. */
  listing: Catalogue | null;
  usage: StorageUsage | null;
  /** Runs `task` (an import) with the watch paused, then reads every card once. */
  whileImporting(task: () => Promise<void>): Promise<void>;
}

/**
 * The library page's catalogue, kept current: every card read once on opening, then each
 * change applied as it comes (a save or a delete changes its row alone), and every card read
 * again only when a change cannot be told from itself (card-changes.ts). One full reading at a
 * time, however many changes ask for it; none while this page imports (it reads once at the end).
 */
export function useLibraryCatalogue(): LibraryCatalogue {
  const [listing, setListing] = useState<Catalogue | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const importing = useRef(false);
  const reading = useRef(false);
  const { load, countUsage } = useMemo(
    () => ({
      load: coalesce(async () => {
        reading.current = true;
        try {
          // The list as soon as the cards are read; the storage line when the browser has counted.
          const usageCounted = storageUsage().then(setUsage);
          setListing(await listCards());
          await usageCounted;
        } finally {
          reading.current = false;
        }
      }),
      countUsage: coalesce(() => storageUsage().then(setUsage)),
    }),
    [],
  );

  useEffect(() => {
    void load();
    return watchLibrary((cards) => {
      if (importing.current) return;
      // A reading under way may have read the cards before this change: it reads them again.
      if (cards === 'reload' || reading.current) {
        void load();
        return;
      }
      setListing((before) =>
        before === null ? before : { entries: withCardChanges(before.entries, cards), damaged: before.damaged.filter((damaged) => !cards.has(damaged.id)) },
      );
      void countUsage();
    });
  }, [load, countUsage]);

  async function whileImporting(task: () => Promise<void>): Promise<void> {
    importing.current = true;
    try {
      await task();
    } finally {
      importing.current = false;
    }
    await load();
  }

  return { listing, usage, whileImporting };
}
