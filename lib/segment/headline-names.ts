import { HONORIFICS, INTERVIEW_WORDS, isOfficeWord, NOT_NAMES, OFFICE_COUNTRIES } from '../vocabulary/name-words';

/**
 * Who a news headline or a credit line says speaks, where no label names them: the principal of a
 * headline's possessive ("Mr Major's Doorstep Interview"), the subject of a headline's verb of saying
 * ("Čaputová povedala, ako …"), the interviewer an interview's credit line names ("Propos recueillis par
 * …"). Speaker resolution (speaker-roles.ts) asks.
 */

/**
 * The one whose words a title's possessive announces, as English titles give an interview or a press
 * conference: "Mr Major’s Doorstep Interview in London", "Lavrov’s CBS Interview", "Rest of Tun
 * Dr.Mahathir's Press Conference Transcript". The possessor answers, even where the title names a guest
 * after "with" ("Mr Major’s Joint Doorstep Interview with Douglas Hurd"). Not an office alone
 * ("Spokesperson's Press Briefing", "Taoiseach's Doorstep"), nor a country ("India’s Statement").
 */
export function possessivePrincipal(title: string): string | null {
  const found = POSSESSIVE.exec(title);
  if (!found || !KIND_AFTER.test(title.slice(found.index + found[0].length))) return null;
  const words = found[1]!.split(/[\s.]+/u).filter(Boolean);
  // The name's words: those after the last courtesy title or office ("Mr", "Tun Dr.", "Secretary of State").
  let start = words.length;
  while (start > 0 && !isCourtesyOrOffice(words[start - 1]!)) start -= 1;
  const name = words.slice(start);
  if (name.length === 0 || name.some(namesNoOne)) return null;
  return name.join(' ');
}

