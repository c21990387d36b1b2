import { matchLabel, type LabelMatch } from './labels';
import { NUMBERED_SPEAKER } from './speakers';

/**
 * Segmentation's reading of a paragraph's label: matchLabel (./labels.ts) after the page's own
 * marks are read past. Detection's label scan (lib/detection/label-scan.ts) reads labels with
 * matchLabel alone: it runs in the content script, whose bytes are counted (issue 11).
 */
export function readLabel(written: string, boldPrefix = ''): LabelMatch | null {
  const text = written.replace(LABEL_BULLET, '');
  const bold = boldPrefix.trim();
  if (!UNDOTTED_INITIAL.test(bold) || !text.startsWith(bold)) {
    const label = matchLabel(text, boldPrefix);
    // An automatic transcript's "Speaker 1 (00:00):", "Speaker 2": each number is one person, who
    // asks or answers; not an anonymous asker, as "Speaker:" alone in a hall's questions is.
    return label?.kind === 'question' && NUMBERED_SPEAKER.test(label.text) ? { ...label, kind: 'named' } : label;
  }
  const label = matchLabel(`${text[0]!}. ${text.slice(2)}`, `${bold[0]!}. ${bold.slice(2)}`);
  // The label as the page writes it; its text, the speaker's name, with the initial's dot.
  return label && { ...label, raw: bold };
}

/**
 * A bullet before a label, as Chinese and Korean news pages set them: "▲DVB電視臺記者:", "■기자:",
 * "◆외교부 대변인:". Not "○", which heads a topic in Japanese minutes, nor "※", a note's mark.
 */
const LABEL_BULLET = /^[▲△■□●◆◇▶►▷★☆]\s?(?=\S)/u;

/**
 * A bold initial that lost its dot before the surname ("<strong>В Дымарский</strong> Санкт-Петербург …",
 * Echo of Moscow's "В.Дымарский" in a stored copy): the dot is put back, so that the initial is
 * not read as the preposition it spells.
 */
const UNDOTTED_INITIAL = /^\p{Lu}\s(?=\p{Lu}[\p{Ll}'’-]+$)/u;
