/**
 * Step 2: the title block that interviews and press encounters open with on news sites and
 * presidencies' archives, line after line in capitals before the first question: the guest's name,
 * offices, the place and the day ("H.E. ANNA BERG" / "AMBASSADOR OF NORWAY" / "OSLO, 3 MAY 2021";
 * "MEETING OF THE PRESIDENT" / "WITH THE PRESS" / "ROME, 2 JUNE 2007"). Read alone, a name in
 * capitals is a speaker's label, so each line would open a turn of its own. Two such lines in a row
 * or more, before the transcript's first words, are the block (lib/page/boilerplate.ts drops them);
 * a label in capitals stands alone, its words in ordinary letters after it, or has a colon (a whole
 * transcript in capitals, as old cables are, labels each line "QUESTION: …").
 */
export function isCapitalsLine(text: string): boolean {
  return (
    text.length <= CAPITALS_LINE_MAX &&
    !CASED_OR_CASELESS.test(text) &&
    (text.match(CAPITALS)?.length ?? 0) >= CAPITALS_MIN &&
    !LABEL_OR_SENTENCE_END.test(text)
  );
}

/** A small letter, or a letter of a script without capitals (Chinese, Arabic): not a line in capitals. */
const CASED_OR_CASELESS = /[\p{Ll}\p{Lo}]/u;
const CAPITALS = /\p{Lu}/gu;
/** The fewest capitals of a line of the block ("H.E. ANNA BERG"): not an "A" or a "Q". */
const CAPITALS_MIN = 4;
const CAPITALS_LINE_MAX = 120;
/** A label's colon, or a question's or a sentence's end ("WHAT DID YOU DISCUSS?"). */
const LABEL_OR_SENTENCE_END = /[:：]|[?!]\s*$|\p{Lu}{2}\.\s*$/u;
