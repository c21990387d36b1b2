import { withoutAccents } from '../text/accents';
import {
  CJK_JOURNALIST,
  CJK_OFFICE,
  HONORIFICS,
  isHostAlone,
  LABEL_COURTESIES,
  LABEL_HOSTS,
  LABEL_OFFICES,
  MODERATOR,
  NEWS_SITE_LABEL,
  OFFICE_INITIALS,
  OUTLET,
  ROLE_WORDS,
  STATE_NOUN,
} from '../vocabulary/name-words';
/**
 * Who a label names: "Foreign Minister Sergey Lavrov", "S.Lavrov", "С.В. ЛАВРОВ",
 * "Shri Arindam Bagchi, Official Spokesperson", "Kojima, NHK", "President of France
 * Emmanuel Macron (retranslated)". One person is one speaker however the labels write them.
 */

/** An office, then a full name in brackets: "Presiden Republik Indonesia (Joko Widodo)". */
const NAME_IN_BRACKETS = /^([^()]{2,80}?)\s*\((\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3})\)$/u;

/** The number of an anonymised official: "One", "2", "#3", "B". */
const ORDINAL = /^(?:one|two|three|four|five|six|#?\d{1,2}|[a-f])$/iu;

/** The initials of Germany's ministries and offices as the government press conferences write them. */
export const GERMAN_MINISTRY =
  /\((?:AA|BPA|BK|BKAmt|BMAS|BMBF|BMDV|BMEL|BMF|BMFSFJ|BMG|BMI|BMJ|BMUV|BMVg|BMWK|BMWSB|BMZ|BMWi|BMVI|BMU|BMWE|BMBFSFJ|BMFTR|BMLEH|BMDS|BMUKN|StS)\)/u;

/**
 * Offices by their initials, as transcripts label them: Australia's and Britain's "PM:", India's
 * "EAM:" (External Affairs Minister), "FM:". Capitals only: "Pm" is no label.
 */

/** The office a label's initials stand for, read as a label naming it would be; null for other labels. */
export function officeOfInitials(form: SpeakerForm): SpeakerForm | null {
  // A name read from capitals is title-cased ("EAM" became "Eam"): the initials are looked up as written.
  const initials = form.name.toUpperCase();
  const office = form.allCaps || form.name === initials ? OFFICE_INITIALS.get(initials) : undefined;
  return office ? { ...readSpeaker(office), name: initials } : null;
}

/** An automatic transcript's words for a voice, each numbered ("Speaker 2", "Voz 1", "Orateur 3"): labels.ts reads them too. */
export const VOICE_WORDS = 'speaker|voz|orador|oradora|locutor|locutora|orateur|intervenant|спикер|голос';

/**
 * A speaker's number for a name: rev.com's, Otter's, iHeart's automatic transcripts ("Speaker 2").
 * The engine's: pure, so that the content script, which imports this module for VOICE_WORDS,
 * leaves it out (a bundler keeps a top-level call it is not told is pure).
 */
export const NUMBERED_SPEAKER = /* @__PURE__ */ new RegExp(`^(?:${VOICE_WORDS})\\s?\\d{1,2}$`, 'iu');

export interface SpeakerForm {
  /** The name as this label gives it, honorifics, roles and notes removed. */
  name: string;
  /** Lower-case surname, for telling whether two forms name one person. */
  surname: string;
  /** Lower-case initial of the given name, when the label gives one. */
  initial: string | null;
  /** The label's name was written in capitals only ("MR PRICE"). */
  allCaps: boolean;
  official: boolean;
  journalist: boolean;
  moderator: boolean;
  /**
   * The label names an office and no one ("Minister:", "Foreign Minister:", "總統:",
   * "外務報道官:"), or a surname and an office ("崔大使", "上川大臣"): the person is found
   * in the title or among the page's other labels.
   */
  roleOnly: boolean;
  /** The label is an office and nothing else ("Minister", "外務大臣"), not a surname with one ("崔大使"). */
  officeOnly?: boolean;
}

/**
 * The most capitalised words a name keeps: more are an office's leftovers before it, and the last
 * two are kept ("Ursula von der Leyen" and "Jean-Yves Le Drian" kept whole, commit 8bdb345).
 */
const NAME_WORDS_MAX = 3;
const KEPT_NAME_WORDS = 2;

/** Reads a named label's words (without the colon). */
export function readSpeaker(labelText: string): SpeakerForm {
  const cjk = readCjkSpeaker(labelText);
  if (cjk) return cjk;
  // An automatic transcript's "Speaker 2": the number is the name, one person each.
  if (NUMBERED_SPEAKER.test(labelText)) {
    return {
      name: labelText,
      surname: labelText.toLowerCase(),
      initial: null,
      allCaps: false,
      official: false,
      journalist: false,
      moderator: false,
      roleOnly: false,
    };
  }
  const moderator = MODERATOR.test(labelText) || isHostAlone(labelText.trim()) || LABEL_HOSTS.test(labelText.trim());
  // "Presiden Republik Indonesia (Joko Widodo)": an office, and the name in brackets after it.
  const bracketed = NAME_IN_BRACKETS.exec(labelText);
  if (bracketed && hasRoleWord(bracketed[1]!)) return { ...readSpeaker(bracketed[2]!), official: true, journalist: false, roleOnly: false };
  // A spaced dash sets an outlet after the name as a comma does ("Khánh An – VOA"); not an office
  // ("Anne Hidalgo – Maire de Paris"), an organisation ("Ngozi Okonjo-Iweala – WTO"), nor a name
  // after a role ("Moderator — Ned Price").
  const withoutNotes = labelText
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\S) [–—] (?=(\S[^–—]*)$)/u, (dash, after: string) => (OUTLET.test(after) ? ', ' : dash))
    // Arabic's comma, and a dash before an office, set the office after the name: "عادل الجبير، وزير الخارجية السعودي",
    // "سيلفيو بيرلسكوني- رئيس الحكومة الإيطالية".
    .replace(/،\s?/gu, ', ')
    .replace(/(?<=\S)\s?[-–—]\s(?=(\S+))/u, (dash, next: string) => (LABEL_OFFICES.has(next) ? ', ' : dash));
  const [namePart = '', ...afterComma] = withoutNotes.split(',').map((part) => part.trim());
  const qualifier = afterComma.join(', ');
  const masthead = !moderator && qualifier === '' ? mastheadOf(namePart) : null;
  if (masthead) return masthead;

  // Post-nominals end a British name: "Rt Hon David Lammy MP".
  let tokens = namePart
    .split(' ')
    .filter(
      (token) =>
        !HONORIFICS.has(token.toLowerCase()) && !LABEL_COURTESIES.has(token) && !PARLIAMENT_CHAIRS.has(token.toLowerCase()) && !HOST_BEFORE_NAME.test(token),
    );
  while (tokens.length > 1 && POST_NOMINAL.test(tokens.at(-1)!)) tokens.pop();
  // "The" opens an office ("The Foreign Minister") and an outlet's name ("The Paper", "The Hindu"):
  // before an outlet it is part of the name.
  const outletName = OUTLET.test(labelText) && !tokens.some((token) => isRoleToken(token) && token.toLowerCase() !== 'the');
  // "Le", "La", "The" after the first word are a name's ("Jean-Yves Le Drian"), not an office's.
  const lastRole = outletName ? -1 : findLastIndex(tokens, (token, i) => isRoleToken(token) && !(i > 0 && /^(?:Le|La|The)$/u.test(token)));
  // "WAGNER (AA)", "Flosdorff (BMAS)": a German ministry's initials in brackets make an official;
  // other initials in brackets are most often the asker's outlet ("Dawn Tan (CNA)", "Kelly (NPR)").
  const ministry = GERMAN_MINISTRY.test(labelText);
  const outletInBrackets = !ministry && /\([A-Z][A-Za-z]{1,5}\)/u.test(labelText) && !ownInitials(labelText);
  // "Sergey Lavrov (Russian Foreign Minister)": an office in brackets after the name.
  const noteOffice = !ministry && hasRoleWord(/\(([^()]{3,60})\)/u.exec(labelText)?.[1] ?? '');
  // An office in a newsroom after the comma is a journalist's: "JUAN GOSSAÍN, DIRECTOR DE NOTICIAS DE RCN",
  // "Jane Doe, editor of the Times"; an agency's is not ("Rafael Grossi, Director General of the
  // International Atomic Energy Agency").
  const official = lastRole >= 0 || ministry || noteOffice || (qualifier !== '' && hasRoleWord(qualifier) && !NEWSROOM.test(qualifier));
  // "SENIOR STATE DEPARTMENT OFFICIAL ONE", "Senior Administration Official 2": background briefings
  // number their anonymised officials; the whole label is the one person's name.
  const numbered = lastRole >= 0 && lastRole < tokens.length - 1 && tokens.slice(lastRole + 1).every((token) => ORDINAL.test(token));
  // "Director General de Comunicación Social, Eduardo del Río": the office runs on past its last
  // word of office ("de …", "para …", "of …") to the comma, and the name follows it.
  const firstRole = tokens.findIndex((token) => isRoleToken(token) && token.toLowerCase() !== 'the');
  const officeRunsOn = firstRole >= 0 && tokens.slice(firstRole + 1).some((token) => /^\p{Ll}/u.test(token));
  if (lastRole >= 0 && officeRunsOn && NAME_AFTER_OFFICE.test(qualifier) && !hasRoleWord(qualifier)) {
    return { ...readSpeaker(qualifier), official: true, journalist: false, roleOnly: false, officeOnly: false };
  }
  const labelOffice = LABEL_OFFICES.has(tokens[lastRole] ?? '');
  if (lastRole >= 0 && !numbered) tokens = tokens.slice(lastRole + 1);
  // An Arabic or Persian office runs on through its complement before the name: "وزير الخارجية" (the
  // foreign minister), "وزير الخارجية عادل الجبير", "سخنگوی وزارت امور خارجه".
  if (labelOffice) while (tokens.length > 0 && OFFICE_COMPLEMENT.test(tokens[0]!)) tokens = tokens.slice(1);
  tokens = dropPlaceAfterRole(tokens);
  // "PRESIDENTE DE LA REPÚBLICA", "Президент Республики": the office's state, no one's name.
  // So is the state's noun and its name after "of", as an embassy's interview heads the guest's office in capitals
  // ("HIGH COMMISSIONER OF THE REPUBLIC OF RWANDA", "Ambassador of the Kingdom of Thailand"): a place, not "Republic Of Rwanda".
  if (lastRole >= 0 && STATE_NOUN.test(tokens[0] ?? '') && (tokens.length === 1 || (tokens.length <= STATE_NAME_WORDS && STATE_OF.test(tokens[1]!))))
    tokens = [];
  // Words in lower case after the office say when or where, not who: "Le Premier ministre lors de son
  // départ pour Paris", "The Minister at the press conference".
  if (lastRole >= 0 && tokens.length > 0 && /^\p{Ll}/u.test(tokens[0]!) && !NAME_PARTICLE.test(tokens[0]!)) tokens = [];
  // "Secretario de Estado de Comunicación": the office's own words after it leave no name.
  if (lastRole >= 0 && tokens.every((token) => isRoleToken(token) || /^(?:de|del|of|the|la|el|für|des|du)$/iu.test(token))) tokens = [];
  // Russian initials start the name: "... Российской Федерации С.В.Лавров" is "С.В.Лавров".
  // (Initials after the surname, "Лавров С.В.", end the name instead.)
  // A Latin middle initial ("Antony J. Blinken") is inside the name: Russian initials are
  // Cyrillic, or glued to the surname or to each other ("Д.Алипов", "С.В. Лавров").
  const initials = tokens.findIndex(
    (token, i) => /^\p{Lu}\./u.test(token) && (i < tokens.length - 1 || /\p{Ll}/u.test(token)) && (/^\p{Script=Cyrillic}/u.test(token) || token.length > 2),
  );
  if (initials > 0) tokens = tokens.slice(initials);
  // More than three words of a name are an office's leftovers before it: the last two are kept,
  // with the particles between and before them ("Ursula von der Leyen", "Francisco Seixas da
  // Costa" are whole names: particles are not counted).
  const capitalised = tokens.flatMap((token, i) => (/^\p{Lu}/u.test(token) && !NAME_PARTICLE.test(token) ? [i] : []));
  if (capitalised.length > NAME_WORDS_MAX && !numbered) {
    let from = capitalised.at(-KEPT_NAME_WORDS)!;
    while (from > 0 && NAME_PARTICLE.test(tokens[from - 1]!) && from - 1 > capitalised.at(-KEPT_NAME_WORDS - 1)!) from -= 1;
    tokens = tokens.slice(from);
  }
  // "Official Spokesperson, Shri Randhir Jaiswal": the office first, the name after the comma.
  if (tokens.length === 0 && lastRole >= 0 && NAME_AFTER_OFFICE.test(qualifier))
    return { ...readSpeaker(qualifier), official: true, journalist: false, roleOnly: false, officeOnly: false };
  const roleOnly = tokens.length === 0 && official;
  if (tokens.length === 0) tokens = namePart.split(' ');

  const outlet = OUTLET.test(labelText) || NEWS_SITE_LABEL.test(labelText.trim());
  const allCaps = isAllCaps(tokens.join(''));
  // Names in capitals are shouted surnames ("MR PRICE"); outlets keep their spelling ("CCTV").
  const name = (allCaps && !OUTLET.test(tokens.join(' ')) ? tokens.map(titleCase) : tokens).join(' ');
  const surname = surnameOf(name);
  const initial = initialOf(name, surname);
  // A qualifier after the comma is the asker's outlet ("Kojima, NHK", "Валерий Санфиров, радиостанция
  // «Маяк»", "Jean Dupont, du Monde", "Tomáš Novák, redaktor Českého rozhlasu"), unless it is words in
  // lower case that name no outlet: an office the vocabulary does not hold ("Václav Smolka, tiskový
  // mluvčí vlády"), which tells nothing of who asks.
  const unknownOffice = /^\p{Ll}/u.test(qualifier) && !/[«»“”"„]/u.test(qualifier) && !OUTLET_OPENING.test(qualifier) && !JOURNALIST_WORD.test(qualifier);
  const journalist = !official && !moderator && (outlet || outletInBrackets || (qualifier !== '' && !hasRoleWord(qualifier) && !unknownOffice));
  return {
    name,
    surname,
    initial,
    allCaps,
    official: official && !moderator,
    journalist,
    moderator,
    roleOnly: roleOnly && !moderator,
    officeOnly: roleOnly && !moderator,
  };
}

