/**
 * Wraps an async task so that calls made while it runs do not start copies of it: they are
 * answered by one more run once the current one ends. The library page reloads its listing
 * on every storage change; an import of a thousand entries is a thousand changes, and each
 * reload reads the whole library.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again: Promise<void> | null = null;
  const run = (): Promise<void> => {
    running = task().finally(() => {
      running = null;
    });
    return running;
  };
  return () => {
    if (!running) return run();
    again ??= running.then(
      () => {
        again = null;
        return run();
      },
      () => {
        again = null;
        return run();
      },
    );
    return again;
  };
}
