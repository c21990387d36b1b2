import { namesInTitle } from './title-names';
import { GREETING, NEWS_DATELINE, REPORTED_SPEECH, speaksInFirstPerson, speaksInFirstPersonAsWritten } from '../text/register';
import { readSpeaker } from './speakers';
import { ASKS } from '../text/asking';
import type { RawTurn, TurnSplit } from './turns';
import type { TranscriptKind } from '../transcript-schema';
import { kindFromTitle } from '../metadata/kind';
import { PERSON_OFFICES } from '../vocabulary/name-words';
import { VISIT_ANNOUNCEMENT } from '../text/visit-announcement';

/**
 * An editor's lead before the first label ("Foreign Ministry Spokesperson Hong Lei held a
 * regular press conference on ...", "新华社北京3月8日电", "State Department Spokesperson Matthew
 * Miller leads the daily press briefing"): third person, a dateline, or reported speech, and no
 * first person or greeting. It is spoken by no one; the speaker's own words follow it.
 */
export function splitEditorialLead(split: TurnSplit, title: string, kind: TranscriptKind = 'other'): TurnSplit {
  const { turns, headings } = dropRepostNotes(split);
  const first = turns[0];
  if (!first || first.label) return { turns, headings };
  // The person the opening would be credited to: named in the title, else in the lead itself.
  const named = namesInTitle(title);
  const fromTitle = (named.length > 0 ? named : namesInTitle((first.paragraphs[0] ?? '').slice(0, LEAD_TEST_CHARS))).map((name) => readSpeaker(name).surname);
  // The people the page's labels name: a lead that speaks of one of them in the third person
  // ("Alexander Schallenberg ist der einzige Minister …", then "Schallenberg:") is the editor's.
  // Each different label read once: a briefing repeats the same two hundred times.
  const labelTexts = new Set(turns.flatMap((turn) => (turn.label?.kind === 'named' && !turn.label.asks ? [turn.label.text] : [])));
  const labelled = [...labelTexts].map((text) => readSpeaker(text));
  const speakers = [...new Set([...fromTitle, ...labelled.filter((form) => !form.roleOnly && !form.journalist).map((form) => form.surname)])];
  // A bold standfirst on a page that sets its questions in bold: it asks nothing and speaks of the
  // guest in the third person ("Als Aussenministerin betrachtet es Regierungsrätin Katrin Eggenberger …").
  if (first.boldQuestion) {
    const text = first.paragraphs.join(' ');
    if (ASKS.test(text) || !isEditorial(text, speakers)) return { turns, headings };
    return { turns: [{ ...first, boldQuestion: false, editorial: true }, ...turns.slice(1)], headings };
  }
  let lead = 0;
  while (lead < first.paragraphs.length && isEditorial(first.paragraphs[lead]!, speakers)) lead += 1;
  const next = turns[1];
  const asksNext = next !== undefined && opensAsking(next);
  // A news site's interview whose headline names no kind ("José Manuel Albares: “…”"): before an
  // anonymous first question ("Pregunta. …") the guest has not spoken; what stands there is the
  // editor's, unless it greets or speaks in the first person.
  // A named interviewer's first question does the same ("Stephan Detjen: Herr Botschafter, …?").
  const interviewerAsks =
    next?.label?.kind === 'named' && !next.label.dash && ASKS.test(next.paragraphs.join(' ')) && !fromTitle.includes(readSpeaker(next.label.text).surname);
  const anonymousQuestion = (asksNext && next.label?.kind === 'question' && !next.label.dash) || interviewerAsks;
  const opening = (first.paragraphs[0] ?? '').slice(0, LEAD_TEST_CHARS);
  // A lead that announces a briefing or a press conference ("外交部发言人耿爽主持13日例行记者会") is
  // followed by the spokesperson's announcements, unlabelled, before the first "问:".
  // Read only where the title names no kind, the one case that asks it (the costliest pattern here).
  const announcesBriefing = kind === 'other' && ['briefing', 'press-conference'].includes(kindFromTitle(opening));
  const interviewShaped = kind === 'interview' || (kind === 'other' && !announcesBriefing);
  // So before a dialogue in dashes whose first dash asks ("— Владимир Дмитриевич, …?"), and before
  // a first question in bold or in a subheading ("<h2>¿Cómo un niño … llega a ser cónsul?</h2>").
  const dashedQuestion = next?.label?.dash === true && next.label.kind === 'question';
  // A bold question only where the opening speaks of the interview ("… desde donde responde a esta
  // entrevista"): an official's opening statement holds no "I" as often ("Norway stands with Ukraine …").
  const boldAfterInterview = next?.boldQuestion === true && INTERVIEW_MENTION.test(opening);
  if (lead === 0 && (anonymousQuestion || dashedQuestion || boldAfterInterview) && interviewShaped && !speaks(opening)) lead = first.paragraphs.length;
  // An interview's unlabelled opening before its first question is the editor's even in the first
  // person ("Les questions sont celles que nos élèves ont proposées"): the guest has not spoken yet.
  // A greeting is the guest's, or a host's on air, and stays.
  if (lead === 0 && kind === 'interview' && asksNext && !GREETING.test(opening)) lead = first.paragraphs.length;
  // So on a news site's interview (no kind in its headline, one guest in it) whose first turn asks:
  // an opening that speaks of the guest in the third person, by name or by office, is the editor's
  // though the editor says "I" or "we" ("… ни он, ни я не смогли вспомнить …", "… su período
  // como nuestro representante permanente"). The guest does not speak of himself so.
  const asksFirst = asksNext || interviewerAsks || next?.boldQuestion === true || dashedQuestion;
  // One who says who he is speaks for himself ("Soy Miguel Nuñez, el Vocero de la Presidencia").
  if (
    lead === 0 &&
    kind === 'other' &&
    !announcesBriefing &&
    asksFirst &&
    fromTitle.length <= 1 &&
    !GREETING.test(opening) &&
    !SAYS_WHO_SPEAKS.test(opening) &&
    (aboutTheGuest(opening, speakers) || (opensWithOffice(opening) && !speaksInFirstPerson(opening.slice(0, OFFICE_CLAUSE_CHARS))))
  )
    lead = first.paragraphs.length;
  if (lead === 0) return { turns, headings };
  // In an interview the guest says nothing before the first question: once the lead opens as the
  // editor's, all of it before that question is ("… the new EU ambassador, Matti Maasikas." then
  // "What brought him here, we asked …").
  // A page of no kind whose first question is anonymous or bold is an interview too ("Berita
  // Terbaru…" for a headline, "Berikut petikan wawancara …" before the first bold question), unless
  // a later paragraph speaks in the first person or greets.
  const spokenLater = first.paragraphs.slice(lead).some((paragraph) => speaks(paragraph.slice(0, LEAD_TEST_CHARS)));
  // A dialogue in dashes is an interview's shape: once its lead opens as the editor's, all of it
  // before the first dashed question is, the editor's "we" too ("… а тепер ми отримали можливість
  // розпитати дипломата.").
  if (
    (kind === 'interview' && asksNext) ||
    (kind === 'other' && !announcesBriefing && (((anonymousQuestion || next?.boldQuestion === true) && !spokenLater) || dashedQuestion))
  )
    lead = first.paragraphs.length;
  // A news interview's lead, once it opens as the editor's, runs on in the third person: "Ей всего 31
  // год, но …", "It comes as Fiji's Prime Minister …", "Parterne talte blandt andet om …" after the
  // paragraph that names the guest. The guest's words begin where a paragraph greets, speaks in the
  // first person, asks or opens on a quotation.
  if (lead > 0 && interviewShaped) while (lead < first.paragraphs.length && goesOnInThirdPerson(first.paragraphs[lead]!)) lead += 1;
  // After the lead, a host's words that address the guest by office and name ("Minister Rinkevics,
  // thank you very much for joining us today.") are no words of the guest's: the introduction goes on.
  while (
    lead > 0 &&
    lead < first.paragraphs.length &&
    ADDRESSES_THE_GUEST.test(first.paragraphs[lead]!) &&
    speakers.some((surname) => first.paragraphs[lead]!.toLowerCase().includes(surname))
  )
    lead += 1;
  const editorial: RawTurn = { ...first, paragraphs: first.paragraphs.slice(0, lead), editorial: true };
  if (lead === first.paragraphs.length) return { turns: [editorial, ...turns.slice(1)], headings };
  // One turn became two: headings after it point one turn further.
  return {
    turns: [editorial, { ...first, paragraphs: first.paragraphs.slice(lead) }, ...turns.slice(1)],
    headings: headings.map((heading) => (heading.segment > 0 ? { ...heading, segment: heading.segment + 1 } : heading)),
  };
}

