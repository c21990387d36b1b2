import type { Segment } from '../transcript-schema';
import { GREETING, WELCOME } from '../text/register';
import { HONORIFICS, isOfficeWord, LABEL_COURTESIES } from '../vocabulary/name-words';
import { sameSurname, surnameOf } from './speakers';

/**
 * A broadcast's or a paper's interview where the host, before the first question, turns to the guest by name or
 * office ("Dr. ElBaradei, first of all, congratulations.", "Herr Botschafter, Ihre Zeit als …", "Костянтине
 * Івановичу, добрий вечір!", "木寺大使、こんにちは。"), and the guest greets back ("Thank you very much."): the corpus
 * reads the two as the interview's first question and answer, not as remarks. A welcome ("Mr. Secretary, thanks so
 * much for joining us.") or a greeting to the audience stays remarks, as the corpus README has a moderator's welcome,
 * and so does anything not said by the one who goes on to ask, or not answered by the one who goes on to answer (a
 * chamber's member addressing its chair).
 */
export function guestAddressedOpensTheQuestions(segments: Segment[]): void {
  const firstQuestion = segments.findIndex((segment) => segment.kind === 'question');
  if (firstQuestion < 2) return;
  const firstAnswer = segments.findIndex((segment, i) => i > firstQuestion && segment.kind === 'answer');
  if (firstAnswer < 0) return;
  const asker = segments[firstQuestion]!.speaker;
  const guest = segments[firstAnswer]!.speaker;
  if (asker === guest && asker !== null) return;
  for (let i = 0; i + 1 < firstQuestion; i += 1) {
    const opening = segments[i]!;
    const reply = segments[i + 1]!;
    if (opening.kind !== 'remarks' || reply.kind === 'question') continue;
    if ((opening.speaker !== null && opening.speaker !== asker) || reply.speaker !== guest) continue;
    // Unlabelled, the opening must be told from the reply by its label (a dialogue's dashes) or its speaker.
    if (opening.speaker === reply.speaker && (opening.label === null || reply.label === null)) continue;
    if (!addressesListener(opening.paragraphs[0] ?? '', guest)) continue;
    opening.kind = 'question';
    reply.kind = 'answer';
    return;
  }
}

/**
 * Whether a turn opens by turning to its listener: a form of address (a name, an office, a courtesy) before the first
 * comma, then a greeting or the listener's office, courtesy or surname in it. "Dr. ElBaradei, first of all", "Herr
 * Botschafter, Ihre Zeit", "Костянтине Івановичу, добрий вечір!", "جناب آقای سفیر، سلام"; not "Der deutsche
 * Botschafter in Bern, Peter Gottwald, …", whose words in lower case speak of him.
 */
export function addressesListener(paragraph: string, guest: string | null): boolean {
  if (CJK_OPENING_ADDRESS.test(paragraph)) return true;
  // The address may run on in a second part: "Дорин Павлович, господин премьер-министр, добрый день".
  const words: string[] = [];
  let rest = paragraph;
  for (let part = 0; part < ADDRESS_PARTS; part += 1) {
    const found = OPENING_ADDRESS.exec(rest);
    const partWords = found?.[1]!.split(/\s+/u) ?? [];
    if (!found || !partWords.every((word) => /^\p{Lu}/u.test(word) || COURTESY.test(word) || isOfficeWord(word))) break;
    words.push(...partWords);
    rest = rest.slice(found[0].length);
  }
  if (words.length === 0) return false;
  const guestSurname = guest ? surnameOf(guest) : null;
  // A welcome or thanks after the address is the host's welcome, remarks as the corpus README has it ("Mr. Secretary,
  // thanks so much for joining us.", "Tony, great to have you on the show.").
  if (WELCOME.test(rest) || THANKS.test(rest) || WELCOMED.test(rest.split(SENTENCE_END)[0]!)) return false;
  return (
    GREETING.test(rest) ||
    words.some(
      (word) =>
        isOfficeWord(word) ||
        COURTESY.test(word) ||
        HONORIFICS.has(word.toLowerCase()) ||
        LABEL_COURTESIES.has(word) ||
        (guestSurname !== null && word.length > 2 && sameSurname(word.toLowerCase(), guestSurname)),
    )
  );
}

const ADDRESS_PARTS = 2;

/** Up to four words, after an opening quotation mark, then the comma that ends an address (Latin, Arabic, Persian). */
const OPENING_ADDRESS = /^["“«„]?((?:[\p{L}\p{M}.’'-]+\s){0,3}[\p{L}\p{M}.’'-]+)\s?[,،]\s?/u;

/** A welcome further into the address's sentence: "Sayın Cumhurbaşkanım, öncelikle TRT ekranlarına hoş geldiniz". */
const WELCOMED = /(?<!\p{L})(?:welcome|hoş geldin|willkommen|bienvenu|bienvenid|benvenut|bem-vind|добро пожаловать|ласкаво просимо|欢迎|歡迎|ようこそ|환영)/iu;

const SENTENCE_END = /[.!?。！？]/u;

/** Thanks that open a host's welcome to the guest. */
const THANKS =
  /^(?:thank|many thanks|merci|danke|vielen dank|gracias|muchas gracias|obrigad|grazie|спасибо|дякую|teşekkür|terima kasih|cảm ơn|谢谢|謝謝|ありがとう|감사)/iu;

/** Courtesies that address someone, in the corpus languages: "Herr", "Senhor", "господин", "Κύριε", "Sayın". */
const COURTESY =
  /^(?:herr|frau|monsieur|madame|señor|señora|senhor|senhora|signor|signora|signore|pan|pani|panie|господин|госпожа|пане|пані|κύριε|κυρία|sayın|bapak|pak|ibu|bu|meneer|mevrouw|heer)$/iu;

/** A CJK office, perhaps after the name, then the comma or the greeting that addresses its holder: "木寺大使、こんにちは", "刘晓明大使,欢迎". */
const CJK_OPENING_ADDRESS =
  /^(?:尊敬的)?[\p{Script=Han}\p{Script=Hangul}·]{0,12}?(?:大使|外长|外長|部长|部長|总统|總統|首相|大臣|总理|總理|長官|长官|发言人|發言人)(?:先生|女士|閣下|阁下)?\s?(?:[,，、]|您好|你好)/u;