/**
 * A paper's or a programme's name opened by its article, as the French, Spanish, Italian and English press label their
 * own questions: "Le Patriote :", "La Voix du Luxembourg:", "La Jornada:", "The West Block:". The article is no office
 * ("Le" opens "Le Premier ministre", "The" "The Foreign Minister"): where no word of office or courtesy follows it, the
 * label names the masthead whole. Two words or more after the article, or an outlet's word, are a title, the paper's
 * journalist asking; one word alone may be a surname ("Le Drian:"), whose role the turns decide.
 */
const MASTHEAD = /^(?:The|Le|La|Les|El|Los|Il|Lo)\s\p{Lu}[\p{L}'’-]*(?:\s(?:de|du|des|del|della|di|of|the|\p{Lu}[\p{L}'’-]*))*$/u;

export function mastheadOf(namePart: string): SpeakerForm | null {
  if (!MASTHEAD.test(namePart)) return null;
  const words = namePart.split(' ').slice(1);
  if (words.some((word) => isRoleToken(word) || HONORIFICS.has(word.toLowerCase()) || LABEL_COURTESIES.has(word) || STATE_NOUN.test(word))) return null;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  const titled = capitalised >= 2 || OUTLET.test(namePart);
  return {
    name: namePart,
    surname: surnameOf(namePart),
    initial: null,
    allCaps: false,
    official: false,
    journalist: titled,
    moderator: false,
    roleOnly: false,
    officeOnly: false,
  };
}

