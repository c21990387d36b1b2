import { ADDRESS, ADDRESS_AFTER_PARAGRAPHS } from './label-scan';
import { GREETING, REPORTED_SPEECH } from '../text/register';
import { SPEECH_ADDRESS } from '../text/speech-address';

/**
 * A speech's address to its audience that detection's scan (lib/detection/label-scan.ts) reads
 * only on a line of its own among the first two text paragraphs, heard by the engine in two more
 * shapes, as parliaments, the UN's councils and embassies print a speech:
 * - the address runs on into the first sentence of the paragraph that opens the speech, closed by
 *   a comma, colon, semicolon or exclamation mark before any full stop ("Monsieur le Président,
 *   chers collègues, je tiens d’abord à remercier …", "Sayın Başkan, değerli delegeler, …"); not
 *   a report's quoted question ("\"Señor presidente, ¿…?\""), nor "Mr. Smith, 54, …", whose full
 *   stop comes first;
 * - an address by courtesy or office on its own line ("Monsieur le Président, chers collègues,",
 *   "Señor Presidente de la Conferencia; Señores Delegados:", "Уважаемые дамы и господа,") after a
 *   page's header lines (a breadcrumb, the title again, the speaker and the occasion), up to four
 *   text paragraphs in; not a paywall's thanks ("Vielen Dank für Ihr Interesse!"), which a
 *   greeting's words alone would hear.
 * The engine's reading (ScanOptions.heardAddress): the content script's bytes are counted.
 */
export function heardAddress(opening: string, textParagraphs: number): boolean {
  const addresses = ADDRESS.test(opening) || SPEECH_ADDRESS.test(opening);
  if (textParagraphs <= ADDRESS_AFTER_PARAGRAPHS && ADDRESS_THEN_TEXT.test(opening) && !REPORTED_SPEECH.test(opening))
    return addresses || GREETING.test(opening);
  return textParagraphs <= ADDRESS_AFTER_HEADER && /[,:;!]$/u.test(opening.trim()) && addresses;
}

/** At most 80 characters of address, no quotation mark before it and no sentence's end in it, then its closing mark and the text. */
const ADDRESS_THEN_TEXT = /^[^"“„«.?!…]{2,80}?[,:;!]\s/u;

/** How many text paragraphs a page's header lines may take before a speech's address on its own line. */
const ADDRESS_AFTER_HEADER = 4;
