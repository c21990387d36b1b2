import fc from 'fast-check';

/**
 * Transcript pages written from scratch: a title that names a transcript, then turns, each
 * with a label or none and paragraphs of made-up words (consonant-vowel syllables, so no
 * word is ever a date, a menu entry or a label by accident), in one of several markups.
 * Generated as a description first; `transcriptHtml` writes it with text escaped.
 */
interface GeneratedTurn {
  label: string | null;
  labelMarkup: 'plain' | 'bold' | 'own-paragraph';
  paragraphs: string[];
}

export interface GeneratedTranscript {
  layout: 'generic' | 'mid-ru';
  title: string;
  turns: GeneratedTurn[];
}

const syllable = fc.constantFrom('ka', 'lo', 'mi', 've', 'tu', 'ro', 'ne', 'pa', 'li', 'mo');
const word = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
/** A sentence: a capitalised made-up word, then made-up words or, now and then, `extra` ones. */
function sentence(extra: fc.Arbitrary<string> | null): fc.Arbitrary<string> {
  const later = extra ? fc.oneof({ arbitrary: word, weight: 3 }, { arbitrary: extra, weight: 1 }) : word;
  return fc
    .tuple(word, fc.array(later, { minLength: 1, maxLength: 13 }), fc.constantFrom('.', '?', '!'))
    .map(([first, rest, end]) => `${first[0]!.toUpperCase()}${first.slice(1)} ${rest.join(' ')}${end}`);
}

/** Strong labels: a question word, or a name of two capitalised words. */
const LABELS = ['Question:', 'Вопрос:', 'QUESTION:', 'Question (Kalo News):', 'Veli Marono:', 'MR TAKEVO:', 'С.В. Лавров:', 'Mira Tulo, Spokesperson:'];

/**
 * A transcript page. `extraWords`, when given, are mixed into sentences after their first
 * word: single "words" without whitespace, such as markup or hostile Unicode.
 */
export function generatedTranscript(extraWords: fc.Arbitrary<string> | null = null): fc.Arbitrary<GeneratedTranscript> {
  const paragraph = fc.array(sentence(extraWords), { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));
  const turn: fc.Arbitrary<GeneratedTurn> = fc.record({
    label: fc.option(fc.constantFrom(...LABELS), { freq: 4 }),
    labelMarkup: fc.constantFrom('plain' as const, 'bold' as const, 'own-paragraph' as const),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
  });
  return fc
    .record({
      layout: fc.constantFrom('generic' as const, 'mid-ru' as const),
      title: fc.constantFrom('Press conference by Foreign Minister Veli Marono', 'Briefing by Spokesperson Mira Tulo', 'Interview of Ambassador Kalo Vemi'),
      turns: fc.array(turn, { minLength: 2, maxLength: 12 }),
    })
    .filter((t) => new Set(t.turns.map((x) => x.label?.toLowerCase()).filter(Boolean)).size >= 2); // detection asks for two speakers
}

/** The transcript's words as body.txt would give them: each turn's label and paragraphs. */
export function bodyText(transcript: GeneratedTranscript): string {
  return transcript.turns.flatMap((t) => [t.label ?? '', ...t.paragraphs]).join('\n');
}

export function transcriptUrl(transcript: GeneratedTranscript): URL {
  return new URL(transcript.layout === 'mid-ru' ? 'https://mid.ru/en/press_service/minister_speeches/1/' : 'https://example.org/transcripts/1');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function transcriptHtml(transcript: GeneratedTranscript): string {
  const paragraphs = transcript.turns.flatMap(({ label, labelMarkup, paragraphs: texts }) => {
    const [first = '', ...rest] = texts.map(escapeText);
    const out: string[] = [];
    if (!label) out.push(`<p>${first}</p>`);
    else if (labelMarkup === 'own-paragraph') out.push(`<p><strong>${escapeText(label)}</strong></p>`, `<p>${first}</p>`);
    else if (labelMarkup === 'bold') out.push(`<p><strong>${escapeText(label)}</strong> ${first}</p>`);
    else out.push(`<p>${escapeText(label)} ${first}</p>`);
    return [...out, ...rest.map((text) => `<p>${text}</p>`)];
  });
  const title = escapeText(transcript.title);
  const body =
    transcript.layout === 'mid-ru'
      ? `<div class="photo-content"><h1 class="photo-content__title">${title}</h1><div class="text article-content">${paragraphs.join('\n')}</div></div>`
      : `<main><article><h1>${title}</h1><div class="entry-content">${paragraphs.join('\n')}</div></article></main>`;
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav>${body}<footer>© Ministry</footer></body></html>`;
}
