import { countTeasers } from './dated-teasers';
import { judge } from './judge';
import { NO_LABELS, scanLabels } from '../detection/label-scan';
import { headline as firstHeadline } from './page-reading';
import type { SiteAdapter, UrlExamples } from './site-adapter';

/**
 * Any other site (the US State Department, China's and India's and Japan's foreign
 * ministries, media republishing MFA texts): recognised from content alone, a title that
 * names a transcript and paragraphs that open with speaker labels.
 * Examples: tests/fixtures/generic--*.html.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,

  detect(doc, _url, judging) {
    // querySelector, not doc.body: some DOMs create a missing <body> when asked for it.
    const body = doc.querySelector('body');
    if (!body) return judge({ title: '', labels: () => NO_LABELS, articleLayout: false, listing: false });
    const headline = judging?.guessHeadline(doc) ?? { text: firstHeadline(doc), element: doc.querySelector('h1') };
    const verdict = judge({
      // The words over the headline name the transcript as the headline would ("Transcript for:", "Interview mit …").
      title: headline.kicker ? `${headline.kicker}: ${headline.text}` : headline.text,
      labels: (options) => scanLabels(body, undefined, { ...options, ...judging?.scan }),
      articleLayout: false,
      listing: false,
      teasers: () => Math.max(countTeasers(body), judging?.headlineLinks(body) ?? 0),
      titleWords: judging?.readTitle,
    });
    return { ...verdict, headline };
  },
};

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: [
    'https://www.state.gov/briefings/department-press-briefing-august-18-2022/',
    'https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202609/t20260930_11110987.html',
    'http://localhost:8080/page',
  ],
  noMatch: [],
};
