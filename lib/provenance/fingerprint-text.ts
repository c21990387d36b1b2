import type { Transcript } from '../transcript-schema';

/**
 * What a transcript's fingerprint is taken of: the words spoken, every turn's paragraphs in
 * order. The title, the labels, the topic headings and the address are left out: a repost
 * retitles the text ("Lavrov's interview to …" on a news site), writes the labels its own way
 * ("S.Lavrov:" for "Sergey Lavrov:") and lives at another address, and it is still the same
 * transcript. The engine has already dropped the page's boilerplate (menus, share bars, credits).
 */
export function spokenText(transcript: Pick<Transcript, 'segments'>): string {
  return transcript.segments.map((segment) => segment.paragraphs.join('\n')).join('\n');
}

/** Scripts written without spaces between words: each character is a token of its own. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/**
 * A word: letters, digits and combining marks. Everything else (whitespace, quotes «» “” „ ' ",
 * dashes – — -, punctuation, bullets) separates words and is dropped, so that a repost that
 * typesets the same words differently gives the same tokens.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The text's tokens, normalised: compatibility forms folded (NFKC: full-width letters and
 * digits, ligatures), lower case, ё read as е (Russian reposts often drop its dots), and each
 * Chinese or Japanese character one token.
 */
export function fingerprintTokens(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
  const tokens: string[] = [];
  for (const [word] of folded.matchAll(WORD)) {
    if (!UNSPACED.test(word)) {
      tokens.push(word);
      continue;
    }
    let run = '';
    for (const character of word) {
      if (UNSPACED.test(character)) {
        if (run) tokens.push(run);
        run = '';
        tokens.push(character);
      } else run += character;
    }
    if (run) tokens.push(run);
  }
  return tokens;
}
