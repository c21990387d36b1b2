import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../lib/text/whitespace';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';

/**
 * The zero-width non-joiner and joiner are spelling in Persian, Kurdish, Urdu and the Indic scripts: a quote
 * copied from the engine must be the page's own words, so they stay. Spacing characters that are invisible
 * (a zero-width space, a byte-order mark, a soft hyphen) still go.
 */
describe('invisible characters', () => {
  it('keeps the zero-width non-joiner of Persian words ("مذاکره‌ای", "گفت‌وگو")', () => {
    expect(collapseWhitespace('به دنبال مذاکره\u200cای هستیم')).toBe('به دنبال مذاکره\u200cای هستیم');
    expect(collapseWhitespace('در گفت\u200cوگو با')).toBe('در گفت\u200cوگو با');
  });

  it('keeps the zero-width joiner of an emoji and of Devanagari', () => {
    expect(collapseWhitespace('👨\u200d👩\u200d👧 परिवार क्\u200dष')).toBe('👨\u200d👩\u200d👧 परिवार क्\u200dष');
  });

  it('still drops a zero-width space, a byte-order mark and a soft hyphen', () => {
    expect(collapseWhitespace('\ufeffPress\u200b con\u00adference')).toBe('Press conference');
  });

  it("gives a Persian news page's headline with its non-joiner", () => {
    const title = 'بقائی: به دنبال مذاکره\u200cای هستیم که معقول باشد';
    const body = [
      'سوال: نظر شما درباره مذاکرات چیست؟',
      'بقائی: ما به دنبال مذاکره\u200cای هستیم که معقول باشد و منافع ملی را تأمین کند.',
      'سوال: درباره سفر وزیر امور خارجه توضیح دهید؟',
      'بقائی: این سفر طبق برنامه انجام می\u200cشود و گفت\u200cوگوها ادامه دارد.',
    ]
      .map((line) => `<p>${line}</p>`)
      .join('');
    const doc = parseDocument(
      `<!doctype html><html lang="fa" dir="rtl"><head><title>${title} - خبرگزاری</title></head><body><h1 class="title">${title}</h1><div class="body">${body}</div></body></html>`,
    );
    const transcript = extractTranscript(doc, new URL('https://www.example.ir/fa/news/123/'), { force: true }).transcript;
    expect(transcript?.title).toBe(title);
    expect(transcript?.segments.flatMap((segment) => segment.paragraphs).join(' ')).toContain('گفت\u200cوگوها');
  });
});
