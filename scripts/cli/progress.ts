import cliProgress from 'cli-progress';

/** What the command tells the person at the terminal while it reads many pages. */
export interface Progress {
  /** Bytes of input read (a page file, a chunk of a WARC file). */
  read(bytes: number): void;
  /** A page extracted, and whether it was a transcript. */
  page(transcript: boolean): void;
  /** One line on standard error, above the bar when there is one. */
  warn(message: string): void;
  stop(): void;
}

/** Standard error, where the bar and messages go, and standard output, which only has to be told apart from a terminal. */
interface Streams {
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdout: { isTTY?: boolean };
}

const MB = 1024 * 1024;

const line = (message: string) => `verbatim: ${message}\n`;

/** Messages only, for a standard error that is not a terminal (a log file, a pipe, a job runner). */
function plainProgress(stderr: NodeJS.WritableStream): Progress {
  return { read() {}, page() {}, warn: (message) => void stderr.write(line(message)), stop() {} };
}

/**
 * A progress bar on standard error, only when it is a terminal and standard output is not (the
 * bar would tear the JSON printed to the same screen), and only when the input's size is known
 * (files and folders, not standard input). It moves with the bytes read, so a single large
 * WARC file moves it too, and says how many pages and transcripts, and pages per second.
 */
export function progressFor(totalBytes: number | null, streams: Streams = { stderr: process.stderr, stdout: process.stdout }): Progress {
  const { stderr, stdout } = streams;
  if (!stderr.isTTY || stdout.isTTY || totalBytes === null || totalBytes === 0) return plainProgress(stderr);
  const started = Date.now();
  let bytes = 0;
  let pages = 0;
  let transcripts = 0;
  const bars = new cliProgress.MultiBar(
    {
      stream: stderr,
      hideCursor: true,
      fps: 5,
      // Short enough for an 80-column terminal: the bar cuts a longer line rather than wrap it.
      barsize: 16,
      format: (options, params) => {
        const seconds = Math.max((Date.now() - started) / 1000, 1e-3);
        const bar = cliProgress.Format.BarFormat(params.progress, options);
        const size = `${(bytes / MB).toFixed(1)}/${(totalBytes / MB).toFixed(1)} MB`;
        return `${bar} ${Math.floor(params.progress * 100)}% | ${size} | ${pages} pages, ${transcripts} transcripts | ${(pages / seconds).toFixed(1)} pages/s`;
      },
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(totalBytes, 0);
  // The bar hides the cursor and turns off line wrapping: give both back on Ctrl+C too.
  const interrupted = (signal: NodeJS.Signals) => {
    bars.stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  return {
    read(count) {
      bytes = Math.min(bytes + count, totalBytes);
      bar.update(bytes);
    },
    page(transcript) {
      pages += 1;
      if (transcript) transcripts += 1;
      bar.update(bytes);
    },
    warn: (message) => bars.log(line(message)),
    stop() {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      bars.update();
      bars.stop();
    },
  };
}
