import { expect } from 'vitest';

/**
 * Characters that make Markdown act (raw HTML, links, code, emphasis) are written escaped:
 * a backslash before them, itself not escaped. Counting the backslashes tells the two apart.
 */
function unescapedPositions(markdown: string, characters: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < markdown.length; i += 1) {
    if (!characters.includes(markdown[i]!)) continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && markdown[j] === '\\'; j -= 1) backslashes += 1;
    if (backslashes % 2 === 0) found.push(i);
  }
  return found;
}

/** The one link the summary writes itself: the source's address, when it is a web page's, as an autolink. */
const SOURCE_AUTOLINK = /^- \*\*Source:\*\* <https?:\/\/[^\s<>\\]+>$/m;

/**
 * The summary is text a Markdown reader shows as text: no raw HTML tag (no unescaped angle
 * bracket), no link or image (no unescaped square bracket), no autolink but the source's
 * http(s) address, so no `javascript:` link can form, whatever the page wrote.
 */
export function expectInertMarkdown(summary: string): void {
  const markdown = summary.replace(SOURCE_AUTOLINK, '- **Source:** the address');
  const context = (i: number) => JSON.stringify(markdown.slice(Math.max(0, i - 30), i + 30));
  // Without an unescaped "[", "]" or "<" no link, image or autolink can form, javascript: or any.
  for (const i of unescapedPositions(markdown, '<>[]`')) expect.fail(`unescaped ${markdown[i]} in the Markdown near ${context(i)}`);
}
