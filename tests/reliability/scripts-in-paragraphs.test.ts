// @vitest-environment node
import { afterAll, describe, it } from 'vitest';
import { elementsIn } from './dom-picking';
import { expectEveryWord, readChecked } from './engine-check';
import { goldenPage, TRANSCRIPT_PAGES } from './golden-pages';
import { DOM_NAMES, DOMS, releaseDocuments } from './page-doms';

/**
 * Fixed bug (lib/page/paragraphs.ts, `openingText`, used by `scanLabels`): a paragraph's
 * opening is read from every text node under it, scripts and styles included, so on a
 * page where each paragraph starts with an inline <script> (ad slots, analytics) no
 * paragraph seems to open with a label and a site without an adapter is not detected:
 * "0 paragraphs open with a speaker label". A reader sees the same transcript.
 * The fix: skip the elements `readBlocks` skips (script, style, template, noscript,
 * ...) and comments in `openingText`; `findTranscriptContainer` reads `textContent`,
 * script text included, for its label test and scores too.
 * Marked `fails` until lib/ is fixed; remove `.fails` then.
 */
const GENERIC_PAGES = TRANSCRIPT_PAGES.filter((name) => name.startsWith('generic--'));

describe.each(DOM_NAMES)('a script at the start of every paragraph of a page without an adapter (%s)', (dom) => {
  afterAll(releaseDocuments);
  for (const name of GENERIC_PAGES) {
    it(`${name}: the transcript still comes out whole`, () => {
      const page = goldenPage(name);
      const doc = DOMS[dom](page.html);
      for (const paragraph of elementsIn(doc, 'body p, body div')) {
        const script = doc.createElement('script');
        script.appendChild(doc.createTextNode('googletag.cmd.push(function () { googletag.display("ad"); });'));
        paragraph.insertBefore(script, paragraph.firstChild);
      }
      expectEveryWord(readChecked(doc, page.url), page.body);
    });
  }
});