/** The state's noun, "of" and the state's name of one or two words ("Republic of Rwanda", "Kingdom of Saudi Arabia"); more is a holder's name after it ("Republic of Korea Moon Jae-in"). */
const STATE_NAME_WORDS = 4;
const STATE_OF = /^(?:of|de|di|da|du|des|del|della|van|von)$/iu;

/** A newsroom's words: an office in one is a journalist's. */
const NEWSROOM =
  /(?<![\p{L}\p{N}])(?:news|noticias|notícias|notizie|nachrichten|radio|rádio|televisi\p{L}*|tv|diario|diário|periódico|newspaper|times|zeitung|journal|editor|rédacteur|redactor|redaktor)(?![\p{L}\p{N}])/iu;

/**
 * The words that complete an Arabic or Persian office: Arabic's definite ones ("الخارجية", "السعودي")
 * and Persian's ministry words. A name's first word has no article ("عادل الجبير").
 */
const OFFICE_COMPLEMENT = /^(?:ال\p{Script=Arabic}{2,}|وزارت|امور|خارجه|خارجی|کشور|جمهوری|اسلامی|ایران)$/u;

/** A preposition before an outlet's name: "du Monde", "de El País", "of the BBC", "von der FAZ", "из ТАСС". */
const OUTLET_OPENING = /^(?:de|du|da|do|del|della|des|of|from|von|vom|der|z|ze|из|от|з|від)\s/iu;

