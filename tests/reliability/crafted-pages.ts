/**
 * Pages a hostile site could serve to make a pattern backtrack: each puts one attack run of
 * `n` characters (the repeated part of what eslint-plugin-regexp names for a super-linear
 * pattern, and what the old place pattern choked on) in every place the engine reads a
 * pattern over page text: the <title> and og:title, the headline, a dateline, a speaker's
 * label, a question and an answer. `npm run extract` on these files is the figure in the note.
 */
export interface CraftedRun {
  name: string;
  /** The attack run, about `n` characters; it must not be HTML. */
  run: (n: number) => string;
}

export const CRAFTED_RUNS: CraftedRun[] = [
  { name: 'spaces before a rejecting letter', run: (n) => `${' '.repeat(n)}x` },
  { name: 'quoted capitalised words', run: (n) => `“${'Ab '.repeat(n / 3)}` },
  { name: 'unclosed parentheses', run: (n) => '('.repeat(n) },
  { name: 'title separators', run: (n) => 'a - '.repeat(n / 4) },
  { name: 'bars and dashes', run: (n) => ' | –'.repeat(n / 4) },
  { name: 'colons', run: (n) => ': '.repeat(n / 2) },
  { name: 'digits and dots (a date form)', run: (n) => '1.'.repeat(n / 2) },
  { name: 'capitals and dashes (an ALL-CAPS label)', run: (n) => 'AB – '.repeat(n / 5) },
  { name: 'one unbroken word', run: (n) => 'x'.repeat(n) },
  { name: 'hyphens', run: (n) => '-'.repeat(n) },
  { name: 'question marks', run: (n) => '?'.repeat(n) },
  { name: 'commas and closing parentheses', run: (n) => ' ,)'.repeat(n / 3) },
];

/** A transcript page with the run in every place a pattern reads. */
export function craftedPage(run: string): string {
  return [
    '<!DOCTYPE html><html lang="en"><head>',
    `<title>${run} | Press conference by Foreign Minister Sergey Lavrov</title>`,
    `<meta property="og:title" content="${run.replace(/"/g, '&quot;')}">`,
    '</head><body><article>',
    `<h1>Press conference by Foreign Minister Sergey Lavrov ${run}</h1>`,
    `<p>Moscow, February 7, 2017 ${run}</p>`,
    `<p>${run} Moscow, February 7, 2017</p>`,
    `<p>Sergey Lavrov${run}: Good afternoon.</p>`,
    `<p>Question: ${run}?</p>`,
    `<p>Sergey Lavrov: ${run}</p>`,
    `<p><b>${run}</b></p>`,
    '<p>Question: What is next?</p><p>Sergey Lavrov: We will see.</p>',
    '</article></body></html>',
  ].join('\n');
}
