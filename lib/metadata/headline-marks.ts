/**
 * Marks a site sets around a headline that are not the headline's words. Each is a convention of a kind of
 * page, read only at the headline's ends:
 * - flags or emoji that decorate a channel's or blog's post ("🇷🇺 О праздновании Дня России 🇷🇺");
 * - a multilingual site's language links left in the heading ("Célébration de la fête nationale [mk] [sq]",
 *   France's embassies' SPIP pages);
 * - an archive's entry number or date before a spaced dash ("240716 - UN Security Council …", "2963 – Conférence
 *   de presse …", "19-09-2011 - Entrevista coletiva …", "21:27 - …");
 * - a Japanese news board's date and poster tags after a thread's title ("…推進していく」[8/27] [ばーど★]");
 * - dashes that frame the whole headline ("—行政長官回答議員快訊(政制改革須有基礎)—").
 */
export function withoutHeadlineMarks(title: string): string {
  let text = title.trim();
  for (let pass = 0; pass < MARK_PASSES; pass += 1) {
    const before = text;
    text = withoutLanguageLinks(withoutDecorationAtEnd(text.replace(DECORATION_START, '')))
      .replace(ENTRY_NUMBER, '')
      .replace(FIELD_NAME, '')
      .replace(CLOSING_COLON, '')
      .replace(BOARD_TAGS, '')
      .trim();
    const framed = FRAMING_DASHES.exec(text);
    if (framed) text = framed[1]!.trim();
    if (text === before) break;
  }
  // A mark is dropped only where words are left: a headline that is all marks stays as it was.
  return /\p{L}/u.test(text) ? text : title.trim();
}

const MARK_PASSES = 3;
const DECORATION_START = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\s]+/u;
const DECORATION_CHARACTER = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\s]$/u;
const LANGUAGE_LINK = /\s\[[a-z]{2}\]$/u;

/** Decoration and spaces at the end, walked back one character at a time (a pattern anchored at the end would rescan). */
function withoutDecorationAtEnd(text: string): string {
  const characters = Array.from(text);
  let end = characters.length;
  while (end > 0 && DECORATION_CHARACTER.test(characters[end - 1]!)) end -= 1;
  return characters.slice(0, end).join('');
}

/** A multilingual site's language links at the end ("… [mk] [sq]"), dropped one by one. */
function withoutLanguageLinks(text: string): string {
  let rest = text;
  while (LANGUAGE_LINK.test(rest)) rest = rest.replace(LANGUAGE_LINK, '');
  return rest;
}
// A year alone before the dash opens a headline of its own ("2024 – A Year of Partnership").
const ENTRY_NUMBER = /^(?!(?:19|20)\d\d\s)\d[\d./:-]{0,11}\s[-–—]\s(?=\S)/u;
/** A mail's or a form's field name left before the headline ("Subject: Travel pool #2: …", "Title: Watch: …"). */
const FIELD_NAME = /^(?:Subject|Title|Transcript for|Betreff|Objet|Asunto|Oggetto|Тема|件名|제목|标题|標題)\s?[:：]\s?(?=\S)/iu;
/** A colon that closed a headline over a list ("… в Генассамблее ООН. Главное:"). */
const CLOSING_COLON = /[:：]$/u;
const BOARD_TAGS = /\s?\[\d{1,2}\/\d{1,2}\](?:\s?\[[^\]]{1,20}★\])?$/u;
const FRAMING_DASHES = /^[—–]([^—–]+)[—–]$/u;