/** A journalist's word in a qualifier: "freier Journalist", "redaktor Českého rozhlasu", "corresponsal de …". */
const JOURNALIST_WORD =
  /journalist|reporter|korrespondent|correspond|redakt|r[ée]dact|periodist|giornalist|журналист|корреспондент|кореспондент|novinář|novinar|dziennikarz|muhabir|gazeteci|toimittaja|újságíró/iu;

/**
 * A CJK label: a name, an outlet's journalist ("法新社记者"), an office ("總統"), or a
 * surname and an office ("崔大使", "上川大臣"). Names are not split into words here: the
 * surname is the name's first characters, which is how labels shorten them.
 */
/** A consul's offices after a Japanese or Korean name ("竹内総領事", "田中副総領事", "차 총영사"), which labels need not know (the content script's bytes). */
const CONSUL_OFFICE = /(?:副|首席)?(?:総領事|領事|事務所長|公使)$|총?영사$/u;

/** An office, a name and a verb of reporting: "…司長吳尚年報告", "…司長楊心怡大使報告" (the office after the name dropped). */
const CJK_REPORTING = /^(\p{Script=Han}{4,30}?)(?:大使|代表)?(?:報告|报告|表示|說明|说明)$/u;
const CJK_OFFICES_WITHIN = /司長|司长|處長|处长|局長|局长|部長|部长|發言人|发言人|主任|署長|署长|次長|次长/gu;

