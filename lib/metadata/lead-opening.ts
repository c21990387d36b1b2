import type { Block } from '../page/blocks';

/** The opening of the body's first paragraph of text, past short lines and the headline repeated over it. */
export function leadOpening(rawBlocks: readonly Block[], title: string): string {
  const lead = rawBlocks.slice(0, LEAD_SEARCH).find((block) => block.text.length > LEAD_MIN && block.text.trim() !== title);
  // A paragraph that opens on a speaker's label ("Вопрос: …", "Q: …") is a turn of the transcript, not an editor's lead.
  if (!lead || SPEAKER_LABEL.test(lead.text)) return '';
  const opening = lead.text.trim().slice(0, LEAD_OPENING);
  const end = SENTENCE_END.exec(opening);
  return end ? opening.slice(0, end.index + 1) : opening;
}

const SPEAKER_LABEL = /^\s*[^\s:：]{1,20}\s?[:：]\s/u;
const LEAD_SEARCH = 6;
const LEAD_MIN = 40;
/** How much of the lead is read: its first sentence, where a report says when. */
const LEAD_OPENING = 250;
/**
 * A sentence's end: a Chinese or Japanese full stop, or a Western one before the next sentence's capital (not "Sec. of
 * State"), and not a day's ordinal stop ("am Mittwoch, 17. Januar 2024").
 */
const SENTENCE_END = /[。！？]|(?<!\b\d{1,2})[.!?](?=\s\p{Lu})/u;
