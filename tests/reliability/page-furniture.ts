/**
 * Furniture a page may carry anywhere outside the transcript's text: share bars, menus,
 * scripts, styles, comments, "related" modules. Some carry speaker labels ("Question:") in
 * places a reader never sees them as speech. Built with DOM calls, never from markup.
 */
export const FURNITURE_KINDS = ['share-bar', 'nav', 'script', 'style', 'comment', 'template', 'noscript', 'aside', 'footer'] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

/** Furniture a reader never sees at all, so it may stand even between the transcript's paragraphs. */
export const INVISIBLE_FURNITURE: readonly FurnitureKind[] = ['script', 'style', 'comment', 'template'];

/** Labels, some disguised, that furniture and attributes carry. */
export const STRAY_LABELS = ['Question:', 'QUESTION:', 'Вопрос:', 'Sergey Lavrov:', 'MR PRICE:', 'Quеstion:', 'Q:', 'С.В.Лавров:', '问：'];

export function buildFurniture(doc: Document, kind: FurnitureKind, label: string): Node {
  const element = (tag: string, text = '', attributes: Record<string, string> = {}) => {
    const made = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
    if (text) made.appendChild(doc.createTextNode(text));
    return made;
  };
  switch (kind) {
    case 'share-bar': {
      const bar = element('div', '', { class: 'share-bar' });
      bar.appendChild(element('a', 'Share', { href: 'https://www.facebook.com/sharer.php?u=x' }));
      bar.appendChild(element('a', `${label} Tweet`, { href: 'https://twitter.com/intent/tweet' }));
      bar.appendChild(element('a', 'Print', { href: 'javascript:window.print()' }));
      return bar;
    }
    case 'nav': {
      const nav = element('nav');
      const list = nav.appendChild(element('ul'));
      for (const entry of ['Home', `${label} Press service`, 'Contacts']) list.appendChild(element('li')).appendChild(element('a', entry, { href: '/' }));
      return nav;
    }
    case 'script':
      return element('script', `window.dataLayer = []; var speaker = "${label} who?"; document.title += "${label}";`);
    case 'style':
      return element('style', `p::before { content: "${label}"; }`);
    case 'comment':
      return doc.createComment(` ${label} an editor's note, never shown `);
    case 'template':
      return element('template', `${label} A template's text is never shown.`);
    case 'noscript':
      return element('noscript', `${label} Please enable JavaScript.`);
    case 'aside': {
      const aside = element('aside', '', { class: 'sidebar' });
      aside.appendChild(element('h3', 'Latest news'));
      aside.appendChild(element('p', `${label} A headline of another page, with a question?`));
      return aside;
    }
    case 'footer': {
      const footer = element('footer');
      footer.appendChild(element('p', `${label} Contact us: +7 499 244 16 06. © Ministry, all rights reserved.`));
      return footer;
    }
  }
}