/**
 * A German or Austrian parliament's chair and members ("Präsident Mag. Wolfgang Sobotka:", "Vizepräsidentin
 * Petra Pau:", "Abgeordneter Dr. Reinhold Lopatka (ÖVP):"): words before the name, which make no official.
 * The chair gives the floor (speaker-roles.ts, GIVES_THE_FLOOR); the members ask.
 */
const PARLIAMENT_CHAIRS = new Set(['präsident', 'präsidentin', 'vizepräsident', 'vizepräsidentin', 'abgeordneter', 'abgeordnete']);

/**
 * A one-character surname, an office and a given name of one or two characters, as Taiwan's Legislative Yuan
 * records write their speakers ("黃委員國昌", "林部長佳龍"). Not an office's own first characters ("副", "總", "駐"):
 * "副部長王毅" is an office and a name; nor an office's last ("長", "員"): "王代表委員" is a surname and two offices.
 */
const GAZETTE_NAME =
  /^([^\P{Script=Han}副總总前新駐驻次該该本貴贵外內内])(委員|委员|部長|部长|次長|次长|處長|处长|司長|司长|局長|局长|院長|院长|署長|署长|主委|秘書長|秘书长|大使|代表)(\p{Script=Han}?[^\P{Script=Han}長长員员])$/u;

/**
 * A podcast's or a broadcast's host, by the Nordic and Dutch word before the name: "Programledare Kristoffer Triumf
 * (i fortsättningen benämnd KT):", "Programleder …", "Studievært …", "Juontaja …", "Presentator …": no part of the
 * name, whose initials label the host's later turns ("KT:"). Who asks is read from the turns, as for any name. The
 * engine's reading: the content script's labels need not know it.
 */
