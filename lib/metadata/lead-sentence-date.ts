import type { Block } from '../page/blocks';
import { findDate } from '../text/dates';
import { leadOpening } from './lead-opening';

/**
 * The date a lead's first sentence names, for a page that gives no date of its own (no date element, dateline or
 * date in its address): a parliament's or a ministry's event report and a transcript's introduction say when in
 * their opening sentence, after a weekday or a place ("Im Anschluss an die Regierungsbefragung folgte am Mittwoch,
 * 17. Januar 2024, die Fragestunde.", "Remarks by the Ambassador before the Chamber of Commerce, Atlanta, Tuesday,
 * February 28, 2006") or after a word for "on the date" ("… در تاریخ 26 اردیبهشت 1403 …", "วันที่ 5 พฤศจิกายน 2553
 * …"). A date the sentence gives otherwise is what it recalls ("… is ambassador since 16 March 2015").
 */
export function leadSentenceDate(rawBlocks: readonly Block[], title: string): string | null {
  const sentence = leadOpening(rawBlocks, title);
  const found = findDate(sentence);
  return found && DATE_INTRO.test(sentence.slice(Math.max(0, found.index - INTRO_REACH), found.index)) ? found.iso : null;
}

/** A weekday's or a place's name and its comma ("Tuesday, ", "Moscow, "), or a word for "on the date": Arabic, Persian, Thai, Swahili. */
const DATE_INTRO = /(?:\p{L}[\p{L}\p{M}]{0,24}(?:,\s?|\s\()|(?:تاريخ|تاریخ|مورخ|วันที่|tarehe)\s?)$/iu;

/** How far before the date its introducing words are read. */
const INTRO_REACH = 30;
