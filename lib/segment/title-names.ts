import {
  HONORIFICS,
  INTERVIEW_WORDS,
  isRoleWord,
  OFFICE_COUNTRIES,
  OFFICE_INITIALS,
  KOREAN_NOT_NAMES,
  LABEL_OFFICES,
  NOT_NAMES,
  OUTLET,
  PERSON_OFFICES,
  POSTING_PREPOSITIONS,
  ROLE_BEFORE,
  STATE_NOUN,
} from '../vocabulary/name-words';
import { sameSurname, surnameOf } from './speakers';

/** A place's word before a two-word name: "Foreign Minister of Afghanistan Salahuddin Rabbani", "Ambassador to Japan Rahm Emanuel". */
const PLACE_AND_NAME = 3;

/** The most words of a name a title's run may hold ("José Manuel Albares Bueno"); more is a phrase in title case. */
const TITLE_NAME_WORDS_MAX = 4;

/** The shortest word in capitals that continues a name ("Sergey LAVROV"); a name opens with a shorter one only after an office ("l’Ambassadeur LU Shaye"). */
const CAPITALS_SURNAME_MIN = 3;

/** The most particles between a name's words ("von der Leyen", "de la Fuente"). */
const PARTICLES_MAX = 3;

/**
 * People a title names: "Foreign Minister Sergey Lavrov’s remarks ...", "Briefing by ...
 * Spokesperson Maria Zakharova, Moscow, ...", "Интервью Министра ... С.В.Лаврова ...".
 * Runs of two or three capitalised words that are not words of office, or Russian initials
 * with a surname, in title order.
 */
export function namesInTitle(written: string, options: { afterOffice?: boolean } = {}): string[] {
  return namesRead(written, options).map((entry) => entry.name);
}

/**
 * The guest a headline names: the first name an office, a courtesy title or "interview with"
 * stands right before ("Chine-Burkina Faso : interview d’Issa Joseph Paré, chargé d’affaires …"),
 * else its first name. A colon or a preposition places a name too, but a topic, a place or a
 * company as often; an office a few words back reaches a place as often ("ministre …, à New York").
 */
export function guestNameIn(written: string): string | undefined {
  const names = namesRead(written, {});
  return (names.find((entry) => entry.byOffice) ?? names[0])?.name;
}

/**
 * The guest an editor's lead names, not the place of a dateline that opens it ("New Delhi: As
 * India celebrates …, Canadian High Commissioner Cameron MacKay …"): with `placed`, the first name
 * an office places (right before it, else in apposition); without, its first name.
 */
export function leadNameIn(written: string, placed: boolean): string | undefined {
  // Not a name the words after it describe by office ("Annalena Baerbock: Germany's foreign minister …").
  const found = LEAD_DATELINE.exec(written);
  const described = found
    ? written
        .slice(found[0].length)
        .split(/\s+/u)
        .slice(0, DESCRIBED_WORDS)
        .some((word) => isOffice(word) || isRoleWord(word))
    : false;
  const opening = described ? undefined : found?.[1];
  // "el canciller Santiago Cafiero" after "el avión de Aerolíneas Argentinas".
  const names = namesRead(written, {}).filter((entry) => entry.name !== opening);
  if (!placed) return names[0]?.name;
  return (names.find((entry) => entry.byOffice && !entry.quoted) ?? names.find((entry) => entry.apposed && !entry.quoted))?.name;
}

/** How many words after an opening name may describe it by office. */
const DESCRIBED_WORDS = 5;

/** A place, a colon or a spaced dash, opening a news report's first sentence. */
const LEAD_DATELINE = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s?(?::|\s[–—])\s/u;

export interface NameRead {
  name: string;
  /** Placed by an office (before it, or after it as Hungarian writes one), a courtesy title or "interview with", not by a preposition or punctuation alone. */
  byOffice: boolean;
  /** Placed by an office in apposition ("Juan Pérez, embajador", "el ministro de Exteriores, Juan Pérez,"): less surely the guest. */
  apposed: boolean;
  /** Inside a quotation of four words or more: the quoted words', where an office placed it. */
  quoted: boolean;
}

export function namesRead(written: string, options: { afterOffice?: boolean }): NameRead[] {
  // The rules of a page ask for the names of the same few texts (its title, its lead, its
  // datelines) again and again: each is read once.
  const key = `${options.afterOffice === true ? 1 : 0}${written}`;
  let names = NAMES_READ.get(key);
  if (!names) {
    if (NAMES_READ.size >= NAMES_READ_MAX) NAMES_READ.clear();
    names = readNames(written, options);
    NAMES_READ.set(key, names);
  }
  return names;
}

/** The names read from the page's texts, by text: one page's, forgotten after it (and when full). */
const NAMES_READ = new Map<string, NameRead[]>();
const NAMES_READ_MAX = 512;

/** Forgets the names read: each extraction reads its page afresh, and keeps nothing of it after. */
export function forgetNamesRead(): void {
  NAMES_READ.clear();
}

/** A courtesy title and its stop, glued to the capitalised name after it: "Dr.Anatoly". */
const GLUED_COURTESY = /(?<!\p{L})(?:Dr|Mr|Mrs|Ms|Prof)\.(?=\p{Lu}\p{Ll})/gu;