const HOST_BEFORE_NAME = /^(?:programledare|programleder|programvært|studievært|vært|juontaja|presentator|presentatrice)$/iu;

/** A CJK office, a space and a name of two to four characters. */
const OFFICE_THEN_NAME = /^([\p{Script=Han}\p{Script=Hangul}]{2,10})\s([\p{Script=Han}\p{Script=Hangul}]{2,4})$/u;

function readCjkSpeaker(labelText: string): SpeakerForm | null {
  // Taiwan's briefings give each unit's chief as office, name and a verb ("外交部國際組織司司長吳尚年報告",
  // "亞西及非洲司司長楊心怡大使報告"): the name after the last office is the speaker's.
  const reporting = CJK_REPORTING.exec(labelText.replace(/\s+/g, ''));
  if (reporting) {
    const said = reporting[1]!;
    const offices = [...said.matchAll(CJK_OFFICES_WITHIN)];
    const last = offices.at(-1);
    const name = last && last.index! > 0 ? said.slice(last.index! + last[0].length) : '';
    if (/^\p{Script=Han}{2,4}$/u.test(name)) return { ...readCjkSpeaker(name)!, official: true };
  }
  const text = labelText.replace(/\s+/g, '');
  // Taiwan's Legislative Yuan gazette writes a person as surname, office, given name: "黃委員國昌" is
  // 黃國昌, "林部長佳龍" 林佳龍, "李處長佩華" 李佩華. A member (委員) asks the government, as a journalist asks at a
  // briefing, though the title names him; the others answer for it.
  const gazette = GAZETTE_NAME.exec(text);
  if (gazette) {
    const name = gazette[1]! + gazette[3]!;
    const member = /^委[員员]$/u.test(gazette[2]!);
    return { name, surname: name, initial: null, allCaps: false, official: !member, journalist: member, moderator: false, roleOnly: false, officeOnly: false };
  }
  if (
    !/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}《》〈〉A-Za-z0-9·]+$/u.test(text) ||
    !/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)
  )
    return null;
  const moderator = MODERATOR.test(text);
  const journalist = CJK_JOURNALIST.test(text) || OUTLET.test(text);
  // The office first, a space, then the name, as China's press conference transcripts write their
  // labels: "外交部部长 王毅", "主持人 何绍仁".
  const officeFirst = OFFICE_THEN_NAME.exec(labelText.trim());
  const hosts = officeFirst !== null && MODERATOR.test(officeFirst[1]!);
  if (officeFirst && (CJK_OFFICE.test(officeFirst[1]!) || hosts) && !journalist) {
    const given = officeFirst[2]!;
    return {
      name: given,
      surname: given.toLowerCase(),
      initial: null,
      allCaps: false,
      official: !hosts,
      journalist: false,
      moderator: hosts,
      roleOnly: false,
      officeOnly: false,
    };
  }
  let name = text;
  let office = false;
  for (let found = CJK_OFFICE.exec(name) ?? CONSUL_OFFICE.exec(name); found && found.index > 0; found = CJK_OFFICE.exec(name) ?? CONSUL_OFFICE.exec(name)) {
    name = name.slice(0, found.index);
    office = true;
  }
  // What stands before the office may be the institution, not a name: "外交部发言人", "使館發言人",
  // "驻英国使馆发言人" (not "阿部" of 阿部外相, a surname).
  const roleOnly = (CJK_OFFICE.test(name) && name.replace(CJK_OFFICE, '') === '') || (office && CJK_INSTITUTION.test(name));
  if (roleOnly) office = true;
  // A surname before the office ("崔" of 崔大使) is how the page shortens the name.
  const surname = roleOnly ? '' : name.toLowerCase();
  return {
    // A journalist's label keeps its spacing ("テレビ朝日 千々岩記者"), and so does a Japanese name
    // with a space between family and given name ("長谷川 晋"); offices have none.
    name: roleOnly ? text : journalist || !office ? labelText.trim().replace(/\s+/g, ' ') : name,
    surname: surname || text.toLowerCase(),
    initial: null,
    allCaps: false,
    official: office && !journalist && !moderator,
    journalist: journalist && !moderator,
    moderator,
    roleOnly: roleOnly || (office && !journalist && name.length <= 2 && /\p{Script=Han}/u.test(name)),
    officeOnly: roleOnly && !moderator,
  };
}

