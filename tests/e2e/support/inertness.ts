import type { Page } from 'playwright-core';

/** What a hostile page's payload would change in an extension page if any of it had acted. */
export interface PageSideEffects {
  /** Set by every payload the hostile test page carries. */
  pwned: unknown;
  title: string;
  /** Elements of kinds the popup and library never make themselves (`script`: the page's own module). */
  elements: Record<'img' | 'script' | 'iframe' | 'svg' | 'object' | 'embed', number>;
  /** Attributes that would run code: on* handlers, javascript: addresses. */
  activeAttributes: string[];
}

export async function sideEffects(page: Page): Promise<PageSideEffects> {
  return page.evaluate(() => {
    const count = (selector: string) => document.querySelectorAll(selector).length;
    const activeAttributes: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) {
          activeAttributes.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        }
      }
    }
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      elements: { img: count('img'), script: count('script'), iframe: count('iframe'), svg: count('svg'), object: count('object'), embed: count('embed') },
      activeAttributes,
    };
  });
}

/** Collects what a page reports against itself: CSP refusals and uncaught errors. */
export function watchComplaints(page: Page): string[] {
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(`uncaught: ${error.message}`));
  return complaints;
}

/** Markdown with its backslash escapes undone: the text a reader sees. */
export function unescapeMarkdown(markdown: string): string {
  // CommonMark: a backslash before any ASCII punctuation character is that character.
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
