import { collapseWhitespace } from '../text/whitespace';
import type { Headline } from './page-reading';

/**
 * The page's <h1> where the <title> won over it and opens with the <h1>'s words, then a separator and what the
 * site appends ("Minister Briefs Reporters on Trade > Department of Commerce > Transcript" over "<h1>Minister
 * Briefs Reporters on Trade</h1>"): the section's name at the <title>'s end ("Transcript") names the kind of
 * page, not this page's headline, which the <h1> shows whole.
 */
export function headingTheTitleOpens(headline: Headline, doc: Document): Headline {
  if (headline.element !== null) return headline;
  const title = collapseWhitespace(doc.title ?? '');
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, H1_READ)) {
    const text = collapseWhitespace(h1.textContent ?? '');
    if (text.length >= HEADING_MIN && title.startsWith(text) && SEPARATOR_AFTER.test(title.slice(text.length))) return { text, element: h1 };
  }
  return headline;
}

const H1_READ = 3;
/** The shortest <h1> taken for the headline: a shorter one is a section's word ("News"). */
const HEADING_MIN = 12;
/** A separator with a space either side: " > ", " | ", " – ", " - ", " — ", " / ". */
const SEPARATOR_AFTER = /^\s[>|–—/-]\s/u;
