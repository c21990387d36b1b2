import type { Block } from './blocks';

/**
 * Step 2, inside a paragraph: furniture a site prints in the same element as the text it
 * goes with, cut off the paragraph's start or end; the words of the transcript stay whole.
 * Each piece is read where it stands (a short tail or head of the paragraph), after or before a
 * sentence's end or a dash, so that no sentence of the text is cut.
 */

/** How much of a paragraph's end the tail rules read. */
const TAIL = 160;
/** How much of a paragraph's start the head rules read. */
const HEAD = 120;

/**
 * Pieces at a paragraph's end, each with what stays in its place:
 * - a teaser's link to read on: "… cette richesse. Lire la suite", "… qui residenti ...continua", "… Read more »";
 * - a news lead's photo credit after its last sentence: "… genächtigt hat. Foto: Anna Berg/NOZ";
 * - a repost's source in brackets: "… Καλώς ήρθατε… (Πηγή: www.example.gr)", "… (Source: Daily News)";
 * - a Korean agency's reporter in brackets: "… 형제예요. [신화사 기자 김하나]";
 * - a TV site's pointer to the whole broadcast after its lead: "… Urmăriți interviul integral în emisiunea …, de la ora 20.30.";
 * - a pointer to the recording after the event's particulars: "… Washington, D.C. June 20, 2008 Webcast of the press briefing";
 * - the transcribers thanked after an editor's note: "… yapılmıştır. Deşifre için A ve B’ye teşekkür ederiz.";
 * - a Hungarian report's source after its sentence: "… vendége volt New Yorkban – írja a Hírlap." (the full stop stays).
 */
const TAIL_PIECES: Array<[RegExp, string]> = [
  [
    /\s(?:»\s?)?(?:lire la suite|read more|continue reading|leer más|seguir leyendo|weiterlesen|leggi tutto|continua a leggere|leia mais|czytaj dalej|czytaj więcej|читать далее|читати далі|devamını oku|baca selengkapnya)\s?[»›→…]?$/iu,
    '',
  ],
  [/\s(?:\.{2,3}|…)\s?(?:continua|continúa|continue|suite|mehr|далее)$/iu, ''],
  [/(?<=[.!?…])\s(?:Foto|Photo|Фото|Ảnh)\s?:\s?\p{Lu}[\p{L}.'’-]{0,30}(?:[\s/|,]{1,3}\p{Lu}[\p{L}.&'’-]{0,30}){0,4}$/u, ''],
  [/\s[(（](?:sources?|πηγή|fuente|fonte|quelle|источник|джерело|kaynak|来源|來源|출처)\s?[:：]\s?[^()（）]{2,60}[)）]$/iu, ''],
  [/(?<=[.!?。])\s?[[【(（][^[\]【】()（）]{0,20}\s?기자\s?[^[\]【】()（）\s]{2,10}[\]】)）]$/u, ''],
  [
    /(?<=[.!?])\s(?:urmăriți|urmăriţi|watch|regardez|guarda|assista|mira)\s[^.!?]{0,30}(?:interviul|interview|entretien|entrevista|intervista)\s[^!?]{0,100}[.!]?$/iu,
    '',
  ],
  [/(?<=[.!?])\s(?:deşifre için\s.{2,80}teşekkür ederiz|thanks to\s.{2,60}\sfor (?:the )?transcri(?:bing|ption))\.?$/iu, ''],
  [/\s(?:webcast|video|audio|podcast) of the (?:press briefing|press conference|briefing|event|interview|speech|remarks)$/iu, ''],
  [/\s[-–]\s(?:írja|közölte|jelentette)\s(?:az?\s)?[\p{L}.]{2,30}\.$/u, '.'],
];

/**
 * Pieces at a paragraph's start:
 * - a wire agency's dateline, its place, its day and its name: "МОСКВА, 20 янв - ПРАЙМ. Официальный …";
 * - a press agency's distribution line: "PARIS, France, 3 novembre 2014/African Press Organization (APO)/ — …";
 * - a press-release portal's issuer and day in brackets: "[SPD - 16.04.2012] Interview für die Abendzeitung".
 */
const HEAD_PIECES: RegExp[] = [
  /^\p{Lu}[\p{Lu}\s-]{2,30},\s\d{1,2}\s\p{L}{3,8}\.?\s[-–—]\s\p{Lu}[\p{L}\p{N} ]{1,30}\.\s(?=\p{Lu})/u,
  /^[^/]{5,60}\d{4}\s?\/[^/]{2,60}\/\s?[-–—]\s/u,
  /^\[[^[\]]{2,40}\s[-–]\s\d{1,2}\.\d{1,2}\.\d{4}\]\s(?=\S)/u,
];

/** The paragraph without the furniture glued to its start or end ('' when nothing else is left). */
export function cutGluedFurniture(text: string): string {
  let cut = text;
  for (const rule of HEAD_PIECES) {
    const found = rule.exec(cut.slice(0, HEAD));
    if (found && found[0].length < cut.length) cut = cut.slice(found[0].length);
  }
  for (const [rule, kept] of TAIL_PIECES) {
    const tail = cut.slice(-TAIL);
    const found = rule.exec(tail);
    if (found) cut = (cut.slice(0, cut.length - tail.length + found.index) + kept).trimEnd();
  }
  return cut;
}

/** The blocks with the furniture cut off their paragraphs; a block that was nothing else goes. Blocks left whole are the same objects. */
export function withoutGluedFurniture(blocks: readonly Block[]): Block[] {
  const stamp = repeatedStamp(blocks);
  return blocks.flatMap((block) => {
    const unstamped = stamp !== null && block.text.endsWith(stamp) ? block.text.slice(0, -stamp.length) : block.text;
    const text = cutGluedFurniture(unstamped);
    if (text === block.text) return [block];
    return text === '' ? [] : [{ ...block, text }];
  });
}

/**
 * A copying site's stamp after the last sentence of its paragraphs: its name, perhaps after a code
 * ("…改变现状的?Xy7某某生活网", "… 这是公开的。Xy7某某生活网"), the same words after three paragraphs or more.
 * Glued to the stop, no space between; no stop or comma in it ("Mr. President," closes many paragraphs of a speech).
 */
function repeatedStamp(blocks: readonly Block[]): string | null {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const stamp = STAMP.exec(block.text.slice(-STAMP_TAIL))?.[1];
    if (stamp) counts.set(stamp, (counts.get(stamp) ?? 0) + 1);
  }
  for (const [stamp, count] of counts) if (count >= STAMPED_PARAGRAPHS) return stamp;
  return null;
}

const STAMP = /[。！？.!?]([^\s。！？.!?,，、:：;；]{4,24})$/u;
const STAMP_TAIL = 30;
const STAMPED_PARAGRAPHS = 3;
