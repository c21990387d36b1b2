import { anonymousKind, type LabelMatch } from './labels';

/**
 * Labels in scripts whose shape matchLabel (./labels.ts) cannot read: segmentation's and the
 * engine's reading (./label-reading.ts), not the content script's, whose bytes are counted.
 *
 * Armenian writes its colon as a single dot ("․" or "."), its full stop as "։" (or ":"), so an
 * interview's labels close on a dot: "Լրագրող․ Նախարար, բարի գալուստ", "Հարց. …", "Պատասխան. …",
 * "Արարատ Միրզոյան. …" (Armenian news sites and the foreign ministry). One to three capitalised
 * Armenian words, perhaps after the quote that opens a reprinted exchange ("«Հարց. …").
 *
 * Georgian has no capitals to tell a name from a sentence ("ინგა გრიგოლია: …"): its label counts
 * in bold only, the bold run being the label, as Georgian papers set their interviews.
 *
 * Indian sites close a question's or an answer's word with ":-" or a hyphen ("प्रश्न:- …", "उत्तर:- …",
 * "सवाल- …", "जवाब- …", "Question:- …"), in Hindi as in English.
 */
export function scriptLabel(text: string, bold: string): LabelMatch | null {
  const hyphened = HYPHENED_QA.exec(text);
  const asked = hyphened ? anonymousKind(hyphened[1]!) : null;
  if (hyphened && asked) return { raw: hyphened[0].trim(), text: hyphened[1]!, kind: asked, rest: text.slice(hyphened[0].length).trim(), strength: 'strong' };
  const armenian = ARMENIAN_LABEL.exec(text);
  if (armenian) {
    const words = armenian[1]!;
    const rest = text.slice(armenian[0].length).trim();
    const inBold = compact(bold) !== '' && compact(armenian[0]).startsWith(compact(bold).replace(/[.․]$/u, ''));
    // A question's or an answer's word is a label wherever it stands; a name, in bold or where it recurs.
    const strong = inBold || ARMENIAN_ROLE.test(words);
    return { raw: armenian[0].trim(), text: words, kind: 'named', rest, strength: strong ? 'strong' : 'weak' };
  }
  const georgian = GEORGIAN_LABEL.exec(text);
  if (georgian && compact(bold) === compact(georgian[0])) {
    return { raw: georgian[0].trim(), text: georgian[1]!, kind: 'named', rest: text.slice(georgian[0].length).trim(), strength: 'strong' };
  }
  return null;
}

const ARMENIAN_LABEL = /^«?\s?((?=\p{sc=Armenian})\p{Lu}[\p{sc=Armenian}'’-]*(?:\s(?=\p{sc=Armenian})\p{Lu}[\p{sc=Armenian}'’-]*){0,2})\s?[.․]\s+(?=\S)/u;

/** Armenian's question, answer, journalist's and host's words. */
const ARMENIAN_ROLE = /^(?:հարց|պատասխան|լրագրող|հաղորդավար)$/iu;

const HYPHENED_QA = /^(प्रश्न|उत्तर|सवाल|जवाब|question|answer)\s?(?::-|-(?=\s))\s*(?=\S)/iu;

const GEORGIAN_LABEL = /^(\p{sc=Georgian}[\p{sc=Georgian}'’-]*(?:\s\p{sc=Georgian}[\p{sc=Georgian}'’-]*){0,2})\s?:\s*/u;

function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}
