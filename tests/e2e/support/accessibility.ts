import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core violation, in words: the rule, and each element it found, by selector. */
export interface Violation {
  rule: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe-core (every WCAG 2.x A and AA rule, and its best practices) on what the page shows
 * now, or only inside the element `within` selects (the reader's host, whose open shadow root
 * axe enters). Evaluated through the DevTools protocol, which an extension page's CSP does not stop.
 */
export async function axeViolations(page: Page, within?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document | { include: string[][] }) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run(selector === null ? document : { include: [[selector]] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, within ?? null);
}

/**
 * The smallest computed font size of any element that shows text of its own, and where: body
 * text, labels, buttons, headings, table cells (visually hidden text excepted).
 */
export async function smallestText(page: Page): Promise<{ size: number; where: string; body: number }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, where: '' };
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('.visually-hidden') || element.offsetParent === null) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (!ownText) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest.size) smallest = { size, where: `${element.localName}.${element.className}: ${element.textContent!.trim().slice(0, 40)}` };
    }
    return { ...smallest, body: parseFloat(getComputedStyle(document.body).fontSize) };
  });
}
