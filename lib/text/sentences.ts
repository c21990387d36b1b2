/**
 * Sentence ends: a full stop, question or exclamation mark (Latin, Cyrillic and CJK forms),
 * possibly followed by closing quotes or brackets, then whitespace. Abbreviations such as
 * "Mr." or initials such as "S.V." are not ends: the next word must start with a capital
 * letter or digit and the word before must be longer than one letter. The word is looked at
 * over its last 40 letters at most: an unbounded run backtracks on a page-long "word".
 */
const SENTENCE_END = /([^\s.]{2,40}[.!?…]|[?!…。！？])["'”»)\]]*\s+(?=["'“«(]?[\p{Lu}\p{N}])/gu;
const ABBREVIATIONS = new Set(['mr.', 'ms.', 'mrs.', 'dr.', 'st.', 'no.', 'vs.', 'etc.', 'г-н.', 'т.е.', 'т.д.', 'с.']);

/** The first `count` sentences of `text`, whole; the text itself when it is shorter. */
export function firstSentences(text: string, count: number): string {
  let found = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const word = match[1]!.toLowerCase().split(/\s/).pop() ?? '';
    if (ABBREVIATIONS.has(word)) continue;
    found += 1;
    if (found === count) return text.slice(0, match.index + match[0].trimEnd().length).trim();
  }
  return text.trim();
}
