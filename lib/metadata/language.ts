/**
 * The page's language: the URL's language section (mid.ru's /en/, /ru/, old /en_GB/), the
 * document's lang attribute, else the text itself: its script, then for Cyrillic and Latin
 * scripts the letters and short words each language uses most.
 */
export function detectLanguage(doc: Document, url: URL, sample: string): string {
  const fromPath = /^\/([a-z]{2})(?:[_-][A-Za-z]{2})?(?:\/|$)/.exec(url.pathname)?.[1];
  if (fromPath && KNOWN.has(fromPath)) return fromPath;
  const fromText = languageOfText(sample);
  const declared = doc.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  // A declared language that contradicts the text is a template default ("en" on a Chinese page).
  if (declared && KNOWN.has(declared) && (fromText === null || fromText === declared)) return declared;
  return fromText ?? (declared && KNOWN.has(declared) ? declared : 'en');
}

const KNOWN = new Set(['en', 'ru', 'fr', 'es', 'de', 'ar', 'zh', 'ja', 'ko', 'pt', 'it', 'hi', 'uk']);

/**
 * Short words frequent in one language and rare in the others of the corpus, counted as whole
 * words in the sample. Each list is about a dozen words.
 */
const LATIN_WORDS: Record<string, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'we', 'with', 'for', 'this', 'have', 'are', 'on', 'you']),
  de: new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'ich', 'wir', 'sie', 'mit', 'auf', 'den', 'zu', 'ein', 'eine']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'est', 'nous', 'une', 'pour', 'que', 'qui', 'dans', 'pas', 'du', 'au']),
  es: new Set(['el', 'la', 'los', 'las', 'y', 'que', 'es', 'una', 'por', 'para', 'con', 'del', 'muy', 'lo', 'se']),
  pt: new Set(['o', 'os', 'as', 'e', 'que', 'não', 'uma', 'para', 'com', 'do', 'da', 'em', 'dos', 'é']),
  it: new Set(['il', 'di', 'che', 'e', 'la', 'per', 'non', 'una', 'sono', 'del', 'della', 'con', 'gli']),
};

/** Letters Ukrainian writes and Russian does not (і, ї, є, ґ), and the reverse (ы, э, ъ, ё). */
const UKRAINIAN_LETTERS = /[іїєґ]/giu;
const RUSSIAN_LETTERS = /[ыэъё]/giu;

function languageOfText(text: string): string | null {
  const sample = text.slice(0, 4000);
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const latin = count(/[A-Za-z]/g);
  const cyrillic = count(/[\u0400-\u04ff]/g);
  const han = count(/[\u4e00-\u9fff]/g);
  const kana = count(/[\u3040-\u30ff]/g);
  const hangul = count(/[\uac00-\ud7af]/g);
  const arabic = count(/[\u0600-\u06ff]/g);
  const top = Math.max(latin, cyrillic, han + kana, hangul, arabic);
  if (top === 0) return null;
  if (top === hangul) return 'ko';
  if (top === cyrillic) return count(UKRAINIAN_LETTERS) > count(RUSSIAN_LETTERS) ? 'uk' : 'ru';
  if (top === han + kana) return kana > 0 ? 'ja' : 'zh';
  if (top === arabic) return 'ar';
  return latinLanguage(sample);
}

function latinLanguage(sample: string): string {
  const counts = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [language, words] of Object.entries(LATIN_WORDS)) if (words.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best = 'en';
  for (const [language, count] of counts) if (count > (counts.get(best) ?? 0)) best = language;
  return best;
}