/**
 * A ministry, an embassy or an office before a CJK office: "外交部", "使館", "驻英国大使馆", "国务院新闻办";
 * a department, bureau or office of three characters or more ("政務司" of Hong Kong's 政務司司長, "保安局").
 */
const CJK_INSTITUTION =
  /^[驻駐]|^\p{Script=Han}{2,}[司局署處处]$|(?:外交部|国防部|國防部|商务部|商務部|外務省|防衛省|国务院|國務院|使馆|使館|领事馆|領事館|办公室|辦公室|办公厅|辦公廳|新闻办|新聞辦|外事办|外事辦|외교부|통일부|국방부|청와대)$/u;

/** "of France Emmanuel Macron" after "President": the place belongs to the role. */
function dropPlaceAfterRole(tokens: string[]): string[] {
  // Italian and Portuguese prepositions count only in lower case ("Presidente della Repubblica",
  // "Ministro da Defesa"), or Italian's in a label in capitals: "Ministro Di Maio", "Presidente Da Silva" are names.
  if (
    tokens[0] &&
    (/^(?:of|for|to|в|по|de|del|des|du|für)$/iu.test(tokens[0]) || /^(?:della|dello|degli|dei|di|da|do|dos|das|DELLA|DELLO|DEGLI|DEI)$/u.test(tokens[0]))
  ) {
    const rest = tokens.slice(1);
    return rest.length > 2 ? rest.slice(rest.length - 2) : rest.slice(1);
  }
  return tokens;
}

/**
 * A name and its own initials in brackets, as an interview labels its two voices ("Jorge Arreaza (JA):", "Fania
 * Rodrigues (FR):", then "JA:" and "FR:"): the initials are the speaker's, not an outlet's ("Dawn Tan (CNA)"). A courtesy
 * title is no part of them: "M. Jean Dupont(MJD)" names an outlet or a show as "Kelly (NPR)" does.
 */
function ownInitials(labelText: string): boolean {
  const found = /^([^()]+)\((\p{Lu}{2,4})\)$/u.exec(labelText.trim());
  if (!found) return false;
  const words = found[1]!
    .trim()
    .split(/\s+/u)
    .filter((word) => !HONORIFICS.has(word.toLowerCase()));
  const initials = words.map((word) => word[0]);
  return initials.join('') === found[2];
}

function hasRoleWord(text: string): boolean {
  return text.split(/\s+/).some((token) => isRoleToken(token));
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/\P{L}/gu, '');
  return letters.length > 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "ЛАВРОВ" to "Лавров"; initials ("С.В.") stay as they are. */
function titleCase(token: string): string {
  return (
    token
      .split(/([.\-])/)
      .map((piece) => (piece.length > 1 ? piece[0]! + piece.slice(1).toLowerCase() : piece))
      .join('')
      // Turkish "İ" lower-cased outside a Turkish locale leaves a combining dot ("TAYYİP" to "Tayyi̇p").
      .replace(/i\u0307/gu, 'i')
  );
}

/** The last word of a name, initials ("S.Lavrov", "С.В.Лавров") and possessives removed. */
export function surnameOf(name: string): string {
  // The last word longer than a letter: "Лавров С.В." is Лавров, not В.
  const words = name.split(/[\s.]+/).filter(Boolean);
  const last = words.filter((word) => word.length > 1).pop() ?? words.pop() ?? name;
  return last.replace(/[’']s$/u, '').toLowerCase();
}

function initialOf(name: string, surname: string): string | null {
  // The given name's initial: from initials wherever they stand ("Лавров С.В."), else the first letter.
  const initials = /(?:^|\s)(\p{Lu})\./u.exec(name);
  const first = (initials?.[1] ?? name.trim()[0])?.toLowerCase() ?? null;
  const onlySurname = name.trim().toLowerCase() === surname;
  return onlySurname ? null : first;
}

/** The shortest surname compared across Russian case endings: a shorter one must match as written. */
export const SURNAME_CASE_MIN = 4;

/**
 * Whether two surnames are one, allowing for Russian case endings ("Лаврова" in a title,
 * "Лавров" in a label; "Захаровой" and "Захарова").
 */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  // A name in capitals drops its accents, as Greek writes them ("ΓΕΡΑΠΕΤΡΙΤΗΣ" for "Γεραπετρίτης").
  if (a.length === b.length && withoutAccents(a) === withoutAccents(b)) return true;
  if (!/[\u0400-\u04ff]/u.test(a + b)) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < SURNAME_CASE_MIN || Math.abs(a.length - b.length) > 2) return false;
  const stem = shorter - 1;
  return a.slice(0, stem) === b.slice(0, stem);
}

