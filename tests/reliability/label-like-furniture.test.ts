// @vitest-environment node
import { afterAll, describe, it } from 'vitest';
import { bodyOf } from './dom-picking';
import { expectEveryWord, readChecked } from './engine-check';
import { goldenPage, TRANSCRIPT_PAGES } from './golden-pages';
import { DOM_NAMES, DOMS, releaseDocuments } from './page-doms';

/**
 * Found by `npm run fuzz` (preserving mutations, a share bar at the top of the body).
 * Fixed bug (lib/sites/container.ts, `findTranscriptContainer`): the container is widened until
 * it holds every paragraph whose opening reads as a strong label, wherever it stands, so
 * one line of site furniture such as "Follow Us: Facebook Twitter YouTube" (two capitalised
 * words and a colon) anywhere in the page widens it to <body>: every page without an
 * adapter then starts its transcript with the site's menus ("Sitemap Screen Reader Access
 * A+ A A-", "中文 English Français ...") and ends with its footer.
 * The fix: widen only to labelled paragraphs that look like turns of this transcript:
 * skip the furniture `readBlocks` skips (its FURNITURE class words: share, social, ...),
 * paragraphs whose label sits in a link, and labels seen once outside the container when
 * the container already holds two or more different labels.
 */
const GENERIC_PAGES = TRANSCRIPT_PAGES.filter((name) => name.startsWith('generic--'));

function followUsLine(doc: Document): Element {
  const line = doc.createElement('div');
  line.setAttribute('class', 'site-info');
  line.appendChild(doc.createTextNode('Follow Us: '));
  for (const network of ['Facebook', 'Twitter', 'YouTube']) {
    const link = line.appendChild(doc.createElement('a'));
    link.setAttribute('href', `https://${network.toLowerCase()}.com/ministry`);
    link.appendChild(doc.createTextNode(network));
    line.appendChild(doc.createTextNode(' '));
  }
  return line;
}

describe.each(DOM_NAMES)('a "Follow Us:" line at the foot of a page without an adapter (%s)', (dom) => {
  afterAll(releaseDocuments);
  for (const name of GENERIC_PAGES) {
    it(`${name}: the transcript comes out without the site's menus`, () => {
      const page = goldenPage(name);
      const doc = DOMS[dom](page.html);
      bodyOf(doc).appendChild(followUsLine(doc));
      expectEveryWord(readChecked(doc, page.url), page.body);
    });
  }
});
