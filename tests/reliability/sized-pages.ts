/**
 * Pages that grow with a size `n`, for telling linear work from worse: the same shape at
 * n and 2n should cost about twice as much.
 */
const shell = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><h1>${title}</h1><div class="content">${body}</div></body></html>`;

const TITLE = 'Press conference by Foreign Minister Sergey Lavrov';

/** A made-up surname per index: Ka, Lo, ..., KaLo, ... (letters only, distinct). */
function surname(index: number): string {
  const syllables = ['ka', 'lo', 'mi', 've', 'tu', 'ro', 'ne', 'pa'];
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor(rest / syllables.length)) name += syllables[rest % syllables.length];
  return name[0]!.toUpperCase() + name.slice(1);
}

export const SIZED_PAGES: Record<string, (n: number) => string> = {
  /** Anonymous askers and answers: "Question:" / "Answer:", n paragraphs. */
  'anonymous questions and answers': (n) =>
    shell(
      TITLE,
      Array.from({ length: n }, (_, i) => (i % 2 ? `<p>Answer: We discussed item ${i} at length.</p>` : `<p>Question: What about item ${i}?</p>`)).join(''),
    ),
  /** One named official answering every question, n paragraphs. */
  'one official answering n/2 questions': (n) =>
    shell(
      TITLE,
      Array.from({ length: n }, (_, i) => (i % 2 ? `<p>Sergey Lavrov: We discussed item ${i} at length.</p>` : `<p>Question: What about item ${i}?</p>`)).join(
        '',
      ),
    ),
  /** n different people, each speaking once. */
  'n different speakers': (n) =>
    shell(TITLE, `<p>Question: Who speaks?</p>${Array.from({ length: n }, (_, i) => `<p>Ivan ${surname(i)}: We discussed item ${i}.</p>`).join('')}`),
  /** Paragraph-like divs nested n deep, each with its own labelled text. */
  'paragraphs nested n deep': (n) =>
    shell(
      TITLE,
      Array.from({ length: n }, (_, i) => (i % 2 ? '<div>Answer: We discussed it.' : '<div>Question: What about it?')).join('') + '</div>'.repeat(n),
    ),
  /** Two labelled paragraphs inside n nested spans. */
  'inline elements nested n deep': (n) =>
    shell(TITLE, `<p>Question: ${'<span>'.repeat(n)}What about it?${'</span>'.repeat(n)}</p><p>Sergey Lavrov: Nothing.</p>`),
  /** One answer of n words. */
  'one paragraph of n words': (n) => shell(TITLE, `<p>Question: What?</p><p>Sergey Lavrov: ${'word '.repeat(n)}</p>`),
  /** n unlabelled paragraphs after two labels. */
  'n unlabelled paragraphs': (n) =>
    shell(TITLE, `<p>Question: What?</p><p>Sergey Lavrov: Well.</p>${Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} goes on.</p>`).join('')}`),
};
