import fc from 'fast-check';

/**
 * Text a stranger's page may hold that breaks naive code: right-to-left runs and the marks
 * that reorder them, zero-width characters, C0 and C1 controls (NUL included), lone UTF-16
 * surrogates, combining marks piled up, emoji sequences, full-width colons, and labels.
 */
const PIECES: Record<string, string[]> = {
  rightToLeft: ['مرحبا بالعالم', 'שלום עולם', '\u202eevil\u202c', '\u200f', '\u2067isolated\u2069', 'سؤال:'],
  zeroWidth: ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'],
  controls: ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b[31m', '\u007f', '\u0085', '\u009b'],
  loneSurrogates: ['\ud800', '\udbff', '\udc00', '\udfff', 'a\ud83d', '\ude00b'],
  combining: ['e\u0301', 'Z\u0336\u0335\u0334\u0337\u0338\u0321\u0322', '\u0301\u0301\u0301'],
  emoji: ['👩‍👩‍👧‍👦', '🏳️‍🌈', '🇷🇺'],
  separators: ['\u2028', '\u2029', '\u3000', '\u00a0', '\r', '\n\n'],
  labels: ['Question:', 'Вопрос:', '问：', 'Q：', 'Sergey Lavrov:', 'Quеstion:', ':', '：'],
  words: ['Moscow', 'briefing', '2017', 'the', 'С.В.Лавров', '記者会見', '* * *'],
};

/** A string made of pieces of one or several of the categories above. */
export const hostileUnicode: fc.Arbitrary<string> = fc
  .array(fc.oneof(...Object.values(PIECES).map((pieces) => fc.constantFrom(...pieces)), fc.string({ unit: 'binary', maxLength: 8 })), {
    minLength: 1,
    maxLength: 12,
  })
  .map((pieces) => pieces.join(''));
