/**
 * Step 2: a documents database's record, its particulars in brackets over the text ("[Title] Joint
 * Press Interaction by …", "[Place] …", "[Date] …", "[Source] …", then "[Full text]"; in Japanese
 * "［文書名］", "［場所］", "［年月日］", "［出典］", "［全文］"), under the database's own header
 * ("… Database (Project Leader: …)", its institutes). The text starts under "[Full text]": how many
 * of the body's first lines stand above it and go (lib/page/boilerplate.ts), 0 where there is none.
 */
export function archiveRecordLines(texts: readonly string[]): number {
  const at = texts.slice(0, RECORD_LINES).findIndex((text) => FULL_TEXT.test(text));
  return at > 0 && texts.slice(0, at).some((text) => PARTICULAR.test(text)) ? at + 1 : 0;
}

const FULL_TEXT = /^[[［](?:full text|全文)[\]］]$/iu;
const PARTICULAR = /^[[［](?:title|place|date|source|文書名|場所|年月日|出典)[\]］]/iu;
/** How far down the body the record's "[Full text]" may stand. */
const RECORD_LINES = 12;
