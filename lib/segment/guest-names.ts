import { GENITIVE_BEFORE, INSTRUMENTAL_SURNAME, nominativeName, WEST_SLAVIC_INSTRUMENTAL_SURNAME } from './name-case';
import { namesInTitle, namesRead } from './title-names';
import { KOREAN_NOT_NAMES, PERSON_OFFICES } from '../vocabulary/name-words';

/**
 * Names the page's own texts give a speaker whom the labels do not name in full: the guest a title
 * names by office alone and the lead by name, a minister who introduces himself, a CJK surname's
 * full name, a Russian or Ukrainian title's genitive. Speaker resolution (speaker-roles.ts) asks.
 */

/** A Chinese, Japanese or Korean surname alone: one or two characters ("林", "岸田"). */
const CJK_SURNAME = /^[\p{Script=Han}\p{Script=Hangul}]{1,2}$/u;

/** A CJK full name: the surname and up to three more characters ("林真理子", "斯蒂芬·萨克"). */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}ー・]{2,8}$/u;

/** The CJK full names the texts give (a title, a lead). */
export function cjkNamesIn(texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => namesInTitle(text)))].filter((name) => CJK_NAME.test(name));
}

/** A CJK surname alone ("林", "岸田"): the one label fullNameOfSurname may complete. */
export function isCjkSurname(name: string): boolean {
  return CJK_SURNAME.test(name);
}

/**
 * The full name of a CJK speaker labelled by surname alone ("林:", "岸田:"): the one name among
 * `names` that begins with it and is longer.
 */
export function fullNameOfSurname(labelNames: string[], names: string[]): string | null {
  if (!labelNames.every((name) => CJK_SURNAME.test(name))) return null;
  const short = labelNames[0]!;
  const full = names.filter((name) => name.length > short.length && name.startsWith(short));
  return full.length === 1 ? full[0]! : null;
}

/**
 * A speaker who says who speaks, after the office, in the opening words of a press conference:
 * "防衛大臣に就任いたしました北澤俊美でございます", "外務大臣を拝命いたしました岩屋毅(いわや・たけし)でございます",
 * "1차관 조현동입니다", a two-syllable name and a consul's "…이라고 합니다" too ("외교부장관 박진입니다", "총영사 정기홍이라고 합니다"). Not "私からは以上でございます", nor a journalist's "時事通信の宮澤と申します"; not "My name is …" in the
 * languages that say so: there it is as often a host's introduction ("Good afternoon. My name is Mike
 * Froman, … we are delighted to welcome …").
 */
const SELF_INTRODUCTION =
  /(?:大臣|外相|長官|報道官|大使|総理|首相)(?:に就任|を拝命)(?:いたしました|しました)(\p{Script=Han}{2,5})(?:[(（][^)）]{1,24}[)）])?でございます|(?:대변인|장관|차관|대사|영사|수석)\s?(\p{Script=Hangul}{2,3}?)(?:입니다|이라고 합니다)/u;

export function selfIntroduced(speech: string): string | null {
  const found = SELF_INTRODUCTION.exec(speech);
  const name = found?.[1] ?? found?.[2] ?? null;
  // "대변인 브리핑입니다" is the spokesperson's briefing, no one's name.
  return name && !KOREAN_NOT_NAMES.has(name) ? name : null;
}

/**
 * A title that names its guest by office alone ("Interview exclusive de M. l'Ambassadeur de France
 * en Espagne", "Entrevista … al Embajador de España en Bratislava"): the guest is the name the
 * lead gives beside that office ("… où Jérôme Bonnafont, Ambassadeur de France …"), not the first
 * name it gives (the teacher who ran the workshop, the editor who asked).
 */
export function guestByOffice(title: string, namingTexts: string[]): { text: string; name: string } | null {
  if (namesInTitle(title).length > 0) return null;
  const offices = wordsOf(title).filter((word) => PERSON_OFFICES.test(word));
  if (offices.length === 0) return null;
  for (const text of namingTexts) {
    // The first name beside that office that an office places, else the first beside it: "… vom
    // Französischen Gymnasium, trafen Außenminister Frank-Walter Steinmeier"; "The German Ambassador to
    // India, Philipp Ackermann, … his predecessor, Ambassador Walter Lindner" keeps Ackermann.
    const beside = namesRead(text, {}).filter(({ name }) => {
      const at = text.indexOf(name);
      if (at < 0) return false;
      const around = wordsOf(text.slice(Math.max(0, at - OFFICE_REACH), at + name.length + OFFICE_REACH));
      return around.some((word) => offices.some((office) => sameOffice(word, office)));
    });
    const found = beside.find((entry) => entry.byOffice || entry.apposed) ?? beside[0];
    if (found) return { text, name: found.name };
  }
  return null;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}-]+/u);
}

/**
 * The same office in another form: the word itself, or it with a gender's or a plural's ending
 * ("Embajador" in the title, "embajadora" in the lead); not the embassy ("embajada", "ambassade").
 */
function sameOffice(word: string, office: string): boolean {
  return word === office || (word.startsWith(office) && OFFICE_ENDINGS.has(word.slice(office.length)));
}

const OFFICE_ENDINGS = new Set(['a', 'e', 's', 'as', 'es', 'in']);

/** How far from a name its office may stand ("el embajador español en Eslovaquia Félix Valdés"). */
const OFFICE_REACH = 40;

/**
 * A Russian or Ukrainian title names its speaker in the genitive, after an office or the kind of
 * text ("Выступление Министра … С.В.Лаврова"), and a lead in the instrumental ("интервью с …
 * Владимиром Дорохиным"): the speaker is named in the nominative.
 */
export function inNominative(name: string, text: string): string {
  // The office may stand a few words back, before its department and country ("Министра иностранных дел
  // Беларуси М.Рыженкова").
  const before = text.slice(0, text.indexOf(name)).trim().split(/\s+/).slice(-OFFICE_WORDS_BACK);
  return before.some((word) => GENITIVE_BEFORE.test(word)) || INSTRUMENTAL_SURNAME.test(name) || WEST_SLAVIC_INSTRUMENTAL_SURNAME.test(name)
    ? nominativeName(name)
    : name;
}

/** How many words before a name its office in the genitive may stand: the office, two of its department's, the country. */
const OFFICE_WORDS_BACK = 4;

/**
 * A Korean broadcast's credits over its transcript: who hosts ("■ 진행 : 박정호 / 오마이TV 기자") and
 * who is interviewed ("■ 대담 : 윤호중 / 행정안전부 장관"), by name.
 */
export function broadcastCredits(texts: readonly string[]): { hosts: string[]; guests: string[] } {
  const hosts: string[] = [];
  const guests: string[] = [];
  for (const text of texts) {
    for (const found of text.matchAll(BROADCAST_CREDIT)) (found[1] === '진행' || found[1] === '사회' ? hosts : guests).push(found[2]!);
  }
  return { hosts, guests };
}

const BROADCAST_CREDIT = /(진행|사회|대담|출연)\s?[:：]\s?(\p{sc=Hangul}{2,4})(?!\p{sc=Hangul})/gu;
