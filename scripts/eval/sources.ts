import type { CorpusPage } from './corpus';

/** tests/corpus/SOURCES.md: every page's address, publisher, language and what it is. */
export function sourcesMarkdown(pages: CorpusPage[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const rows = pages.map(({ name, labels }) => {
    const what = labels.transcript ? (labels.kind ?? 'transcript') : `NOT a transcript: ${labels.negativeKind ?? 'other'}`;
    return `| ${name} | ${escape(labels.url)} | ${labels.publisher} | ${labels.language} | ${what} |`;
  });
  return [
    '# Sources of the development corpus',
    '',
    "Each page's text was read from a stored copy of the public page at the address given; the",
    'markup around it was written for this project. Written by `npm run corpus:sources` from the',
    'labels; a test fails when it is stale.',
    '',
    '| page | address | publisher | language | what |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