/**
 * A name read from capitals, spelt as the page writes it in lower case: capitals drop accents
 * ("Γ. ΓΕΡΑΠΕΤΡΙΤΗΣ:" under a title that gives "Γεραπετρίτης" is "Γ. Γεραπετρίτης"). Each word of
 * the name is looked for, whole and in the same case ending, in `text`.
 */
export function accentedAsIn(form: SpeakerForm, text: string): SpeakerForm {
  if (!form.allCaps || !/\p{M}/u.test(text.normalize('NFD'))) return form;
  const spelt = new Map<string, string>();
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) if (word.length > 1) spelt.set(withoutAccents(word).toLowerCase(), word);
  const name = form.name.replace(/[\p{L}\p{M}]{2,}/gu, (word) => {
    const found = spelt.get(withoutAccents(word).toLowerCase());
    return found && found[0] === found[0]!.toUpperCase() && found.slice(1) === found.slice(1).toLowerCase() ? found : word;
  });
  return name === form.name ? form : { ...form, name, surname: surnameOf(name) };
}

/** Two forms name one person: same surname, and no given-name initials that disagree. */
export function samePerson(a: SpeakerForm, b: SpeakerForm): boolean {
  if (!sameSurname(a.surname, b.surname)) return false;
  return a.initial === null || b.initial === null || a.initial === b.initial;
}

/** Of several forms of one person's name, the one to show: written normally, then the fullest. */
export function bestName(forms: SpeakerForm[]): string {
  const ranked = [...forms].sort((x, y) => Number(x.allCaps) - Number(y.allCaps) || nameWeight(y.name) - nameWeight(x.name));
  return ranked[0]!.name;
}

/** A name's words count before its length: one word more outweighs up to this many characters. */
const WORD_WEIGHT = 100;

function nameWeight(name: string): number {
  return name.split(/\s+/).length * WORD_WEIGHT + name.length;
}

/** Particles inside names, in any case: "von der Leyen", "VON DER LEYEN", "Lula da Silva". */
const NAME_PARTICLE = /^(?:von|van|der|den|de|da|das|dos|di|del|della|du|la|le|al|bin|ibn|zu)$/iu;

/** Letters after a British name: "MP", "MEP", "QC", "KCMG". */
const POST_NOMINAL = /^(?:MP|MEP|MSP|QC|KC|OBE|CBE|MBE|CMG|KCMG|GCMG|PC)$/u;

/** A name after an office and a comma: two or three capitalised words, a particle among them, an honorific before them. */
const NAME_AFTER_OFFICE =
  /^(?:(?:Shri|Smt\.?|Mr\.?|Ms\.?|Dr\.?|H\.E\.)\s)?\p{Lu}[\p{L}.'’-]+(?:\s(?:(?:de|del|da|dos|di|van|von|der)\s)?\p{Lu}[\p{L}.'’-]+){1,2}$/u;

function findLastIndex<T>(items: T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!, i)) return i;
  return -1;
}

/**
 * A word of office in a label: the vocabulary's (in capitals too, as Turkish lowers them: "DIŞİŞLERİ BAKANI"
 * is "bakanı", not "bakani"), and the Arabic and Persian offices only labels need ("الوزير").
 */
function isRoleToken(token: string): boolean {
  const lower = token.toLowerCase();
  return ROLE_WORDS.has(lower) || LABEL_OFFICES.has(lower) || (lower.includes('i') && ROLE_WORDS.has(token.toLocaleLowerCase('tr')));
}
