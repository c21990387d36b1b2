/**
 * The largest page the command line reads: 20 MiB, a hundred times the largest transcript page
 * seen (mid.ru's longest briefings are under 200 KB of HTML) and beyond what a person would call
 * a page. A crawl's larger "HTML" responses are data dumps or broken captures; linkedom would hold
 * several times their size in memory, in each worker. They are reported and skipped.
 */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** "is 52.4 MB, over the 20 MB a page may have", for standard error. */
export function tooLarge(bytes: number): string {
  return `is ${megabytes(bytes)}, over the ${MAX_PAGE_BYTES / (1024 * 1024)} MB a page may have`;
}