function readNames(written: string, options: { afterOffice?: boolean }): NameRead[] {
  // A title in capitals ("TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP DOORSTOP") is read
  // with its words capitalised: capitals alone tell no name from the words around it.
  // A courtesy title glued to the name ("… to the United States Dr.Anatoly Antonov", "Dr.Mahathir") is a word of its own.
  const spaced = written.replace(GLUED_COURTESY, '$& ');
  const title =
    /\p{Ll}/u.test(spaced) || spaced.split(/\s+/u).length < CAPITALS_TITLE_WORDS
      ? spaced
      : spaced.replace(/\p{Lu}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
  const names: Array<{ name: string; index: number; byOffice?: boolean; apposed?: boolean; countryOfPosting?: boolean; officeAfter?: boolean }> = [];
  const words = title.match(/\p{L}+/gu) ?? [];
  const titleCase = words.length >= TITLE_CASE_WORDS && words.filter((word) => /^\p{Lu}/u.test(word)).length >= words.length * TITLE_CASE_SHARE;
  // Initials and a surname: "С.В.Лавров", "Д. Медведев" — not "M. Jean-Noël Barrot", a title and a full name,
  // nor the end of a word in capitals and the next sentence ("WERELDTONEEL. Die").
  for (const found of title.matchAll(/(?<!\p{L})\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}-])(?!\s\p{Lu}\p{Ll})/gu)) {
    // "С.В.Лаврова", not "U.S. State", nor "H.E. Mr. Rupert Holborow" (His Excellency, then a courtesy title).
    const last = found[0]
      .split(/[.\s]+/)
      .pop()!
      .toLowerCase();
    // Nor "S.E. Vincenzo" of "l'Ambasciatore S.E. Vincenzo de Luca": an honorific's initials.
    const initials = found[0]
      .slice(0, found[0].length - last.length)
      .replace(/\s/gu, '')
      .toLowerCase();
    if (NOT_NAMES.has(last) || HONORIFICS.has(last) || HONORIFICS.has(initials)) continue;
    // Initials place no one by themselves: "Washington D.C. Hôm qua" is a place and the next sentence.
    const previousWord = title.slice(0, found.index).trim().split(/\s+/u).pop() ?? '';
    const apposedOffice = /^,\s?([\p{L}-]+)/u.exec(title.slice(found.index + found[0].length))?.[1] ?? '';
    const byOffice = isOffice(previousWord) || isRoleWord(previousWord) || HONORIFICS.has(previousWord.toLowerCase());
    names.push({ name: found[0], index: found.index, byOffice, apposed: isOffice(apposedOffice) || isRoleWord(apposedOffice) });
  }
  names.push(...cjkNamesInTitle(title), ...arabicNamesInTitle(title));
  let run: string[] = [];
  let start = 0;
  let afterOf = false;
  let before = '';
  // The word before `before`: "Interview" in "Interview d’Ignazio Cassis".
  let beforeBefore = '';
  let previous = '';
  let lastOffice = -1;
  let nearOffice = false;
  // Placed by an office's long phrase only: the name must then stand before a word in lower case
  // ("… Jeyhun Bayramov answers …"), not end the title ("… Received Credentials of Newly Appointed Ambassadors").
  let farOffice = false;
  let apposed = false;
  let inOfficePhrase = false;
  let beforePrevious = '';
  let posting = false;
  const close = (after: string, afterNext = '') => {
    // Indonesian "bicara" is a spokesman's office after "juru" ("Juru Bicara Kemlu …"), else a verb whose
    // subject is the speaker and whose object the words after it ("Dino Patti Djalal Bicara Manuver Politik …").
    if (before.toLowerCase() === 'bicara' && beforeBefore.toLowerCase() !== 'juru') {
      run = [];
      return;
    }
    // Too many words for a name, with a particle after two of them and two more words after it (not
    // another particle: "Ursula Gertrud von der Leyen", "Juan Ramón de la Fuente"): the
    // particle is a preposition, the words after it a title's ("Menlu Retno Marsudi di Akhir
    // Jabatannya", Indonesian "at"), not a surname ("presidente Luiz Inácio Lula da Silva"). Only
    // right after an office: an outlet's name runs long too ("a Sette Magazine del Corriere della Sera").
    const preposition =
      run.length > TITLE_NAME_WORDS_MAX && (isOffice(before) || isRoleWord(before))
        ? run.findIndex((word, k) => k >= 2 && NAME_PARTICLES.has(word) && !NAME_PARTICLES.has(run[k + 1] ?? '') && run.length - k > 2)
        : -1;
    if (preposition > 0) {
      afterNext = run[preposition + 1] ?? '';
      after = run[preposition]!;
      run = run.slice(0, preposition);
    }
    // "Foreign Minister of Afghanistan Salahuddin Rabbani": the place belongs to the office.
    if (afterOf && run.length === PLACE_AND_NAME) run = run.slice(1);
    // "High Commissioner to South Africa": the posting, no one; "Ambassador to Japan Rahm Emanuel": the place, then the holder.
    if (posting) run = run.length >= PLACE_AND_NAME ? run.slice(run.length - 2) : [];
    // "Đại sứ Mỹ David Shear": the office's country, then the holder.
    if (nearOffice) run = withoutOfficeCountry(run);
    while (run.length > 0 && (INITIAL.test(run.at(-1)!) || NAME_PARTICLES.has(run.at(-1)!))) run.pop();
    // A person, not a place or an office: an office or "by" before it, a possessive, a colon
    // or an office after it ("José Manuel Albares: “...”", "Ned Price, Spokesperson").
    // `afterOffice`: a byline or a dateline, where "Share This:" and "Prime Minister's Office"
    // stand too, names a person only after an office or "by".
    // In a title that capitalises every word ("Lebih Dekat, Lebih Akrab Dengan Bapak Dubes …"), a
    // comma or a colon tells no name: only an office before it does.
    // An office a few words before counts too: "Президента Беларуси Александра Лукашенко", "il ministro
    // degli Esteri e vicepremier Antonio Tajani", "Foreign Minister of Japan Yoko Kamikawa".
    // The word "interview" before a full name names the guest too: "Grande Entrevista Augusto Santos Silva".
    // "Interview d’Ignazio Cassis": "d’" after the word "interview" (the tokens above). "PM" in
    // capitals is the Prime Minister ("PM Nguyễn Tấn Dũng"); "5 pm" is a time.
    // An office right after a full name, or after the country's adjective, as Hungarian or Finnish
    // write it, in lower case: "David Cornstein amerikai nagykövet", "Mikko Hautala suurlähettiläs".
    // Not a verb and an office ("Анатолия Кузичева ответила посол …"), nor "și" (and): the adjective
    // is a nationality's, in -i. A capitalised office after a country is the country's ("Saudi Arabia Ambassador").
    const officeAfter = run.length >= 2 && /^\p{Ll}/u.test(after) && (isOffice(after) || (/^\p{Ll}{3,}i$/u.test(after) && isOffice(afterNext)));
    // A full name, a comma and its office place the name in a title that capitalises every word too, as Romanian
    // capitalises an office: "Daniel Ioniță, Ambasadorul României în Republica Moldova". Not in a byline or a dateline,
    // where a tags line lists a name and an office as well ("Schlagwörter: BPK, Steffen Seibert, Regierungssprecher").
    const officeAfterComma =
      !options.afterOffice && run.length >= 2 && after === ',' && [afterNext, afterNext.replace(/\.$/u, '')].some((word) => isOffice(word) || isRoleWord(word));
    const placed =
      ROLE_BEFORE.has(before.toLowerCase()) ||
      isCourtesy(before, beforeBefore) ||
      before === 'PM' ||
      (/^d[’']$/iu.test(before) && INTERVIEW_WORDS.has(beforeBefore.toLowerCase())) ||
      // "with" after the word "interview", in the languages whose "with" is no office's word: "INTERVIU cu
      // Andrei Galbur", "Интервью с Сергеем Лавровым", "Wawancara dengan Retno Marsudi" (not "… dengan Papua Nugini").
      (WITH.has(before.toLowerCase()) && INTERVIEW_WORDS.has(beforeBefore.toLowerCase()) && run.length >= 2 && !OUTLET.test(run.join(' '))) ||
      (INTERVIEW_WORDS.has(before.toLowerCase()) && run.length >= 2 && !OUTLET.test(run.join(' '))) ||
      (nearOffice && (!farOffice || /^\p{Ll}/u.test(after))) ||
      // A quote, a dash, then who said it: "«Мы не ждём быстрых решений» — Валентина Матвиенко",
      // "“Evimdə oturmuşam …” — Elmar Məmmədyarov danışdı".
      (/^[–—-]$/u.test(before) && /[»”"“]$/u.test(beforeBefore) && !OUTLET.test(run.join(' '))) ||
      // Not a place after its preposition, which a comma may follow as well ("… o veleposlaniški dvojici v New Yorku, zatem …").
      (!options.afterOffice &&
        (after === "'s" || (!titleCase && /^(?:[’']s|:|,)$/u.test(after) && !POSTING_PREPOSITIONS.has(before) && !LOCATIVE_PREPOSITIONS.has(before)))) ||
      officeAfter ||
      officeAfterComma;
    // A surname alone counts right after an office ("Bundesminister Steinmeier", "Secretary Blinken's", "Fiji PM Bainimarama",
    // "DE-Botschafter Beste: …"), and between the word "interview" and a colon ("Interview Zijlstra: …").
    // A courtesy title before a surname too: "Herr Riedel, Sie sind …", "Mr. Smith's".
    // Not where a state's noun or a name's initials follow the one word: it is a country's, no surname
    // ("Посол Итальянской Республики", "Премьер-министра Кыргызстана А.Жапарова"); "Secretary Rubio Interview With …" keeps Rubio.
    const qualifies = run.length === 1 && (STATE_NOUN.test(after) || /^\p{Lu}\./u.test(after));
    const minimum =
      (isOffice(before) || isCourtesy(before, beforeBefore) || before === 'PM' || (INTERVIEW_WORDS.has(before.toLowerCase()) && after === ':')) && !qualifies
        ? 1
        : 2;
    const byOffice =
      officeAfter ||
      (inOfficePhrase && MINISTRY_WORDS.has(before.toLowerCase())) ||
      isOffice(before) ||
      // "The" opens a label's office ("The Foreign Minister:"), but before a name in running text it is an outlet's or a
      // body's article ("The Mongol Messenger’s Editor-in-Chief"), no office.
      (isRoleWord(before) && before.toLowerCase() !== 'the') ||
      isCourtesy(before, beforeBefore) ||
      before === 'PM' ||
      INTERVIEW_WORDS.has(beforeBefore.toLowerCase());
    // Placed by an office in apposition, which places the guest less surely than an office right
    // before the name: after the comma ("Ông Raymond Burghardt, Ðại sứ Hoa Kỳ …", "Juan Pérez,
    // embajador …"), or the office's phrase and a comma before it ("O ministro das Relações
    // Exteriores, Ernesto Araújo, …"); not over "Foreign Minister Wang Yi" after "Olaf Scholz, Chancellor of Germany,".
    const apposed =
      (after === ',' && [afterNext, afterNext.replace(/\.$/u, '')].some((word) => isOffice(word) || isRoleWord(word))) || (nearOffice && before === ',');
    // One word after an office and before a posting ("Посол Израиля в Украине Михаэль Бродский"): the office's country, where a full name follows.
    const countryOfPosting = run.length === 1 && POSTING_PREPOSITIONS.has(after.toLowerCase());
    // Russian and Ukrainian write the sending state in the genitive between the office and the place of posting,
    // whether a name follows or not ("Посол Вьетнама в России: …", "Генконсул Польщі у Луцьку"): one Cyrillic word
    // there, before a capitalised place, is the state alone (not "Посол Нечаев в интервью …").
    // Ukrainian's "у" is its "в".
    const sendingState = run.length === 1 && (countryOfPosting || after === 'у') && /\p{Script=Cyrillic}/u.test(run[0]!) && /^\p{Lu}/u.test(afterNext);
    if (run.length >= minimum && run.length <= TITLE_NAME_WORDS_MAX && placed && !sendingState)
      names.push({ name: run.join(' '), index: start, byOffice, apposed, countryOfPosting, officeAfter });
    run = [];
  };
  // French "d’" after the word "interview" is "de" before the guest's name ("Interview d’Ignazio
  // Cassis"): a word of its own there; elsewhere it stays glued ("l’Ambassadeur d’Arabie Saoudite": a place).
  const tokens = Array.from(
    title.matchAll(/(?<=(?:[Ii]nterview|[Ee]ntretien|[Ee]ntrevista|[Ii]ntervista)\s)d[’'](?=\p{Lu})|[\p{L}\p{M}’'.-]+|[^\p{L}\p{M}’'.\s-]+/gu),
  );
  tokens.forEach((found, i) => {
    const token = found[0];
    // "Lavrov's", and Turkish case endings after an apostrophe ("Erdoğan'dan", "Davutoğlu'nun").
    const possessive = POSSESSIVE.test(token);
    // A name that ends a sentence: "… приїхав новий посол ЄС – Матті Маасікас." The stop ends the name.
    // Only right after an office ("посол ЄС – Матті Маасікас.", "the ambassador, Matti Maasikas."), or after its posting
    // ("посол Израиля в России Дорит Голендер."): a place ends sentences as often ("Embajador de España, Fiesta Nacional.").
    // Or after the office's ministry, as a broadcast host introduces the guest in the first question ("Avec nous, la
    // ministre des Affaires étrangères Sophie Wilmès. Vous attendiez-vous …?").
    const endsSentence =
      SENTENCE_END_WORD.test(token) &&
      run.length > 0 &&
      (apposed || posting || (nearOffice && (/^\p{Lu}/u.test(before) || MINISTRY_WORDS.has(before.toLowerCase()))));
    const bare = token.replace(POSSESSIVE, '');
    const word = endsSentence ? bare.slice(0, -1) : bare;
    // A surname in capitals, as Chinese and French pages write it: "l’Ambassadeur LU Shaye", "Sergey LAVROV".
    const inCapitals =
      CAPITALS_NAME.test(word) && (run.length > 0 ? word.length >= CAPITALS_SURNAME_MIN : isOffice(previous) && CAPITALISED.test(tokens[i + 1]?.[0] ?? ''));
    // An initial without its dot opens a name after a courtesy title or an office, as Singapore and India
    // write it: "Mr K Shanmugam", "EAM S Jaishankar".
    const bareInitial =
      run.length === 0 &&
      /^\p{Lu}$/u.test(word) &&
      (HONORIFICS.has(previous.toLowerCase()) || isOffice(previous) || OFFICE_INITIALS.has(previous)) &&
      CAPITALISED.test(tokens[i + 1]?.[0] ?? '');
    const capitalised = (CAPITALISED.test(word) && !PLACE_ENDING.test(token)) || (run.length > 0 && INITIAL.test(word)) || inCapitals || bareInitial;
    // "President von der Leyen", "Ministre de Villepin": particles inside a name, or opening it
    // right after an office, when a capitalised word follows them.
    // Romance particles open phrases of place after an office too ("Ministro de Rusia"): they count inside a name only.
    const opens = run.length > 0 || (ROLE_BEFORE.has(previous.toLowerCase()) && !ROMANCE_PARTICLES.has(word));
    // Inside a name a particle may be capitalised: "Jean-Yves Le Drian", "Charles De Gaulle".
    // German articles open no name: "Interview mit der Schweizer Botschafterin" ("van der Bellen" keeps its "der").
    const particle =
      NAME_PARTICLES.has(run.length > 0 ? word.toLowerCase() : word) && opens && (run.length > 0 || !ARTICLES.has(word)) && particleLeadsToName(tokens, i);
    // A courtesy title opens no name, it stands before one: "Ông Raymond Burghardt", "Herr Riedel".
    // A preposition that opens a sentence opens no name: "Para Rafael Mello Vidal, os dois …" ("Marco Durante" keeps his surname).
    const opensSentence = run.length === 0 && (previous === '' || /[.!?]$/u.test(previous)) && SENTENCE_PREPOSITIONS.has(word.toLowerCase());
    const office =
      NOT_NAMES.has(word.toLowerCase()) ||
      GERMAN_ABSTRACT_NOUN.test(word) ||
      // A word glued to a number is a brand's or a group's, no name: "1Malaysia", "G20", "4Kids".
      (run.length === 0 && found.index > 0 && /\p{Nd}/u.test(title[found.index - 1]!)) ||
      ROLE_BEFORE.has(word.toLowerCase()) ||
      isRoleWord(word) ||
      isOffice(word) ||
      COURTESY.has(word.toLowerCase()) ||
      (word === 'Sa' && EXCELLENCY.has(previous.toLowerCase())) ||
      (word === 'Seri' && MALAY_TITLES.has(previous.toLowerCase())) ||
      // "with" capitalised in a title that capitalises every word: "Intervju Med Margot Wallström".
      (WITH.has(word.toLowerCase()) && INTERVIEW_WORDS.has(previous.toLowerCase())) ||
      opensSentence;
    if (isOffice(word)) lastOffice = i;
    if (particle || (capitalised && !office)) {
      if (run.length === 0) {
        start = found.index;
        // Or further, where the office's long phrase runs to the name: "Minister of Foreign Affairs of the
        // Republic of Azerbaijan Jeyhun Bayramov answers …".
        // Not in a title that capitalises every word, where verbs and objects read as the phrase's
        // words ("Head of EU Delegation Answers Questions of University Students").
        const officePhrase =
          !titleCase &&
          lastOffice >= 0 &&
          i - lastOffice <= LONG_OFFICE_REACH &&
          tokens
            .slice(lastOffice + 1, i)
            .every(([between]) => /^\s+$/u.test(between) || OFFICE_PHRASE_WORD.test(between) || between === 'the' || between === 'and');
        nearOffice = (i - lastOffice <= OFFICE_REACH || officePhrase) && run.length === 0 && lastOffice >= 0 && !NOT_NAMES.has(word.toLowerCase());
        farOffice = nearOffice && i - lastOffice > OFFICE_REACH;
        apposed = nearOffice && tokens.slice(lastOffice + 1, i).every((between) => APPOSITION.test(between[0]));
        // The office's own phrase between it and the name: "Minister van Buitenlandse Zaken Maxime Verhagen".
        inOfficePhrase =
          nearOffice &&
          i > lastOffice + 1 &&
          tokens.slice(lastOffice + 1, i).every(([between]) => /^\s+$/u.test(between) || OFFICE_PHRASE_WORD.test(between) || NAME_PARTICLES.has(between));
        afterOf = /^(?:of|for)$/i.test(previous);
        posting =
          POSTING_PREPOSITIONS.has(previous.toLowerCase()) &&
          (isOffice(beforePrevious) || isRoleWord(beforePrevious) || (lastOffice >= 0 && i - lastOffice <= OFFICE_REACH));
        before = previous;
        beforeBefore = beforePrevious;
      }
      run.push(word);
      // "Amerika Birleşik Devletleri’nin … Büyükelçisi Francis Ricciardone": a possessive before an
      // office owns the office (a country, a ministry); the holder's name follows it.
      if (possessive) {
        if (officeAhead(tokens, i)) run = [];
        else close("'s");
      }
      if (endsSentence) close('.');
    } else close(token.trim(), tokens[i + 1]?.[0] ?? '');
    // "the Secretary's Travel": an office in the possessive owns what follows; it names no one.
    // A country's initials after an office keep it the word before the name: "Министр иностранных
    // дел РК Ерлан Идрисов", "Ambassador of the EU".
    const afterOffice = (PERSON_OFFICES.test(previous) || isRoleWord(previous)) && COUNTRY_INITIALS.test(token);
    if (/\S/.test(token) && !afterOffice) {
      beforePrevious = previous;
      previous = token;
    }
  });
  close('');
  // A name inside a quotation is the quoted speaker's words, not who speaks ("“No existe tutelaje
  // alguno de Estados Unidos en nuestro proceso político”"), unless an office places it.
  const quoted = quotedSpans(title);
  // A full name right after the posting's place ("Израиля в Украине Михаэль Бродский"), not one further on ("Blinken in Kyiv: Interview With Christiane Amanpour").
  const between = (entry: { name: string; index: number }, other: { name: string; index: number }) =>
    title.slice(entry.index + entry.name.length, Math.max(other.index, title.indexOf(other.name, other.index)));
  const fullNameAfter = (entry: { name: string; index: number }) =>
    names.some((other) => other.index > entry.index && other.name.includes(' ') && POSTING_PLACE.test(between(entry, other)));
  return (
    names
      .filter((entry) => entry.byOffice !== false || !quoted.some(([from, to]) => entry.index > from && entry.index < to))
      .filter((entry) => !entry.countryOfPosting || !fullNameAfter(entry))
      // One word after the office of a full name in apposition is the office's country, in the genitive as Czech,
      // Slovak, Romanian and the Slavic languages write it: "Amir Weissbrod, velvyslanec Izraele v Česku", "Daniel
      // Ioniță, Ambasadorul României în …"; the name before the comma holds the office.
      .filter((entry) => entry.name.includes(' ') || !names.some((other) => other.index < entry.index && holdsOfficeBefore(between(other, entry))))
      // Words the quotation marks wrap whole name a programme, a paper or a work, not a person: L'invité "De Zevende Dag".
      .filter((entry) => !(QUOTE_OPENS.test(title.slice(0, entry.index)) && QUOTE_CLOSES.test(title.slice(entry.index + entry.name.length))))
      // The office after a name is the next name's where that name follows it right away ("Ankara Büyükelçilik Müsteşarı
      // Parviz Sodiqi": the place, then the holder; not "Szijjártó Péter külügyminiszter és Szergej Lavrov").
      .filter((entry) => !entry.officeAfter || !names.some((other) => other.index > entry.index && officeBetween(between(entry, other))))
      .sort((a, b) => a.index - b.index)
      .map((entry) => ({
        name: entry.name,
        byOffice: entry.byOffice ?? true,
        apposed: entry.apposed === true,
        quoted: quoted.some(([from, to]) => entry.index > from && entry.index < to),
      }))
  );
}

const INITIAL = /^\p{Lu}\.$/u;

/** A quotation mark right before a name, an article of one to three letters between ("\"De Zevende Dag\""), and one right after it. */
const QUOTE_OPENS = /["“«„]\s?(?:\p{L}{1,3}\s)?$/u;
const QUOTE_CLOSES = /^["”»“]/u;

/** Prepositions and conjunctions that open a sentence, capitalised, before a name in the corpus languages. */
const SENTENCE_PREPOSITIONS = new Set([
  'para',
  'pour',
  'für',
  'por',
  'según',
  'selon',
  'laut',
  'durante',
  'pendant',
  'während',
  'desde',
  'depuis',
  'seit',
  'cuando',
  'quand',
  'quando',
  'wenn',
  'sobre',
  'über',
  'entre',
  'avec',
  'mit',
]);

/**
 * Prepositions of place that POSTING_PREPOSITIONS leaves out, for a posting reads on after them as a
 * name ("Velvyslanec v Kuvajtu Dvořák"): before a comma they place, they do not name ("v New Yorku,").
 */
const LOCATIVE_PREPOSITIONS = new Set(['v', 've', 'u']);

/** A comma and an office's words between a full name and the word after it: the name holds the office ("…, velvyslanec "). */
function holdsOfficeBefore(text: string): boolean {
  return /^,\s/u.test(text) && officeBetween(text.slice(1));
}

/** Only an office's words between two names: the second holds the office ("… Büyükelçilik Müsteşarı Parviz …"). */
function officeBetween(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= OFFICE_WORDS_BETWEEN && words.every((word) => isOffice(word) || isRoleWord(word));
}
const OFFICE_WORDS_BETWEEN = 3;

/** A posting's preposition and its place, capitalised, between a country's word and the holder: " в Украине ", " in Kyiv ". */
const POSTING_PLACE = /^\s\p{Ll}{1,3}\s(?:\p{Lu}[\p{L}-]*\s){1,3}$/u;

/** Where a text quotes someone: the spans between “ and ”, « and », „ and “, of four words or more (not a nickname's or an outlet's «Маяк»). */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const found of text.matchAll(QUOTATION)) {
    if (found[0].split(/\s+/u).length >= QUOTATION_WORDS_MIN) spans.push([found.index, found.index + found[0].length]);
  }
  return spans;
}

// A quotation the text leaves open runs to its end: a lead cut mid-quote ("… do que parece. “Quando olho para a agenda do Presidente João Lourenço …");
// a straight quotation mark may close a curly one (“Kami siap …," kata Menteri Luar Negeri Retno Marsudi).
const QUOTATION = /“[^“”"]{1,300}(?:[”"]|$)|«[^«»]{1,300}(?:»|$)|„[^„“”"]{1,300}(?:[“”"]|$)/gu;
const QUOTATION_WORDS_MIN = 4;

/** Cities of Japan's and others' consulates general, written before "総領事" as names are ("香港総領事に聞く"). */
const CONSULATE_CITIES = new Set([
  '香港',
  '上海',
  '広州',
  '瀋陽',
  '重慶',
  '青島',
  '大連',
  '成都',
  '武漢',
  '釜山',
  '済州',
  '大阪',
  '札幌',
  '名古屋',
  '福岡',
  '那覇',
  '台北',
  '高雄',
  '澳門',
]);

/**
 * A German abstract noun, capitalised as every German noun is: "Tag der Deutschen Einheit",
 * "Konferenz für Sicherheit", "Freundschaft". No surname ends so.
 */
const GERMAN_ABSTRACT_NOUN = /\p{L}{3}(?:heit|keit|schaft)$/u;

/** "With" in the corpus languages that name.ts's words before an office do not hold ("with", "mit", "avec", "con" are there). */
const WITH = new Set(['cu', 'com', 'met', 'med', 'ze', 'se', 'dengan', 'với', 'с', 'со', 'з', 'із', 'ile']);

/** What may stand between an office and its holder's name: spaces, a dash, a comma, a country's initials ("посол ЄС – "). */
const APPOSITION = /^(?:\s+|[,–—-]|\p{Lu}{2,4})$/u;

/** A capitalised word of three letters or more and a full stop: the last word of a sentence, not an initial or "St.". */
const SENTENCE_END_WORD = /^\p{Lu}\p{Ll}{2,}\.$/u;

/**
 * A word of a person's office, the last part of a hyphenated one too, and after a French or
 * Italian elision: "Botschafter", "DE-Botschafter", "l’Ambassadeur", "dell’Ambasciatore".
 */
function isOffice(word: string): boolean {
  const bare = word.replace(ELISION, '');
  return PERSON_OFFICES.test(bare) || PERSON_OFFICES.test(bare.slice(bare.lastIndexOf('-') + 1)) || MORE_OFFICES.test(bare);
}

/**
 * Offices the content script's PERSON_OFFICES does not carry, read by the engine alone: Azerbaijani's,
 * Uzbek's and Kazakh's, whose possessive follows the country's genitive ("Azərbaycan Respublikasının
 * Prezidenti Heydər Əliyev", "Qozog'iston Tashqi ishlar vaziri"), and Spanish's consul with its accent
 * ("la primera cónsul honoraria de Perú Galicia, Rosa Fernández-Montenegro Iglesias"); Turkish's consul general, who
 * heads a consulate as "Başkonsolos" ("… diyen Başkonsolos Lars Eriksen, …"); and English "diplomat", the
 * news' word for a retired or a chief envoy before the name ("interview with veteran Chinese diplomat Cui Tiankai",
 * "China's top diplomat Wang Yi").
 */
const MORE_OFFICES =
  /^(?:diplomat|cónsul|cónsula|başkonsolos|başkonsolosu|secretario|secretaria|prezidenti?|nazir|naziri|s[əә]fir|s[əә]firi|vazir|vaziri|elchi|elchisi|президенті|министрі|елшісі)$/iu;

/** Courtesy titles that stand before a surname alone; not "he" or "m.", which are other words as often. */
const COURTESY = new Set([...HONORIFICS].filter((word) => word.length > 2 || word.endsWith('.')).filter((word) => word !== 'm.' && word !== 'pan'));

/**
 * "His Excellency" spelt out, a courtesy title after a possessive ("Statement by His Excellency Georges
 * Rebelo Pinto Chikoti …", "Discurso de Su Excelencia …"), not "Centre of Excellence".
 */
const EXCELLENCY = new Set(['excellency', 'excellence', 'excelencia', 'excelência', 'eccellenza', 'exzellenz', 'excelența', 'excelenţa']);
const EXCELLENCY_POSSESSIVES = new Set(['his', 'her', 'your', 'su', 'sua', 'son', 'sa', 'vossa', 'seine', 'ihre']);

/** Malaysian titles that "Seri" may follow. */
const MALAY_TITLES = new Set(['datuk', 'dato', "dato'", 'datin', 'tan']);

/** A courtesy title before a name: "Herr", "Ông", "Prof.", "His Excellency", "Excelența Sa" and "Datuk Seri". */
function isCourtesy(word: string, wordBefore: string): boolean {
  const lower = word.toLowerCase();
  // Romanian puts the possessive after: "Excelența Sa Daniel Ioniță".
  if (lower === 'sa' && EXCELLENCY.has(wordBefore.toLowerCase())) return true;
  // Malaysia's "Seri" after a title ("Datuk Seri Najib …"), not a place's ("Bandar Seri Begawan").
  if (lower === 'seri' && MALAY_TITLES.has(wordBefore.toLowerCase())) return true;
  return COURTESY.has(lower) || (EXCELLENCY.has(lower) && EXCELLENCY_POSSESSIVES.has(wordBefore.toLowerCase()));
}

/** A run of words after an office without the country that opens it: the holder's name, or nothing when the country stands alone. */
function withoutOfficeCountry(run: string[]): string[] {
  // The country alone after the office ("… góc nhìn Đại sứ Mỹ") names no one.
  const country = OFFICE_COUNTRIES.find((words) => run.length >= words.length && words.every((word, i) => run[i] === word));
  return country ? run.slice(country.length) : run;
}

/** How many words after a possessive an office may stand and still be the possessive's. */
const POSSESSED_OFFICE_REACH = 4;

function officeAhead(tokens: RegExpExecArray[], i: number): boolean {
  return tokens.slice(i + 1, i + 1 + POSSESSED_OFFICE_REACH).some((token) => isOffice(token[0]));
}

const ELISION = /^(?:l|d|dell|all|sull|nell)[’']/iu;

/** A word in capitals that may be a surname: "LU", "WANG", "LAVROV". */
const CAPITALS_NAME = /^\p{Lu}{2,}$/u;

/** A word of an office's phrase between the office and its holder: capitalised, or "of", "for". */
const OFFICE_PHRASE_WORD = /^(?:\p{Lu}[\p{L}\p{M}’'-]*|of|for)$/u;
/** How far an office's phrase of capitalised words, "of", "the" and "and" may run before the name it places (tokens, spaces among them). */
const LONG_OFFICE_REACH = 40;

/** The words that end a ministry's name before its minister's: "… Foreign Affairs", "… Buitenlandse Zaken", "… Luar Negeri". */
const MINISTRY_WORDS = new Set(['affairs', 'zaken', 'negeri', 'exteriores', 'étrangères', 'esteri', 'relations', 'defence', 'defense', 'cooperation']);

/** How many tokens after an office a name may start and still be the office's holder (words and spaces count). */
const OFFICE_REACH = 8;

/** A title of this many words, this share of them capitalised, is in title case. */
const TITLE_CASE_WORDS = 6;
const TITLE_CASE_SHARE = 0.8;

/** The fewest words of a title in capitals read as one: "By TIMES NEWSROOM" is a byline's author. */
const CAPITALS_TITLE_WORDS = 6;

/** A country's or a union's initials after an office: "РК", "ЄС", "США", "EU", "UK". */
const COUNTRY_INITIALS = /^\p{Lu}{2,4}$/u;

/** An apostrophe and a lower-case ending closing a name: "’s", Turkish "'dan", "'ın", "'nun". */
const POSSESSIVE = /(?<=\p{L}{2})[’']\p{Ll}{1,4}$/u;

/** A Turkish ending of place after an apostrophe ("Türkevi’ndeki", "New York'taki"): the word names a place. */
const PLACE_ENDING = /[’']n?[dt][ae](?:ki)?$/u;

/** A capitalised word, hyphenated parts capitalised or not: "Lavrov", "Frank-Walter", "Jean-Yves", "Kyu-duk", "McCardell", "O’Brien". */
const CAPITALISED = /^(?:Mc|Mac|O[’'])?\p{Lu}[\p{Ll}\p{M}’']+(?:-\p{Lu}?[\p{Ll}\p{M}’']+)*$/u;

/** Lower-case words inside names: "von der Leyen", "de Mistura", "van Rompuy", "bin Salman". */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'zu', 'ten', 'ter']);

/** Particles that are German articles too: inside a name only ("van der Bellen"), never opening one. */
const ARTICLES = new Set(['der', 'den']);

const ROMANCE_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'du', 'la', 'le']);

/** Whether the particles from `i` on end on a capitalised word: "von der Leyen", not "de la prensa". */
function particleLeadsToName(tokens: RegExpExecArray[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + PARTICLES_MAX; j += 1) {
    const word = tokens[j]![0];
    if (NAME_PARTICLES.has(word)) continue;
    const bare = word.replace(/[’']s$/u, '');
    return CAPITALISED.test(bare) && !NOT_NAMES.has(bare.toLowerCase()) && !isRoleWord(bare);
  }
  return false;
}

/** "邀请" (invites) after a name: "应外交部长王毅邀请" names the host of a visit. */
const INVITES = /^邀[请請]/u;

/**
 * Chinese prepositions and verbs that open the words after or before an office, never a name:
 * "驻韩国大使" (stationed in Korea), "发言人就…" (on …), "对/據/在/从/被/将/把". Not 于, 向 or 和,
 * which are surnames too, nor 与 or 為, which open Japanese ones (与謝野, 為末).
 */
const CJK_NOT_NAME_START = /^[就对對在据據驻駐从從被将將把]/u;

/** Words before an ambassador's office that are no one's name: "新任" (new), "特命全権" (plenipotentiary), "日本国" (a country). */
const JAPANESE_NOT_NAMES = /^(?:新任|前任|歴代|初代|現職|特命|全権|命全権|特命全権)$|[国國邦]$/u;

/** A reading in katakana or an age in brackets, after a name in a Japanese paper: "(カン・チャンイル)", "(69)". */
const READING_OR_AGE = /[(（][\p{Script=Katakana}ー・＝\s]{2,}[)）]|[(（]\d{1,3}[)）]/gu;

/** A country before an office ("美国总统在…", "俄罗斯大使就…"): the holder's country, not his name. */
const CJK_COUNTRIES =
  /^(?:[中美英法德俄韩韓日印泰越朝][国國本度]|俄罗斯|俄羅斯|澳大利亚|澳大利亞|加拿大|意大利|西班牙|以色列|伊朗|巴西|南非|埃及|土耳其|乌克兰|烏克蘭)$/u;

/** Japan's ministries, as a minister's office names them before "大臣". */
const JAPANESE_MINISTRY_NAMES =
  '財務|経済産業|法務|外務|防衛|総務|文部科学|厚生労働|農林水産|国土交通|環境|復興|内閣府特命担当|金融担当|経済再生担当|デジタル|官房';
const JAPANESE_MINISTRIES = new RegExp(`^(?:${JAPANESE_MINISTRY_NAMES})$`, 'u');
const JAPANESE_MINISTER = new RegExp(`^(\\p{Script=Han}{2,3}?)(?:${JAPANESE_MINISTRY_NAMES})?大臣`, 'u');

/** A ministry's field before its office ("外交部长就…", "国防部长在…"): no one's name. */
const CJK_MINISTRIES = /^(?:外交|外務|外务|国防|國防|商务|商務|财政|財政|教育|司法|公安|内政|內政|卫生|衛生|交通|文化|农业|農業)$/u;

const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}]/u;

/**
 * Names in CJK titles stand right after an office: "外交部发言人华春莹主持例行记者会",
 * "国务委员兼外长王毅答记者问", and before one in Japanese and Korean: "岸田外務大臣会見".
 */
const SURNAME_AND_LOCAL_OFFICE =
  /(?:^|[\s「『])([^\P{Script=Han}英豪印米中韓仏独露伊加新前元現次旧])(?:官房長官|外務大臣|外相|首相)|(?<![\p{Script=Han}\d])(\p{Script=Han}{2,3}(?<![県都府道])(?<!定例|臨時|次期|前任|新任|現職))知事(?=定例|臨時|記者|会見|[の\s(（]|$)/gu;

/** A Korean name, its characters in brackets perhaps, then a province's, a district's or a house's office and a particle or a space ("시장" is a market as often as a mayor). */
const KOREAN_LOCAL_OFFICE =
  /(?<![가-힣\d])([가-힣]{3})(?:\(\p{Script=Han}{2,4}\))?\s(?:[가-힣]{1,6}\s)?[가-힣]{0,6}?(?:도지사|구청장|비서실장)(?=[\s,.(·은는이의]|$)/gu;

function cjkNamesInTitle(written: string): Array<{ name: string; index: number }> {
  // Every pattern below reads Han or Hangul: a title with neither (most) is not searched seven times over.
  if (!HAN_OR_HANGUL.test(written)) return [];
  // A Japanese paper gives a name's reading and the person's age in brackets after it: "姜昌一(カン・チャンイル)駐日大使(69)".
  const title = written.replace(READING_OR_AGE, '');
  const found: Array<{ name: string; index: number }> = [];
  // A Chinese news lead may date the event right after the name: "總統蔡英文26日接受…專訪", "外交部发言人华春莹13日主持…".
  // What follows the office is a name unless it is the event ("行政長官會見傳媒答問內容") or what
  // the office does ("外交部发言人幽默回应", "…强调"), nor the kind of text ("驻美大使访谈实录", "大使专访"); a quote
  // may follow the name ("外交部发言人姜瑜“…”").
  const after =
    /(?:发言人|發言人|大使|总领事|總領事|部长|部長|外长|总统|總統|主席|总理|總理|司长|司長|行政长官|行政長官|特首|议员|議員)\s?(?!主持|[馆館答就在谈談的今昨於于與与和及聯联說说]|新年|国庆|國慶|春节|春節|招待|例行|接受|会见|會見|出席|表示|举行|舉行|日前|[会會第将將已也还還则則又均都]|記者|记者|致辞|致辭|讲话|講話|挨拶|演説|祝辞|访谈|訪談|专访|專訪|采访|採訪|实录|實錄|幽默|严正|嚴正|再次|首次|亲自|親自|回应|回應|强调|強調|指出)(\p{Script=Han}{2,4}?)(?=主持|[答就在谈談的今昨於于與与和及聯联說说称稱\d]|邀[请請]|做客|接受|会见|會見|出席|表示|举行|舉行|日前|回应|回應|强调|強調|指出|否认|否認|介绍|介紹|驳斥|駁斥|[会會：:\s，、,（(《“「『"]|$)/gu;
  for (const match of title.matchAll(after)) {
    // "应外交部长王毅邀请，…": the one who invites, not the one who speaks.
    if (INVITES.test(title.slice(match.index + match[0].length))) continue;
    found.push({ name: match[1]!, index: match.index + match[0].length - match[1]!.length });
  }
  // A Japanese consul's or envoy's office, then the name with a space between surname and given name:
  // "在メルボルン日本国総領事 長谷川 晋氏", "在ロサンゼルス日本国総領事 伊原 純一".
  for (const match of title.matchAll(/(?:総領事|大使|公使)\s(\p{Script=Han}{1,3}\s\p{Script=Han}{1,3}?)(?=氏|さん|\s|$)/gu))
    found.push({ name: match[1]!, index: match.index + match[0].length - match[1]!.length });
  // The whole name where it opens the title or a "・" sets it off from the office: "上川陽子外相「…」",
  // "岸田文雄・外務大臣と林真理子氏の対談".
  const before =
    /(?<!\p{Script=Han})(\p{Script=Han}{2,4})・(?:外務大臣|外務報道官|内閣総理大臣|総理大臣|外相|首相|官房長官|防衛大臣|大使)|(?<!\p{Script=Han})(\p{Script=Han}{3,4})(?:外務大臣|外相|首相|官房長官|防衛大臣)|(\p{Script=Han}{2,3})(?:外務大臣|外務報道官|内閣総理大臣|総理大臣|外相|首相|官房長官)|(\p{Script=Han}{2,3})(?:總統|总统|主席|總理|总理|部長|部长|外長|外长|大使|总领事|總領事|特首)(?=[\d今昨在於于，,《就答谈談]|接受|出席|表示|日前|挨拶|あいさつ|スピーチ|祝辞)|(?<![가-힣\d])([가-힣]{2,4})(?:\(\p{Script=Han}{2,4}\))?\s?(?:외교부|외교통상부|통일부|국방부|산업통상자원부)?\s?(?:부|제1|제2)?(?:대변인|장관|차관|총리|대통령|대사(?!관)|총영사(?!관))/gu;
  // A one-character surname where a space or the title's start sets it off ("北ミサイル発射 菅官房長官会見の全文"; not a
  // country's or a time's, "英首相", "前首相"), and a governor's surname ("石原知事定例記者会見"), not the prefecture's
  // ("青森県知事"). A mayor's is left alone: a city's name reads as one ("横浜市長").
  for (const match of title.matchAll(SURNAME_AND_LOCAL_OFFICE)) {
    const name = (match[1] ?? match[2])!;
    if (!JAPANESE_NOT_NAMES.test(name) && !CJK_COUNTRIES.test(name)) found.push({ name, index: match.index + match[0].indexOf(name) });
  }
  for (const match of title.matchAll(before)) {
    const name = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5])!;
    if (!KOREAN_NOT_NAMES.has(name) && !CJK_COUNTRIES.test(name) && !CJK_MINISTRIES.test(name) && !JAPANESE_NOT_NAMES.test(name))
      found.push({ name, index: match.index });
  }
  // A Japanese minister's surname, his ministry, then "大臣", opening the title of his press conference's
  // minutes: "中川財務大臣兼金融担当大臣閣議後記者会見", "世耕経済産業大臣の…", "小宮山大臣…" (not "法務大臣…", a ministry alone).
  const minister = JAPANESE_MINISTER.exec(title);
  if (minister && !JAPANESE_MINISTRIES.test(minister[1]!)) found.push({ name: minister[1]!, index: 0 });
  // Korean also writes the office first: "외교부 대변인 이재웅", "통일부 장관 김영호". A name is three
  // syllables, most often; the words that follow an office in titles are not names.
  for (const match of title.matchAll(/(?:대변인|부대변인|장관|차관|대통령|대사|총리)\s([가-힣]{3})(?=$|[\s,.(·])/gu)) {
    if (!KOREAN_NOT_NAMES.has(match[1]!)) found.push({ name: match[1]!, index: match.index + match[0].length - match[1]!.length });
  }
  // A Japanese name before a consul's or an envoy's office, a space in it perhaps, "new" before the
  // office perhaps, the whole name in up to four characters: "セブ出張駐在官事務所長 大竹 庄治 事務所長", "竹内新総領事にインタビュー",
  // "在セブ日本国総領事館・山地秀樹総領事インタビュー".
  for (const match of title.matchAll(
    /(?<![\p{Script=Han}\d])(\p{Script=Han}{2,4}?(?:\s\p{Script=Han}{1,3})?)\s?新?(?:副|首席)?(?:総領事|領事|事務所長|公使)/gu,
  )) {
    const name = match[1]!;
    if (!/[館国省所]$/u.test(name) && !CONSULATE_CITIES.has(name) && name !== '首席') found.push({ name, index: match.index });
  }
  // A Japanese name before an ambassador's posting: "姜昌一駐日大使", "堀江良一駐ミクロネシア連邦大使"
  // (not "新任駐韓米国大使", newly appointed, nor "駐日韓国大使館").
  // Chinese writes the name after the office instead ("日本駐華大使垂秀夫"): there the word before 駐 is a country.
  for (const match of title.matchAll(
    /(?<![\p{Script=Han}\d])(\p{Script=Han}{2,4}?)駐[\p{Script=Han}\p{Script=Katakana}ー]{1,10}?(?:特命全権)?大使(?!\p{Script=Han})/gu,
  )) {
    if (!JAPANESE_NOT_NAMES.test(match[1]!) && !CJK_COUNTRIES.test(match[1]!)) found.push({ name: match[1]!, index: match.index });
  }
  // A Japanese name before "氏" (Mr, Ms), after an office perhaps: "在メルボルン日本国総領事 長谷川 晋氏 インタビュー".
  for (const match of title.matchAll(/(\p{Script=Han}{2,4}(?:\s\p{Script=Han}{1,3})?)氏/gu)) {
    const name = match[1]!.replace(/^(?:総領事|領事|大使|公使|首相|外相|長官|大臣)\s?/u, '');
    if (name.length >= 2) found.push({ name, index: match.index + match[0].length - 1 - name.length });
  }
  // A Korean governor, district mayor or chief of staff after the name, the province or house glued or spaced before
  // the office: "원희룡 제주도지사 출마선언", "박지원(朴智元) 청와대 비서실장은 …". A name is three syllables; a
  // date's day glued to the word before ("11일새 총리서리") is none.
  for (const match of title.matchAll(KOREAN_LOCAL_OFFICE)) if (!KOREAN_NOT_NAMES.has(match[1]!)) found.push({ name: match[1]!, index: match.index });
  // A Korean ambassador "to X" after the name: "최연충 주우루과이대사", "이수혁 주미대사"; not an
  // embassy (대사관: "주피지 대한민국 대사관", a site's name, names a country).
  // And a consul general where: "최충주 밴쿠버 총영사".
  for (const match of title.matchAll(/(?<![가-힣])([가-힣]{2,4})\s(?:주[가-힣]{1,8}(?:대사|총영사|영사)|[가-힣]{2,8}\s총영사)(?![가-힣])/gu))
    if (!KOREAN_NOT_NAMES.has(match[1]!)) found.push({ name: match[1]!, index: match.index });
  // A name in Chinese characters before a Korean office: "柳宗夏 외무장관 일문일답".
  for (const match of title.matchAll(/(\p{Script=Han}{2,3})\s?(?:신임\s?)?(?:외무|외교부?|통일부?|국방부?)?\s?(?:대변인|장관|대통령|대사|총리)/gu)) {
    found.push({ name: match[1]!, index: match.index });
  }
  // "외교부 대변인", "外交部发言人": a ministry or an office before the office is no one's name, nor
  // an embassy ("使館發言人"); nor words that open with a preposition ("驻韩国大使", "发言人就英国首相…").
  // The word after a Korean name is the post's place, not a second name ("최충주 밴쿠버 총영사", "이수혁 주미대사").
  const named = (entry: { name: string; index: number }) =>
    found.some((other) => other !== entry && /^[가-힣]/u.test(other.name) && other.index + other.name.length + 1 === entry.index);
  return found.filter((entry) => !/[부部省院处處局厅廳会會室馆館]$/u.test(entry.name) && !CJK_NOT_NAME_START.test(entry.name) && !named(entry));
}

/**
 * Arabic titles name the official after the office, with no capitals to tell the name:
 * "المتحدث باسم وزارة الخارجية قنغ شوانغ يعقد مؤتمرا صحفيا", "وزير الخارجية الصيني يانغ جيه تشى
 * يجيب على اسئلة الصحفيين". The name runs from the office to the verb or preposition after it.
 */
const ARABIC_OFFICE =
  /(?:المتحدثة?|الناطقة?) باسم (?:وزارة الخارجية|الخارجية|الحكومة|الرئاسة)(?: (?:الصينية|الروسية|الأمريكية|الأميركية))?|(?:وزيرة?|نائب وزير) الخارجية(?: (?:الصيني|الروسي|الأمريكي|الأميركي))?|السفيرة?(?: الصيني| الروسي)?|الرئيس(?: الصيني| الروسي| الأمريكي)?/gu;
/** How far after the office a name is read, and how many words it may take ("يانغ جيه تشى"). */
const ARABIC_NAME_SEARCH = 80;
const ARABIC_NAME_WORDS = 3;
const ARABIC_NAME_END = new Set([
  'يعقد',
  'تعقد',
  'يجيب',
  'تجيب',
  'يلتقي',
  'تلتقي',
  'يلقي',
  'تلقي',
  'يرد',
  'ترد',
  'في',
  'على',
  'مع',
  'خلال',
  'يوم',
  'حول',
  'لدى',
  'إلى',
  'الى',
  'من',
  'عن',
  'و',
  'يدلي',
  'تدلي',
  'يصرح',
  'تصرح',
  'يقول',
  'تقول',
]);

function arabicNamesInTitle(title: string): Array<{ name: string; index: number }> {
  const found: Array<{ name: string; index: number }> = [];
  for (const office of title.matchAll(ARABIC_OFFICE)) {
    const start = office.index + office[0].length;
    // A name in quotes after the office: "اكد وزير الخارجية 'محمد جواد ظريف' ان …".
    const words = title
      .slice(start, start + ARABIC_NAME_SEARCH)
      .trim()
      .split(/\s+/u)
      .map((word) => word.replace(/^['"«“‘]|['"»”’]$/gu, ''));
    const name: string[] = [];
    for (const word of words) {
      if (!/^\p{Script=Arabic}+$/u.test(word) || ARABIC_NAME_END.has(word) || name.length === ARABIC_NAME_WORDS) break;
      name.push(word);
    }
    if (name.length >= 2) found.push({ name: name.join(' '), index: title.indexOf(name[0]!, start) });
  }
  return found;
}

/** Where in the title a surname stands, or -1. */
export function titlePosition(title: string, surname: string): number {
  let index = 0;
  // A hyphenated surname is one token ("Jean-Pierre"); its parts are tried too ("Rimsky-Korsakov" and "Korsakov").
  for (const word of title.split(/[\s,.;:()«»“”"–—]+/u)) {
    for (const token of [word, ...(word.includes('-') ? word.split('-') : [])]) {
      if (token !== '' && sameSurname(surnameOf(token), surname)) return title.indexOf(token, index);
    }
    index += word.length;
  }
  return -1;
}

/**
 * A news title's "Surname: quote" ("Navi Ong migranti, Tajani: linea dura", "Çavuşoğlu: …"): the
 * person quoted, when the page's opening names them too, in full where it can ("dove Antonio
 * Tajani, ministro degli Esteri, andrà"). A single word before a colon is a place or a topic as
 * often ("Ucraina: …", "Brexit: …"), so it counts only where the text confirms it as a name.
 */
export function surnameBeforeColon(title: string, texts: readonly string[]): string | null {
  const surname = TITLE_SURNAME.exec(title)?.[1];
  return surname ? confirmedSurname(surname, texts) : null;
}

/**
 * A surname that opens the title as its subject, before a verb ("Pape nægter at svare …"), where
 * the body gives it with given names before it ("Søren Pape Poulsen"): the last guess, after the
 * lead's own subject, for a country opens titles so as often ("España aclara su posición …").
 */
export function surnameAsTitleSubject(title: string, texts: readonly string[]): string | null {
  const surname = TITLE_SUBJECT.exec(title)?.[1];
  return surname ? confirmedSurname(surname, texts) : null;
}

/**
 * A news headline that names its speaker after the quote's colon, as South Asian papers write
 * them: "Foreign Ministry hard-pressed with insufficient workforce: Ali Sabry", "India will not
 * bow to pressure: EAM Jaishankar". Two or three capitalised words are a name where the body
 * gives them after an office or a courtesy title; one is a surname that the body confirms, as for
 * surnameBeforeColon.
 */
export function nameAfterColon(title: string, texts: readonly string[]): string | null {
  const words = TITLE_NAME_AT_END.exec(title)?.[1]!.split(/\s+/u) ?? [];
  while (words.length > 0 && (isOffice(words[0]!) || isRoleWord(words[0]!) || OFFICE_INITIALS.has(words[0]!))) words.shift();
  if (words.length === 0 || words.some((word) => NOT_NAMES.has(word.toLowerCase()) || isOffice(word) || isRoleWord(word))) return null;
  if (words.length === 1) return confirmedSurname(words[0]!, texts);
  // A quotation closed right before the colon says whose words they are: "“Ya ni siquiera la cadena de
  // mando la controla Maduro”: Juan Guaidó".
  // Not an outlet or a news page's words ("“We are ready”: Latest Updates", "…: ABC Insiders").
  if (QUOTE_THEN_COLON.test(title) && !OUTLET.test(words.join(' ')) && !words.some((word) => NEWS_PAGE_WORDS.test(word))) return words.join(' ');
  // The body gives them too, after an office or a courtesy title, in any case ("Foreign minister
  // ali sabry responds …"): not a headline's "…: Latest Updates", nor a place ("… here in Hong Kong").
  const name = words.join(' ').toLowerCase();
  const afterOffice = (text: string): boolean => {
    const lower = text.toLowerCase();
    const at = wordIndex(lower, name);
    const previous = at > 0 ? (lower.slice(0, at).trim().split(/\s+/u).pop() ?? '') : '';
    return at > 0 && (isOffice(previous) || isRoleWord(previous) || COURTESY.has(previous));
  };
  return texts.some(afterOffice) ? words.join(' ') : null;
}

/**
 * A news interview's headline that ends on who says it: "Nejedlému nešlo odebrat diplomatický pas, …, říká
 * Kulhánek", "…, says Lavrov", "…, sagt Baerbock", "…, afirma Albares". The name after the verb of saying is
 * the one who answers, in full where the text gives given names before a lone surname.
 */
export function nameAfterSaying(title: string, texts: readonly string[]): string | null {
  const words = TITLE_SAYS_NAME.exec(title)?.[1]!.split(/\s+/u) ?? [];
  while (words.length > 0 && (isOffice(words[0]!) || isRoleWord(words[0]!))) words.shift();
  if (words.length === 0 || words.some(isNoNameWord)) return null;
  return words.length === 1 ? (confirmedSurname(words[0]!, texts) ?? words[0]!) : words.join(' ');
}

/** Verbs of saying that end a headline before its speaker's name, in the corpus' languages. */
const SAYING_VERBS =
  'says|said|tells|říká|tvrdí|hovorí|mówi|twierdzi|sagt|meint|dice|afirma|asegura|destaca|señala|explica|sostiene|advierte|subraya|dit|estime|affirme|assure|diz|говорит|считает|каже|вважає|zegt|säger|siger|sier|sanoo|mondja|spune|kaže|afferma';
const TITLE_SAYS_NAME = new RegExp(`[,–—]\\s(?:${SAYING_VERBS})\\s((?:\\p{Lu}[\\p{L}\\p{M}’'.-]*\\s){0,3}\\p{Lu}[\\p{Ll}\\p{M}’'-]{2,30})$`, 'u');

/** A news page's words that end a headline as a name would: "Latest Updates", "Full Version", "Insiders". */
const NEWS_PAGE_WORDS = /^(?:updates?|live|news|times|insiders?|version|edition|highlights|video|podcast|interview|версия|выпуск|видео)$/iu;

/** A closing quotation mark, then the colon before the title's last words. */
const QUOTE_THEN_COLON = /[”»"’]\s?:\s[^:”»"]+$/u;

/**
 * A news interview's "Name: quote" headline whose text never names the guest ("Čaputová: Toto je najväčšia
 * zodpovednosť", "Wallström: Vi ska ha en feministisk utrikespolitik", "عراقجي: عقيدتنا …"): the last guess for
 * the one who answers, where questions are asked and nothing else names anyone. A place or a topic before a colon
 * ("Brexit: …", "Ucraina: …") is what the text goes on to talk of, so a word the opening paragraphs use is taken
 * only where they set an office after it.
 */
export function unconfirmedNameBeforeColon(title: string, texts: readonly string[]): string | null {
  const found = TITLE_NAME_BEFORE_COLON.exec(title)?.[1];
  if (!found) return null;
  const words = found.split(/\s+/u);
  if (words.some((word) => isNoNameWord(word) || HEADLINE_KICKERS.test(word))) return null;
  const surname = words.at(-1)!;
  const mentions = texts.flatMap((text) => {
    const at = wordIndex(text, surname);
    return at >= 0 ? [text.slice(at + surname.length)] : [];
  });
  // Unless the text gives the word before an office, as a name in apposition: "سيد عباس عراقجي وزير خارجية بلادنا",
  // "«سعید خطیبزاده» سفیر جمهوری اسلامی"; or after a given name, as a person's ("… ministar spoljnih poslova i
  // lider SPS Ivica Dačić"), whose full name it then is.
  const fullName = texts
    .flatMap((text) => namesRead(text, {}))
    .find((entry) => !entry.quoted && entry.name.endsWith(` ${surname}`) && entry.name.split(/\s+/u).length > words.length)?.name;
  if (fullName) return fullName;
  return mentions.length === 0 || mentions.some(beforeOffice) ? found : null;
}

/** A word no name is made of: a title's word that names no one, a kind of text, an office, an outlet. */
function isNoNameWord(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase()) || INTERVIEW_WORDS.has(word.toLowerCase()) || isRoleWord(word) || isOffice(word) || OUTLET.test(word);
}

function beforeOffice(rest: string): boolean {
  const next = /^[\s,،»”"]*(\S+)/u.exec(rest)?.[1] ?? '';
  return LABEL_OFFICES.has(next) || isOffice(next) || isRoleWord(next);
}

/**
 * One to three capitalised words, or an Arabic-script word, opening a title before its colon, or
 * after a quotation that opens it ("\"Pritisci na Srbiju nikad nisu bili jači\" Dačić: Amerika …").
 */
const TITLE_NAME_BEFORE_COLON =
  /^(?:["“„«][^"“”«»]{8,}["”»]\s)?((?:\p{Lu}[\p{Ll}\p{M}’'-]{1,30}\s){0,2}\p{Lu}[\p{Ll}\p{M}’'-]{2,30}|\p{Script=Arabic}{3,20})\s?:\s/u;

/** A headline's kicker before its colon, which names no one: "Exclusive: …", "Video: …", "Live: …". */
const HEADLINE_KICKERS =
  /^(?:questions?|answers?|fragen?|antworten|preguntas?|respuestas?|réponses?|вопросы|питання|exclusive|exclusiva|exclusivo|exclusif|exklusiv|esclusiva|exkluzívne|exkluzivně|ekskluzywnie|video|vídeo|vidéo|wideo|live|watch|update|breaking|analysis|opinion|comment|editorial|transcript|podcast|fotos?|photos?|galer\p{L}*|dossier|special|spezial|especial|reportage|reportaža|reportáž|kommentar|kommentaari)$/iu;

/** One to four capitalised words (an office's among them) that end a title after a colon. */
const TITLE_NAME_AT_END = /:\s((?:\p{Lu}[\p{L}\p{M}’'.-]*\s){0,3}\p{Lu}[\p{Ll}\p{M}’'-]{2,30})$/u;

/** A surname the body gives with given names before it, or an office or a courtesy title: the full name, else null. */
function confirmedSurname(surname: string, texts: readonly string[]): string | null {
  if (NOT_NAMES.has(surname.toLowerCase()) || isRoleWord(surname) || isOffice(surname)) return null;
  for (const text of texts) {
    const at = wordIndex(text, surname);
    if (at < 0) continue;
    // The words before it, if they are capitalised given names: "Antonio Tajani", "Mevlüt Çavuşoğlu".
    const before = text
      .slice(Math.max(0, at - GIVEN_NAMES_CHARS), at)
      .split(/\s+/u)
      .filter(Boolean);
    const given: string[] = [];
    while (
      before.length > 0 &&
      given.length < 2 &&
      CAPITALISED.test(before.at(-1)!) &&
      !NOT_NAMES.has(before.at(-1)!.toLowerCase()) &&
      !isOffice(before.at(-1)!)
    )
      given.unshift(before.pop()!);
    // A name has given names before it, or an office or a courtesy title ("il ministro Tajani",
    // "Bakanı Çavuşoğlu"); a place has a preposition ("in Ucraina").
    const previous = before.at(-1) ?? '';
    if (given.length > 0 || isOffice(previous) || isRoleWord(previous) || COURTESY.has(previous.toLowerCase()) || afterOfficePhrase(before))
      return [...given, surname].join(' ');
  }
  return null;
}

/**
 * Capitalised words right before a surname that open on an office: the office's phrase
 * ("Wakil Menteri Luar Negeri Wardana", "Minister of Foreign Affairs Wang").
 */
function afterOfficePhrase(before: string[]): boolean {
  const phrase: string[] = [];
  for (let i = before.length - 1; i >= 0 && phrase.length < OFFICE_PHRASE_WORDS; i -= 1) {
    const word = before[i]!;
    if (isOffice(word) || isRoleWord(word)) return true;
    if (!CAPITALISED.test(word) && !NAME_PARTICLES.has(word)) return false;
    phrase.push(word);
  }
  return false;
}
const OFFICE_PHRASE_WORDS = 4;

/** A capitalised word that opens the title as its subject, before a verb in lower case: "Pape nægter at svare …", "Čaputová povedala, …". */
const TITLE_SUBJECT = /^(\p{Lu}[\p{Ll}\p{M}’'-]{2,30})\s\p{Ll}/u;

/** A capitalised word before a colon, opening the title or after a comma or a dash. */
const TITLE_SURNAME = /(?:^|[,–—]\s)(\p{Lu}[\p{Ll}\p{M}’'-]{2,30}):\s/u;

/** How far before a surname its given names are looked for. */
const GIVEN_NAMES_CHARS = 40;

/** Where `word` stands in `text` as a whole word, or -1. */
function wordIndex(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return at;
  }
  return -1;
}

/**
 * The person a news interview's photo caption shows, the last guess for the one who answers where
 * nothing else on the page names anyone: a name after an office ("Ārlietu ministrs Edgars Rinkēvičs.",
 * "Ministerråd Lars Andersen på kontoret"), else a full name that opens the caption ("Andrew Davidson
 * nagykövethelyettesként …", "Santos Silva ao PÚBLICO e Renascença: …", "Wopke Hoekstra. Beeld …").
 */
export function personPictured(captions: readonly string[]): string | null {
  for (const caption of captions) {
    const byOffice = namesRead(caption, { afterOffice: true }).find((entry) => entry.byOffice && !entry.quoted)?.name;
    if (byOffice) return byOffice;
    const opening = CAPTION_SUBJECT.exec(caption)?.[1];
    if (opening && !NOT_SUBJECTS.test(opening.split(/\s+/u)[0]!) && !opening.split(/\s+/u).some(isNoNameWord)) return opening;
  }
  return null;
}

/** Two to four capitalised words opening a caption, then its punctuation or a word in lower case. */
const CAPTION_SUBJECT = /^((?:\p{Lu}[\p{Ll}\p{M}’'-]+\s){1,3}\p{Lu}[\p{Ll}\p{M}’'-]+)(?=[.,:]|\s\p{Ll})/u;

/**
 * Words that open a headline and are no name's: a preposition, a determiner, an adjective of selection; and the
 * prepositions of time and company that open a news lead's sentence ("Efter Trumps seger …", "Nach dem Treffen …").
 */
export const NOT_SUBJECTS =
  /^(?:from|fra|von|van|vom|aus|de|des|del|du|od|iz|z|ze|selected|full|complete|excerpts?|highlights?|the|a|an|el|la|le|les|los|las|der|die|das|il|lo|after|efter|etter|nach|après|después|depois|dopo|during|under|während|durante|pendant|with|med|mit|avec|con|com)$/iu;
