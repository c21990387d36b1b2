import { Window } from 'happy-dom';
import { parseDocument } from '../../scripts/lib/parse-html';

/**
 * The two DOMs the engine meets, as in the golden tests: happy-dom stands in for the
 * browser's; linkedom is the command line's.
 */
export type DomName = 'happy-dom' | 'linkedom';

/**
 * happy-dom keeps every document its window parsed until the window is closed, so a
 * property that parses thousands of pages must close them: `releaseDocuments` after each.
 */
const openWindows: Window[] = [];

export const DOMS: Record<DomName, (html: string) => Document> = {
  'happy-dom': (html) => {
    const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    openWindows.push(window);
    return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  },
  linkedom: parseDocument,
};

export const DOM_NAMES = Object.keys(DOMS) as DomName[];

export async function releaseDocuments(): Promise<void> {
  await Promise.all(openWindows.splice(0).map((window) => window.happyDOM.close()));
}