/**
 * A news site's lead set apart from the body, in a box its class names ("sapo", "chapeau",
 * "lead"): the editor's, so the editor's turn opens with it, or it is one of its own before a
 * first turn that is someone's.
 */
export function withLeadBox(split: TurnSplit, lead: string[], deck = false): TurnSplit {
  const first = split.turns[0];
  // A box that repeats the body's opening ("<div class="article-summary">" over the same words) adds nothing.
  if (lead.length === 0 || !first || (first.paragraphs[0] ?? '').startsWith(lead[0]!.slice(0, REPEATED_LEAD_CHARS))) return split;
  // A deck (lib/sites/locate.ts) is the lead only over a body that opens on its first question; over the body's
  // own lead or a host's welcome it is the headline's, which readers skip.
  if (deck && !opensAsking(first)) return split;
  // The body's unlabelled opening that does not speak, before the first question, goes on with it
  // ("Chiều 30/6, đã diễn ra cuộc họp báo …" after the sapo, then "Thông tấn xã Việt Nam: …?").
  const next = split.turns[1];
  const asksNext = next !== undefined && (opensAsking(next) || (next.label?.kind === 'named' && ASKS.test(next.paragraphs.join(' '))));
  const goesOn = !first.label && !first.boldQuestion && asksNext && !speaks((first.paragraphs[0] ?? '').slice(0, LEAD_TEST_CHARS));
  if (first.editorial || goesOn)
    return { turns: [{ ...first, editorial: true, paragraphs: [...lead, ...first.paragraphs] }, ...split.turns.slice(1)], headings: split.headings };
  const editorial: RawTurn = { label: null, continuation: false, boldQuestion: false, editorial: true, section: first.section, paragraphs: lead };
  return { turns: [editorial, ...split.turns], headings: split.headings.map((heading) => ({ ...heading, segment: heading.segment + 1 })) };
}

