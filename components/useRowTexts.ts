import { useEffect, useRef, useState } from 'preact/hooks';
import { cardStamp, type ListedEntry } from '../extension/library/card';
import { readEntries } from '../extension/library/store';
import type { Transcript } from '../lib/transcript-schema';

/**
 * The texts of the rows the list shows, read when `wanted` (a search, whose snippets quote them)
 * and kept for those rows only: a hundred rows at a time, never the library's thousands.
 * Returns each row's text once read (undefined until then).
 */
export function useRowTexts(rows: ListedEntry[], wanted: boolean): (row: ListedEntry) => Transcript | undefined {
  const [texts, setTexts] = useState<ReadonlyMap<string, { stamp: string; transcript: Transcript }>>(new Map());
  const latest = useRef(rows);
  latest.current = rows;
  useEffect(() => {
    if (!wanted) return;
    const missing = rows.filter((row) => texts.get(row.id)?.stamp !== cardStamp(row.card));
    if (missing.length === 0) return;
    const stamps = new Map(missing.map((row) => [row.id, cardStamp(row.card)]));
    void readEntries([...stamps.keys()]).then(
      ({ entries }) =>
        setTexts((before) => {
          const keep = new Set(latest.current.map((row) => row.id));
          const next = new Map([...before].filter(([id]) => keep.has(id)));
          for (const { id, entry } of entries) next.set(id, { stamp: stamps.get(id)!, transcript: entry.transcript });
          return next;
        }),
      // A text that cannot be read has no snippet; its row is listed all the same.
      () => undefined,
    );
  }, [rows, wanted]);
  return (row) => {
    const text = texts.get(row.id);
    return text?.stamp === cardStamp(row.card) ? text.transcript : undefined;
  };
}