/** One to four capitalised words (a courtesy's glued dot among them: "Dr.Mahathir"), then "'s" or "’s". */
const POSSESSIVE = /(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}-]*(?:\.\s?|\s)){0,3}\p{Lu}[\p{L}\p{M}-]*)['’]s\s/u;

/** A kind of text within three words after the possessive: "Doorstep Interview", "CBS Interview", "full interview", "Press Conference". */
const KIND_AFTER =
  /^(?:[\p{L}\p{M}&-]+\s){0,3}(?:interview|press conference|news conference|press briefing|briefing|doorstep|doorstop|media (?:interaction|conference|wrap-up)|remarks|q&a)/iu;

function isCourtesyOrOffice(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`) || COURTESIES.has(lower) || isOfficeWord(word);
}

/** Courtesy titles before a name that the honorifics do not carry: Malaysia's "Tun", "Tan Sri", "Datuk"; "Sec." and "Amb." abbreviated. */
const COURTESIES = new Set(['tun', 'tan', 'sri', 'datuk', 'dato', 'sec', 'amb', 'sen', 'rep', 'gen']);

function namesNoOne(word: string): boolean {
  const lower = word.toLowerCase();
  return NOT_NAMES.has(lower) || INTERVIEW_WORDS.has(lower) || OFFICE_COUNTRIES.some((country) => country.length === 1 && country[0] === word);
}

/**
 * A news headline that opens on its speaker's surname and a verb of saying, the part after a kicker's
 * colon too: "Čaputová povedala, ako vníma hejty …", "Niasse, Idy, Macky … : Wade dit ses quatre vérités",
 * "Çavuşoğlu ilk kez açıkladı: …". The surname is the one who answers, as the last guess where someone asks and
 * nothing else names anyone.
 */
export function surnameSaying(title: string): string | null {
  for (const part of [title, ...title.split(/\s:\s|:\s/u).slice(1)]) {
    const found = SURNAME_THEN_SAYING.exec(part.trim());
    if (found && !namesNoOne(found[1]!) && !isOfficeWord(found[1]!) && !INSTITUTIONS.test(found[1]!)) return found[1]!;
  }
  return null;
}

/** An institution that says as a person does: "Vláda povedala, že …", "Government says …", "Kremlin says …". */
const INSTITUTIONS =
  /^(?:government|ministry|kremlin|police|court|parliament|army|vláda|vláde|ministerstvo|polícia|policie|súd|soud|regierung|ministerium|polizei|gericht|gouvernement|ministère|gobierno|ministerio|policía|governo|ministero|polizia|rząd|ministerstwo|policja|правительство|министерство|кремль|полиция|суд|уряд|міністерство|поліція|hükümet|bakanlık|polis|regeringen|hallitus|vlada|guvernul)$/iu;

/** Verbs of saying, present and past, after a headline's subject, in the corpus' languages. */
const SAYING =
  'says|said|tells|told|povedal|povedala|hovorí|říká|řekl|řekla|mówi|powiedział|powiedziała|sagt|sagte|dice|dijo|afirma|afirmó|asegura|aseguró|dit|déclare|affirme|diz|disse|afferma|говорит|сказал|сказала|заявил|заявила|каже|сказав|заявив|säger|sa|siger|sagde|sier|sanoo|spune|kaže|rekao|rekla|açıkladı|söyledi|anlattı|konuştu';
const SURNAME_THEN_SAYING = new RegExp(`^(\\p{Lu}[\\p{Ll}\\p{M}’'-]{2,30})\\s(?:\\p{Ll}+\\s){0,2}(?:${SAYING})(?=[\\s,:]|$)`, 'u');

/**
 * The one a news interview's quote tags name, as Nordic, Polish and English papers close the guest's quoted words
 * in the opening: "– Sedan två år tillbaka är jag utrikesråd …, berättar Tauriainen.", "… – mówi Wasyl Zwarycz,
 * ambasador Ukrainy w Polsce.", "…, says Jones." The name right after the verb of saying, ending the sentence or
 * followed by a comma; not an office ("says the minister") or an institution.
 */
export function speakerOfQuoteTags(texts: readonly string[]): string | null {
  for (const text of texts) {
    for (const found of text.matchAll(QUOTE_TAG)) {
      const words = found[1]!.split(' ');
      if (!words.some((word) => namesNoOne(word) || isOfficeWord(word) || INSTITUTIONS.test(word))) return found[1]!;
    }
  }
  return null;
}

/** Present-tense verbs of saying that tag a quotation, in the corpus' languages. */
const TAGGING =
  'says|said|berättar|säger|sade|siger|fortæller|sier|forteller|sanoo|kertoo|mówi|powiedział|powiedziała|dodaje|říká|uvedl|hovorí|sagt|erzählt|dice|afirma|explica|dit|explique|ajoute|diz|afferma|говорит|сказал|сказала|каже|kaže|spune';
const QUOTE_TAG = new RegExp(`[,–—]\\s(?:${TAGGING})\\s((?:\\p{Lu}[\\p{Ll}\\p{M}’'-]+\\s){0,2}\\p{Lu}[\\p{Ll}\\p{M}’'-]{2,30})(?=[.,!]|$)`, 'gu');

/**
 * An interview's credit line that names who asked: "Interviewed by Nancy Hungerford", "Propos recueillis
 * par Emmanuel Haillot", "Entrevista: Ana López", "Fragen: Max Muster", "Беседовал Иван Петров". A short
 * line of its own, the credit and a name of two or three capitalised words; not "Interview: …" alone, which
 * as often heads the guest's name or a photographer's credit.
 */
export function interviewerCredited(lines: readonly string[]): string | null {
  for (const line of lines) {
    // An editor's lead names the interviewer in a sentence of its own: "… guest editor, Prof Meredith Weiss, interviewed
    // the minister …", "… moderated by Mr David Rubenstein".
    const inLead = LEAD_INTERVIEWER_AFTER.exec(line)?.[1] ?? LEAD_INTERVIEWER_BEFORE.exec(line)?.[1] ?? newsroomOfficeName(line);
    if (inLead) return inLead;
    if (line.length > CREDIT_MAX) continue;
    const credit = INTERVIEWER_CREDIT.exec(line.trim());
    const name = credit ? CREDITED_NAME.exec(line.trim().slice(credit[0].length))?.[1] : undefined;
    if (name) return name;
  }
  return null;
}

const CREDIT_MAX = 80;

/**
 * The interviewer an interview's lead names by a newsroom's office, right before the name: "… told All Things Considered
 * co-host Mary Louise Kelly", "… concedió una entrevista a la directora del periódico, Paola Ferraris". Not an office of
 * state after it ("host Prime Minister …"), nor an outlet's name between the office and the name, which capitals alone
 * do not tell from it ("Direktur Pemberitaan Tribun Network …").
 */
function newsroomOfficeName(line: string): string | undefined {
  const found = NEWSROOM_OFFICE_NAME.exec(line);
  const name = found?.[1];
  return name && !name.split(' ').some((word) => isOfficeWord(word) || NOT_NAMES.has(word.toLowerCase())) ? name : undefined;
}

/** A newsroom's office, perhaps a comma, then two or three capitalised words. */
const NEWSROOM_OFFICE_NAME =
  /(?<!\p{L})(?:[Cc]o-host|[Hh]ost|[Aa]nchor|[Pp]resenter|[Dd]irectora? del (?:periódico|diario)|[Ee]ditora? del (?:periódico|diario)|[Pp]eriodista),? ((?:\p{Lu}[\p{Ll}\p{M}’'-]+ ){1,2}\p{Lu}[\p{Ll}\p{M}’'-]+)(?=$|[\s,.;])/u;

/** "interviewed by", "moderated by" and a name of two or three capitalised words, a courtesy title before it. */
const LEAD_INTERVIEWER_AFTER =
  /(?<!\p{L})(?:interviewed|moderated) by (?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?(\p{Lu}[\p{Ll}\p{M}’'-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}\p{M}’'-]+){1,2})(?=$|[\s,.;])/u;
/** A courtesy title, a name and "interviewed", the lead's subject: "Prof Meredith Weiss, interviewed …". */
const LEAD_INTERVIEWER_BEFORE = /(?<!\p{L})(?:Mr|Ms|Mrs|Dr|Prof)\.? (\p{Lu}[\p{Ll}\p{M}’'-]+(?: \p{Lu}[\p{Ll}\p{M}’'-]+){1,2}),? interviewed /u;
const INTERVIEWER_CREDIT =
  /^(?:interviewed by|interview by|propos recueillis par|entretien réalisé par|entrevista(?: realizada)? por|entrevista\s?:|fragen\s?:|das interview führte|intervista (?:a cura )?di|беседовал[аи]?|интервью взял[аи]?|розмовляв|розмовляла|rozmawiała?|razgovarao|razgovarala)\s+/iu;
/** Two or three capitalised words, the line's end or a comma, a full stop or a bracket after them. */
const CREDITED_NAME = /^((?:\p{Lu}[\p{Ll}\p{M}’'-]+\s){1,2}\p{Lu}[\p{Ll}\p{M}’'-]+)(?=$|[\s,.(])/u;
