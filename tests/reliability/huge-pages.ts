/**
 * The extreme pages issue 5 names: one text node of 5 MB, nesting 10,000 elements deep,
 * 100,000 paragraphs. Each comes with the body.txt a reader would write for it.
 */
export interface HugePage {
  html: string;
  body: string;
}

const TITLE = 'Press conference by Foreign Minister Sergey Lavrov';
const page = (content: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${TITLE}</title></head><body><h1>${TITLE}</h1><div class="content">${content}</div></body></html>`;

const FIVE_MEGABYTES = 5 * 1024 * 1024;

/** An answer that is one text node of 5 MB: words, or one unbroken run of letters. */
export function fiveMegabyteTextNode(kind: 'words' | 'one-word'): HugePage {
  const text = kind === 'words' ? 'word '.repeat(FIVE_MEGABYTES / 5).trimEnd() : 'x'.repeat(FIVE_MEGABYTES);
  return { html: page(`<p>Question: What did you say?</p><p>Sergey Lavrov: ${text}</p>`), body: `Question: What did you say?\nSergey Lavrov: ${text}` };
}

/** A transcript inside `depth` nested elements of one tag (<div>s around it, or <span>s inside a paragraph). */
export function nestedPage(depth: number, tag: 'div' | 'span'): HugePage {
  const body = 'Question: What about it?\nSergey Lavrov: We discussed it at length.';
  if (tag === 'div') {
    return {
      html: page(`${'<div>'.repeat(depth)}<p>Question: What about it?</p><p>Sergey Lavrov: We discussed it at length.</p>${'</div>'.repeat(depth)}`),
      body,
    };
  }
  return {
    html: page(`<p>Question: What about it?</p><p>Sergey Lavrov: ${'<span>'.repeat(depth)}We discussed it at length.${'</span>'.repeat(depth)}</p>`),
    body,
  };
}

/** `count` paragraphs: questions, each answered by one named official. */
export function manyParagraphs(count: number): HugePage {
  const lines = Array.from({ length: count }, (_, i) => (i % 2 ? `Sergey Lavrov: We discussed item ${i}.` : `Question: What about item ${i}?`));
  return { html: page(lines.map((line) => `<p>${line}</p>`).join('')), body: lines.join('\n') };
}
