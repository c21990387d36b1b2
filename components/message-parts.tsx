import { Fragment, type ComponentChildren } from 'preact';

/** A mark that stands for the n-th part in a message until `withParts` puts the part there (private-use characters: no catalogue writes them). */
export function slot(n: number): string {
  return `\uE000${n}\uE001`;
}

const SLOTS = /\uE000(\d)\uE001/;

/**
 * A catalogue's message with markup in its substitutions: the message is asked for with
 * `slot(0)`, `slot(1)` … where the markup goes (`t('savedElsewhereHeading', slot(0), slot(1))`),
 * and each slot becomes its part (a `<bdi>` site, a `<time>`), wherever the language puts it:
 * English says "Deleted the edition from <site> of “<title>”", Russian names the title first.
 */
export function withParts(message: string, ...parts: ComponentChildren[]): ComponentChildren {
  // split() with a group gives text, slot number, text, slot number, … text.
  return message.split(SLOTS).map((piece, i) => <Fragment key={i}>{i % 2 === 0 ? piece : parts[Number(piece)]}</Fragment>);
}
