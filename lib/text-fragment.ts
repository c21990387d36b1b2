/**
 * Links to a passage of a page with a text fragment (`#:~:text=`, the URL Fragment Text
 * Directives spec, https://wicg.github.io/scroll-to-text-fragment/): browsers that know it
 * scroll to the words and mark them; the others open the page as usual.
 */

/** Words the link starts with at first, and at most, while they are not yet unique in the transcript. */
const FIRST_WORDS = 6;
const MOST_WORDS = 20;

/**
 * The opening words of `passage` (up to `count` word segments, cut at a word's end: a
 * directive's text must start and end on word boundaries), in any script: `Intl.Segmenter`
 * knows where words end in Chinese and Japanese, which write no spaces.
 */
export function openingWords(passage: string, count: number, language?: string): string {
  const text = passage.replace(/\s+/g, ' ').trim();
  let words = 0;
  for (const word of wordEnds(text, language)) {
    words += 1;
    if (words === count) return text.slice(0, word);
  }
  return text;
}

/** Where each word of `text` ends: by `Intl.Segmenter` where the browser has it, else at spaces. */
function wordEnds(text: string, language?: string): number[] {
  if (typeof Intl.Segmenter !== 'function') return [...text.matchAll(/\S+/g)].map((match) => match.index + match[0].length);
  return [...new Intl.Segmenter(knownLocale(language), { granularity: 'word' }).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.index + segment.segment.length);
}

/** `language` when it is a locale `Intl` accepts (an imported file may hold any text there), else none. */
function knownLocale(language?: string): string | undefined {
  try {
    return language && Intl.getCanonicalLocales(language)[0];
  } catch {
    return undefined;
  }
}

/**
 * The directive's text percent-encoded as the spec asks: everything `encodeURIComponent`
 * encodes (`&`, `,`, `#`, spaces, letters outside ASCII), and `-`, which the directive's
 * grammar uses between its parts.
 */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * `url` with a text directive to the start of `passage`: its first few words, more while the
 * same words open another passage of `others` (a briefing's answers often start alike), so
 * that the link lands on this one. Null when `url` is not a web page's address.
 */
export function passageLink(url: string, passage: string, others: string[] = [], language?: string): string | null {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return null;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return null;
  let start = openingWords(passage, FIRST_WORDS, language);
  for (let count = FIRST_WORDS + 1; count <= MOST_WORDS && others.some((other) => collapse(other).includes(start)); count += 1) {
    const longer = openingWords(passage, count, language);
    if (longer === start) break;
    start = longer;
  }
  const fragment = page.hash === '' ? '#' : `${page.hash}`;
  page.hash = '';
  return `${page.href}${fragment}:~:text=${encodeFragmentText(start)}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}
