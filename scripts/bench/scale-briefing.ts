/**
 * Briefings of growing size for measuring how time grows with the page: one golden page
 * with its question-and-answer part repeated, so every size has the same structure (the
 * same menus, header and footer around a longer transcript). Pure.
 */

/** The golden page that is scaled: a mid.ru briefing with topics, questions and answers. */
export const SCALED_FIXTURE = 'mid-ru--en-zakharova-briefing.html';

/** The heading after which the page's questions and answers run to the end of the article body. */
const ANSWERS_HEADING = '<h3 id="answers">Answers to media questions</h3>';

/** The sizes measured, as multiples of the page's exchanges. */
export const SCALE_FACTORS = [1, 4, 16, 64, 256] as const;

/**
 * The page with its questions and answers `factor` times over. Each copy's element ids get a
 * suffix ("5" becomes "5-2"), so that the page stays valid HTML.
 */
export function scaleBriefing(html: string, factor: number): string {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number of at least 1, not ${factor}`);
  const heading = html.indexOf(ANSWERS_HEADING);
  if (heading < 0) throw new Error(`the page has no "${ANSWERS_HEADING}"`);
  const start = heading + ANSWERS_HEADING.length;
  // The questions and answers are the heading's siblings: they end where the body's <div> does.
  const end = html.indexOf('</div>', start);
  if (end < 0) throw new Error('the answers section is not closed by </div>');
  const section = html.slice(start, end);
  const copies = [section];
  for (let copy = 2; copy <= factor; copy += 1) copies.push(section.replace(/\bid="([^"]+)"/g, `id="$1-${copy}"`));
  return html.slice(0, start) + copies.join('') + html.slice(end);
}