/** An office or a courtesy title, a name and a comma opening a paragraph: the guest addressed ("Minister Rinkevics, …", "Herr Botschafter Riedel, …"). */
const ADDRESSES_THE_GUEST =
  /^(?:(?:Mr|Mrs|Ms|Madam|Minister|Ambassador|Secretary|President|Prime Minister|Foreign Minister|Herr|Frau|Monsieur|Madame|Señor|Señora|Signor|Signora|Господин|Госпожа|Пане|Пані)\.?\s)+\p{Lu}[\p{L}'’-]+,/u;

/** A turn that opens by asking: a bold question, an asker's label, a label that asks ("FRAGE JUNG:"). */
function opensAsking(turn: RawTurn): boolean {
  return turn.boldQuestion || turn.label?.kind === 'question' || turn.label?.asks === true;
}

/** How much of a lead box is compared with the body's opening to tell a repeat. */
const REPEATED_LEAD_CHARS = 60;

/**
 * A reposter's note on the text itself, before the transcript: an editor's note, a blogger's
 * word on the interview ("Очень интересное интервью …", "Отдельные цитаты из этого интервью …"),
 * a guide to the translation ("Текст курсивом в квадратных скобках – подстрочный перевод"),
 * "長い文章ですが…・ブログ担当者". It is not the transcript, and no one in it speaks.
 */
const REPOST_NOTE =
  /(?<!\p{L})(?:(?:это|этого|этом|данное|данного|этому) интервью|интересное интервью|подстрочный перевод|курсивом|editor'?s note|note de la rédaction|anmerkung der redaktion|примечание редакции|от редакции|this (?:interview|transcript) (?:is|was)|(?:the )?text in (?:italics|square brackets))(?!\p{L})|编者按|編者按|編按|ブログ担当者|長い文章ですが|博主/iu;

/** The longest note before a transcript that is read as a reposter's. */
const REPOST_NOTE_MAX = 400;

/** Drops the reposter's notes that open the first, unlabelled turn, and the turn if nothing is left. */
function dropRepostNotes(split: TurnSplit): TurnSplit {
  const first = split.turns[0];
  if (!first || first.label || first.boldQuestion || split.turns.length < 2) return split;
  let notes = 0;
  while (notes < first.paragraphs.length && first.paragraphs[notes]!.length <= REPOST_NOTE_MAX && REPOST_NOTE.test(first.paragraphs[notes]!)) notes += 1;
  if (notes === 0) return split;
  if (notes < first.paragraphs.length)
    return { turns: [{ ...first, paragraphs: first.paragraphs.slice(notes) }, ...split.turns.slice(1)], headings: split.headings };
  return {
    turns: split.turns.slice(1),
    headings: split.headings.map((heading) => (heading.segment > 0 ? { ...heading, segment: heading.segment - 1 } : heading)),
  };
}

/**
 * A lead's paragraph that goes on as the editor's: a whole sentence (not a stray line, "schwingen.net",
 * "… kaydını izlemek için:") that neither greets, speaks in the first person (outside its quotations),
 * asks, opens on the guest's quoted words, nor opens on a label the reader missed ("Mary Louise Kelly:
 * Secretary of State, good to see you."). Not Japanese, whose speakers drop the pronoun that says "I".
 * The editor's "I" and "we" where the paragraph speaks of the interview itself count for nothing, as
 * a news site's interview goes on after the paragraph that names the guest ("Ter voorbereiding op dit
 * interview heb ik zijn autobiografie gelezen.", "Поскольку наш разговор состоялся …"): the guest does
 * not speak so of the talk he is giving. So for the line that announces it ("Following is the interview:").
 */
function goesOnInThirdPerson(paragraph: string): boolean {
  const opening = paragraph.slice(0, LEAD_TEST_CHARS);
  const ofTheInterview = INTERVIEW_MENTION.test(opening) && !ASKS.test(paragraph) && !GREETING.test(opening);
  if (ofTheInterview && ANNOUNCES_BELOW.test(paragraph)) return true;
  if (!SENTENCE_END.test(paragraph) || OPENS_QUOTE.test(paragraph) || LABEL_SHAPED.test(opening) || JAPANESE.test(opening)) return false;
  // The quotations taken out of the whole paragraph: one that runs past the opening is the guest's all the same.
  const unquoted = paragraph.replace(QUOTED, ' ').slice(0, LEAD_TEST_CHARS);
  return ofTheInterview || (!GREETING.test(opening) && !speaksInFirstPersonAsWritten(unquoted) && !ASKS.test(paragraph));
}

/** A short paragraph that ends on its colon: the line before the text it announces. */
const ANNOUNCES_BELOW = /^.{1,300}[:：]$/u;

/** A speaker's own words: a greeting or the first person. */
export function speaks(opening: string): boolean {
  return GREETING.test(opening) || speaksInFirstPerson(opening);
}

/** A speaker saying who speaks: "I am …", "My name is …", "Soy …", "Je suis …", "Меня зовут …". */
export const SAYS_WHO_SPEAKS =
  /(?<!\p{L})(?:i am|i'm|my name is|this is|soy|me llamo|je suis|je m['’]appelle|ich bin|mein name ist|sono|mi chiamo|eu sou|meu nome é|меня зовут|мене звати|nazywam się|jestem|adım|benim adım|nama saya|tôi là)(?!\p{L})/iu;

/**
 * The word "interview" or "conversation" in the corpus languages, in an editor's lead ("responde a esta entrevista", "ein
 * Gespräch über …", "наш разговор", "نص الحوار").
 */
const INTERVIEW_MENTION =
  /entrevista|interview|intervista|entretien|gesprek|gespräch|intervju|interjú|rozhovor|wywiad|rozmow|интервью|інтерв['’]ю|разговор|розмов|röportaj|wawancara|phỏng vấn|συνέντευξη|conversa|حوار|مقابلة|گفتگو|مصاحبه|インタビュー|인터뷰|采访|採訪|专访|專訪|訪談|访谈/iu;

/**
 * A quotation inside a lead, in the corpus languages' marks, single quotes too (‘Als je het hebt over idealisme, …’),
 * and two apostrophes for each mark, as some Romanian sites type them (''Și noi trebuie …'', a arătat ea).
 */
export const QUOTED = /«[^»]{0,400}»|“[^”]{0,400}”|„[^“”]{0,400}[“”]|"[^"]{0,400}"|(?<!\p{L})‘[^’]{0,400}’(?!\p{L})|''[^']{1,400}''/gu;

/** A definite article and the word after it, opening a paragraph. */
const OFFICE_WITH_ARTICLE = /^(?:the|el|la|le|l['’]|los|las|les|der|die|il|lo|o|a)\s?(\p{L}+)/iu;

/** How much of a paragraph is read to tell an editor's lead from the speaker's words. */
const LEAD_TEST_CHARS = 400;

/**
 * An editor announcing the text: "Following is the transcript of …", "The following is a
 * transcript of …", "Below is the full text of …", "Ниже — стенограмма …", "以下是…全文",
 * "Voici la transcription …", "다음은 기자단과의 문답이다", "… 인터뷰를 문답식으로 정리했다". Editorial whatever
 * pronouns the rest of it holds.
 */
const ANNOUNCES_TEXT =
  /^(?:(?:the )?following (?:is|are) (?:the|a|edited|some)? ?(?:full )?(?:transcript|text|excerpts?)|(?:edited )?(?:excerpts|extracts) (?:from|of)\s|(?:interview|wywiad|entrevista|intervista|entretien|интервью|інтерв['’]ю|röportaj|wawancara|phỏng vấn) (?:with|by|of|ze|dla|con|de|avec|mit|ile|dengan|với|[zaсз])\s|(?:full |edited |official )?transcript (?:of|from) (?:the|a|an|his|her)\s|(?:transcription|transcripción|trascrizione|mitschrift|стенограмма) (?:de la|du|de|des|der|della)\s|below is (?:the|a) (?:full )?(?:transcript|text)|here is (?:the|a) (?:full )?(?:transcript|text)|read the (?:full )?transcript|ниже (?:приводится|публикуется|—|-)? ?(?:стенограмма|текст|полный текст)|(?:представляем|предлагаем|представляємо|пропонуємо) (?:вашему |вашій |читателям |читачам )?(?:вниманию|увазі)|далее (?:—|-) стенограмма|voici (?:la transcription|le texte)|nachfolgend (?:das|die) (?:wortprotokoll|mitschrift)|a continuación,? (?:la versión estenográfica|el texto)|以下是|以下為|以下为|다음은 [^.]{0,40}(?:일문일답|문답|인터뷰)|[^.]{0,80}(?:문답식|문답 형식|일문일답 형식)으로 정리)/iu;

function isEditorial(paragraph: string, speakers: string[]): boolean {
  const opening = paragraph.slice(0, LEAD_TEST_CHARS);
  if (ANNOUNCES_TEXT.test(opening)) return true;
  // A spokesperson's announcement of a visit ("At the invitation of …, President … will visit …") names
  // others in the third person, as a lead does, but is the briefing's own opening.
  if (isSalutation(paragraph) || VISIT_ANNOUNCEMENT.test(opening)) return false;
  // The words a lead quotes are the speaker's, not the editor's: their first person does not count
  // ("… dijo el jueves que «una de las premisas que creo …»").
  if (GREETING.test(opening) || speaksInFirstPerson(opening.replace(QUOTED, ' '))) return false;
  if (NEWS_DATELINE.test(opening) || REPORTED_SPEECH.test(opening)) return true;
  return aboutTheGuest(opening, speakers);
}

/**
 * A speech's salutation on a line of its own, ending on its comma ("Prime Minister Lee Hsien Loong,",
 * "Uwe Excellentie, de Apostolische Nuntius, Decaan van het Diplomatiek Korps,", "Señor Nuncio
 * Apostólico,"): the speaker's first words to the hall, which name the people addressed, not the
 * editor's lead about them.
 */
function isSalutation(paragraph: string): boolean {
  return paragraph.length <= SALUTATION_MAX && paragraph.endsWith(',') && !/[.!?;:]/u.test(paragraph);
}

/** The longest salutation line: an address names a few dignitaries, not a sentence's worth. */
const SALUTATION_MAX = 120;

/**
 * How far an opening that names an office is read for the first person: "The Foreign Minister of
 * Indonesia and I have just concluded …" is the speaker's own; an editor's "I" comes later, in a
 * clause of its own ("Чрезвычайный и полномочный посол России, приехавший …, хотя ни он, ни я …").
 */
const OFFICE_CLAUSE_CHARS = 100;

/** How many words open a paragraph that names its subject by office alone ("Чрезвычайный и полномочный посол России, …"). */
const OFFICE_OPENING_WORDS = 4;

/**
 * An office among a paragraph's first words, in a language with no articles: "Чрезвычайный и
 * полномочный посол России, приехавший …". Only where the guest is all the page speaks of: a
 * spokesperson's announcements open so about others ("Foreign Minister Sergey Lavrov will take
 * part …").
 */
function opensWithOffice(opening: string): boolean {
  return wordsOf(opening)
    .slice(0, OFFICE_OPENING_WORDS)
    .some((word) => PERSON_OFFICES.test(word));
}

/**
 * Whether an opening speaks of the page's speaker in the third person: by office with its article
 * ("La embajadora de España en Ecuador abre un espacio en su agenda …", "The Ambassador arrived
 * …"), or by name ("Spokesperson Hong Lei held a regular press conference").
 */
function aboutTheGuest(opening: string, speakers: string[]): boolean {
  const office = OFFICE_WITH_ARTICLE.exec(opening)?.[1];
  if (office && PERSON_OFFICES.test(office)) return true;
  const named = new Set(wordsOf(opening));
  const cjk = (surname: string) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(surname) && opening.includes(surname);
  return speakers.some((surname) => surname.length >= 2 && (named.has(surname) || cjk(surname)));
}

/** A text's words in lower case, apostrophes and hyphens kept ("l’ambassadeur", "meza-cuadra"). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}'’-]+/u);
}

/** A paragraph that ends a sentence, a closing quotation mark or bracket after its stop allowed. */
const SENTENCE_END = /[.!。…][”"»’)]?$/u;
/** A paragraph that opens on a quotation: the guest's words, which the lead quotes. */
const OPENS_QUOTE = /^[«“"„‘]/u;
/** A few words and a colon opening a paragraph: a speaker's label. */
const LABEL_SHAPED = /^[^:：.!?]{2,40}[:：]\s/u;
/** Japanese kana. */
export const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
