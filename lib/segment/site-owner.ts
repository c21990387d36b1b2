import { OUTLET } from '../vocabulary/name-words';
import { namesInTitle } from './title-names';
import { withoutAccents } from '../text/accents';

/**
 * A politician's own site, whose address spells its owner's name, publishes the owner's speeches
 * with no label and often no name in the headline, and names itself after the owner in the
 * document title: "Ouverture des Journées Diplomatiques | Didier Reynders" on didierreynders.be,
 * "Olaf Scholz: Aktuelles" on olaf-scholz.spd.de. That title's part, a person's full name whose
 * surname the host spells, is the site's owner: the last guess at who gives a speech
 * (title-speaker.ts). Not a blog's or a paper's name, which the host spells too ("National Tribune"):
 * a name, not an outlet's, and nowhere in the headline.
 */
export function siteOwnerIn(documentTitle: string, headline: string, host: string): string | null {
  const heading = headline.trim().toLowerCase();
  const parts = documentTitle
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !heading.includes(part.toLowerCase()) && !part.toLowerCase().includes(heading));
  const owners = parts.filter((part) => isFullName(part) && spells(host, part));
  return owners.length === 1 ? owners[0]! : null;
}

/** What sets a site's name beside a page's in the document title: a bar, a spaced dash, a colon. */
const TITLE_SEPARATOR = /\s[|–—-]\s|:\s/u;

/** Two or three capitalised words ("Sophie Wilmès", "Hadja Lahbib") that the title's reading of names takes for a person's. */
function isFullName(part: string): boolean {
  // A colon after the words places a name where the words are one (namesInTitle).
  return FULL_NAME.test(part) && !OUTLET.test(part) && namesInTitle(`${part}: …`)[0] === part;
}

const FULL_NAME = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?){1,2}$/u;

/**
 * Whether a name of the host, before its top-level domain, is the owner's surname or whole name, accents dropped: "lahbib"
 * in "lahbib.belgium.be", "sophiewilmes.be", "olaf-scholz.spd.de"; not a consulate's "consrecife" for "Consolato Recife".
 */
function spells(host: string, name: string): boolean {
  const surname = plain(name.split(' ').at(-1)!);
  const whole = plain(name);
  if (surname.length < SURNAME_MIN || BLOG_PLATFORM.test(host)) return false;
  return host
    .split('.')
    .slice(0, -1)
    .some((label) => plain(label) === surname || plain(label).includes(whole));
}

/** A name's or a host's letters as an address spells them: no accents, no spaces or dashes, lower case ("Wilmès" to "wilmes"). */
function plain(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[^a-z]/gu, '');
}

/**
 * Blogging platforms, which give any blogger a name of their own: a blogger reposts others' speeches as often as they
 * write their own ("manoairija.blogspot.com" reposts an interview with a minister).
 */
const BLOG_PLATFORM = /(?:^|\.)(?:blogspot|wordpress|livejournal|over-blog|typepad|tumblr|substack|medium|hatenablog|tistory|blog\.naver)\.[a-z.]+$/u;

/** The shortest surname a host's name may be: shorter ones are words of many hosts ("ria", "bbc"). */
const SURNAME_MIN = 4;
