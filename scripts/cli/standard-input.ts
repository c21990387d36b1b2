/** What standard input holds: one page, or a WARC (plain, or gzip as WARC.gz files are), told by its first bytes. */
export type StandardInput = { kind: 'page'; bytes: Buffer } | { kind: 'warc'; chunks: AsyncIterable<Uint8Array> };

const GZIP_MAGIC = [0x1f, 0x8b];
const WARC_START = Buffer.from('WARC/');

export function looksLikeWarc(head: Uint8Array): boolean {
  const gzip = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  return gzip || Buffer.from(head.subarray(0, WARC_START.length)).equals(WARC_START);
}

/** Reads just enough of the stream to tell; a WARC is then read on as a stream, a page whole. */
export async function readStandardInput(stdin: AsyncIterable<Uint8Array> = process.stdin): Promise<StandardInput> {
  const iterator = stdin[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < WARC_START.length && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      head.push(next.value);
      length += next.value.length;
    }
  }
  const first = Buffer.concat(head);
  const rest = async function* () {
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  if (looksLikeWarc(first)) {
    return {
      kind: 'warc',
      chunks: (async function* () {
        yield first;
        yield* rest();
      })(),
    };
  }
  const chunks: Uint8Array[] = [first];
  for await (const chunk of rest()) chunks.push(chunk);
  return { kind: 'page', bytes: Buffer.concat(chunks) };
}
