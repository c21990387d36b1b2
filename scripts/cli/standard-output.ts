import { once } from 'node:events';

/**
 * Writes to standard output and waits while it is full, so that a slow reader (a pipe to gzip,
 * a file on a slow disk) holds the reading back rather than letting lines pile up in memory.
 */
export async function writeOut(content: string | Uint8Array, stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (!stdout.write(content)) await once(stdout, 'drain');
}

/**
 * A reader that stops early (`verbatim extract crawl.warc.gz | head`) is no error: stop quietly,
 * as `cat` would, rather than print a stack trace for EPIPE.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
