import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real pages' text from ../shared/corpus/text/ (not part of the project: a user's clone has
 * none, and tests that read it skip). Each file is plain text, paragraphs split on blank
 * lines; in these dumps a single line break also ends a paragraph ("Shri ..., Official
 * Spokesperson:" alone on its line).
 */
export const CORPUS_TEXT_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'text');

export const corpusAvailable = existsSync(CORPUS_TEXT_DIR);

export function corpusParagraphs(file: string): string[] {
  return readFileSync(join(CORPUS_TEXT_DIR, file), 'utf8')
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The page rebuilt as the plainest HTML: the headline as <title> and <h1>, every paragraph
 * (boilerplate included) a <p>. Markup gives the engine no help; only the words do.
 */
export function plainPage(title: string, paragraphs: string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1><main>${body}</main></body></html>`;
}
