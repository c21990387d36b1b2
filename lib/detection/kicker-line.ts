/**
 * Whether a label alone on its line is a headline's kicker: the name or office a news site sets
 * over its headline, in a box of its own ("سخنگوی وزارت خارجه:" over "از منافع ملی دفاع می‌کنیم",
 * "Außenministerin:" over "Wir bleiben an der Seite der Ukraine", "বাংলাদেশের বিজয়ের সুবর্ণ জয়ন্তী:"
 * over the interview's headline, "Transcript for:" over a video's title): the page's headline,
 * its <h1>, follows it, where a speaker's label alone on its line has the turn's text after it.
 * The engine's (ScanOptions.kicker, ./label-scan.ts): the content script's bytes are counted.
 */
export function isKicker(paragraph: Element): boolean {
  return paragraph.nextElementSibling?.localName === 'h1';
}
