/**
 * The page's language: the URL's language section (mid.ru's /en/, /ru/, old /en_GB/), the
 * document's lang attribute, else the script most of the text is written in.
 */
export function detectLanguage(doc: Document, url: URL, sample: string): string {
  const fromPath = /^\/([a-z]{2})(?:[_-][A-Za-z]{2})?(?:\/|$)/.exec(url.pathname)?.[1];
  if (fromPath && KNOWN.has(fromPath)) return fromPath;
  const fromScript = languageOfText(sample);
  const declared = doc.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  // A declared language that contradicts the script of the text is a template default.
  if (declared && KNOWN.has(declared) && (fromScript === null || fromScript === declared || !SCRIPT_LANGUAGES.has(declared))) {
    return declared;
  }
  return fromScript ?? declared ?? 'en';
}

const KNOWN = new Set(['en', 'ru', 'fr', 'es', 'de', 'ar', 'zh', 'ja', 'pt', 'it', 'hi', 'uk']);
/** Languages whose script alone tells them apart here. */
const SCRIPT_LANGUAGES = new Set(['en', 'ru', 'zh', 'ja', 'ar']);

function languageOfText(text: string): string | null {
  const sample = text.slice(0, 4000);
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const latin = count(/[A-Za-z]/g);
  const cyrillic = count(/[\u0400-\u04ff]/g);
  const han = count(/[\u4e00-\u9fff]/g);
  const kana = count(/[\u3040-\u30ff]/g);
  const arabic = count(/[\u0600-\u06ff]/g);
  const top = Math.max(latin, cyrillic, han + kana, arabic);
  if (top === 0) return null;
  if (top === cyrillic) return 'ru';
  if (top === han + kana) return kana > 0 ? 'ja' : 'zh';
  if (top === arabic) return 'ar';
  return 'en';
}
