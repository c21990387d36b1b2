import {
  guestNameIn,
  leadNameIn,
  nameAfterColon,
  nameAfterSaying,
  namesInTitle,
  surnameAsTitleSubject,
  surnameBeforeColon,
  unconfirmedNameBeforeColon,
  personPictured,
  NOT_SUBJECTS,
} from './title-names';
import { readSpeaker, samePerson } from './speakers';
import { INTERVIEW_WORDS, isOfficeWord, NOT_NAMES, OFFICE_COUNTRIES, OUTLET } from '../vocabulary/name-words';
import { possessivePrincipal, speakerOfQuoteTags, surnameSaying } from './headline-names';
import { guestByOffice, inNominative, selfIntroduced } from './guest-names';
import type { Person } from './person';

/**
 * Step 4b's guess at the speaker a page names outside its labels: the official whose opening
 * remarks come before the first label, or the guest of an interview whose turns no label names.
 */

/** What the page says around its turns, which may name that speaker. */
export interface TitleEvidence {
  title: string;
  /** The standfirst, the editor's lead and the body's first headings. */
  namingTexts: string[];
  /** The lines under the headline, without a photo's credit. */
  datelines: string[];
  /** The first turns' opening paragraphs, which may confirm a name the title gives. */
  opening: string[];
  /** The speaker's own first words, where nothing labels them: they may say who speaks. */
  speech: string;
  /** Whether anyone asks: a headline's subject names a guest who answers, not a speech's event. */
  asked: boolean;
  captions: readonly string[];
  /** The site's owner, where the site is named after a person (siteOwnerIn). */
  siteOwner?: string | null;
}

/** A guessed name, with the text it was read from where its grammatical case may need undoing ("Лаврова" → "Лавров"). */
interface Guess {
  name: string;
  text?: string;
  /** Guessed from a headline's verb of saying or a photo: the guest who answers, not the voice of the opening words. */
  answersOnly?: boolean;
}

/**
 * The person whose opening remarks come before the first label: the official the title names
 * first, or, when no label names them, a person made from the first of the guesses below that
 * finds a name, in order of trust. The person made is added to `people`.
 */
export function speakerTheTitleNames(people: Person[], evidence: TitleEvidence): Person | null {
  const named = people.filter((person) => person.inTitle >= 0 && person.role === 'official');
  named.sort((a, b) => a.inTitle - b.inTitle);
  if (named[0]) return named[0];
  const guess = firstGuess(guessesOfTheSpeaker(people, evidence));
  if (!guess) return null;
  const form = readSpeaker(guess.text ? inNominative(guess.name, guess.text) : guess.name);
  const person: Person = {
    forms: [form],
    labels: [],
    turns: 0,
    inTitle: 0,
    role: 'official',
    asking: 0,
    firstTurn: -1,
    words: 0,
    ...(guess.answersOnly ? { answersOnly: true } : {}),
  };
  people.push(person);
  return person;
}

function firstGuess(guesses: Array<() => Guess | null | undefined>): Guess | null {
  for (const guess of guesses) {
    const found = guess();
    if (found?.name) return found;
  }
  return null;
}

function named(name: string | null | undefined, answersOnly = false): Guess | null {
  return name ? { name, ...(answersOnly ? { answersOnly } : {}) } : null;
}

/** The guesses at the speaker, most trusted first; each is read only when those before it find no one. */
function guessesOfTheSpeaker(people: Person[], evidence: TitleEvidence): Array<() => Guess | null | undefined> {
  const { title, namingTexts, datelines, opening, speech, asked, captions, siteOwner } = evidence;
  const confirming = [...namingTexts, ...opening];
  // Who asks under their own label is no guest: a minister's site titles its interviews by the
  // host ("TV interview with Kieran Gilbert, Sky News"), whose first question names the guest
  // ("Let's go live to the Trade Minister, Don Farrell.").
  const asks = (name: string | undefined) =>
    name !== undefined && people.some((person) => person.role === 'journalist' && person.forms.some((form) => samePerson(form, readSpeaker(name))));
  return [
    () => byOffice(title, namingTexts, datelines, opening, asks),
    // The surname a title puts before its colon, which the lead or the first turns confirm, comes
    // before a lead's first name that no office places ("Wardana: Nggak Mungkin …" over "… kepada
    // Rakyat Merdeka di Jakarta").
    () => named(surnameBeforeColon(title, confirming) ?? nameAfterColon(title, confirming) ?? (asked ? nameAfterSaying(title, confirming) : null)),
    // Not an outlet the lead names first ("Em entrevista à TSF e ao Diário de Notícias, o Presidente …"): the paper, not its guest.
    () => namingTexts.map((text) => ({ text, name: leadNameIn(text, false) ?? '' })).find((candidate) => candidate.name && !OUTLET.test(candidate.name)),
    () => named(selfIntroduced(speech)),
    // The one the quote tags of a news interview's opening name ("…, berättar Tauriainen."; speakerOfQuoteTags).
    () => (asked ? named(speakerOfQuoteTags(confirming)) : null),
    // The one an editor's lead opens on, as the subject of its first sentence: "Arancha González
    // Laya niega que su llegada …", "Christine Schraner Burgener ist die neue Botschafterin …".
    () =>
      named(
        namingTexts.map((text) => subjectOfLead(text)).find(Boolean) ??
          surnameAsTitleSubject(title, confirming) ??
          (asked ? subjectOfLead(title, TITLE_SUBJECT_REST) : null),
      ),
    // An interview's headline "Name: quote" that nothing in the text confirms (unconfirmedNameBeforeColon).
    () => (asked ? named(unconfirmedNameBeforeColon(title, confirming)) : null),
    // A headline's surname before its verb of saying (surnameSaying).
    () => (asked ? named(surnameSaying(title), true) : null),
    // The person the article's photo shows (personPictured).
    () => (asked ? named(personPictured(captions), true) : null),
    // A speech on its speaker's own site, which nothing else names (siteOwnerIn).
    () => (asked ? null : named(siteOwner)),
  ];
}

/**
 * A name that follows an office, in the title, else the editor's lead ("Foreign Ministry
 * Spokesperson Geng Shuang held ..."), else a title's possessive principal, the guest a title names,
 * a lead's name, the lines under the headline: the first one who does not ask.
 */
function byOffice(
  title: string,
  namingTexts: string[],
  datelines: string[],
  opening: string[],
  asks: (name: string | undefined) => boolean,
): Guess | undefined {
  const officeGuest = guestByOffice(title, namingTexts);
  if (officeGuest && !asks(officeGuest.name)) return officeGuest;
  const titleGuest = guestNameIn(title);
  const hostTitled = asks(titleGuest);
  const candidates = [
    // A title's possessive principal answers, before a guest it names after "with" ("Mr Major’s Joint Doorstep Interview with Douglas Hurd").
    { text: title, name: possessivePrincipal(title) ?? undefined },
    // So does the possessive of an interview's own credit line under a headline that names its host after "with"
    // ("Moreno with Tom Baker" over "President Ana Moreno’s Interview with Tom Baker").
    ...[...namingTexts, ...opening.slice(0, 1)].map((text) => ({ text, name: possessivePrincipal(text) ?? undefined })),
    { text: title, name: hostTitled ? undefined : titleGuest },
    ...namingTexts.map((text) => ({ text, name: leadNameIn(text, true) })),
    ...datelines.map((line) => ({ text: line, name: namesInTitle(withoutByline(line), { afterOffice: true })[0] })),
    ...(hostTitled ? opening.slice(0, 1).map((text) => ({ text, name: leadNameIn(text, true) })) : []),
  ];
  const found = candidates.find((candidate) => candidate.name && !asks(candidate.name));
  return found?.name ? { name: found.name, text: found.text } : undefined;
}

/**
 * A full name that opens a lead, or a headline, as its sentence's subject: two to four capitalised words (particles
 * between them), then a word in lower case, in a sentence of some length. Not an office or a place
 * ("Foreign Minister …", "United Nations …"), nor a widget's "J’aime".
 */
function subjectOfLead(lead: string, rest = LEAD_SUBJECT_REST): string | null {
  const found = LEAD_SUBJECT.exec(lead);
  const name = found && lead.length - found[0].length >= rest ? found[1] : undefined;
  if (!name) return null;
  const words = name.split(/\s+/u);
  // Nor a kind of text ("Intervju Hrvatske nastave …", "Selected Questions and Answers …") or a
  // preposition that opens a headline ("Fra Eidsvåg til Kuala Lumpur").
  if (INTERVIEW_WORDS.has(words[0]!.toLowerCase()) || NOT_SUBJECTS.test(words[0]!)) return null;
  // Nor a country a Vietnamese headline opens on ("Trung Quốc cần nhìn nhận lại vụ kiện").
  if (OFFICE_COUNTRIES.some((country) => country.every((word, i) => words[i] === word))) return null;
  return words.some((word) => NOT_NAMES.has(word.toLowerCase()) || isOfficeWord(word) || QA_WORDS.test(word)) ? null : name;
}

/** Words of a question-and-answer text. */
const QA_WORDS = /^(?:questions?|answers?|q&a|fragen|antworten|preguntas|respuestas|perguntas|respostas|domande|risposte)$/iu;
const LEAD_SUBJECT = /^(\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*(?:\s(?:(?:de|del|da|von|van|der|di|al|bin)\s)?\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*){1,3})\s\p{Ll}/u;
/**
 * How much of a lead's sentence must follow its subject's name; a headline says less after it
 * ("Julia Gillard has no idea about veracity"), which names the guest where nothing else on the page
 * does, on a page where someone asks.
 */
const LEAD_SUBJECT_REST = 60;
const TITLE_SUBJECT_REST = 12;

/**
 * A byline among the lines about the page: "Posted by Ross Parisi at 09:41", "Publié par Ozar
 * Diplo". Whoever posted the page is not its speaker: the poster's name goes, up to a dash, a
 * comma or the time ("Publicado por Embajada de EE.UU. — Discurso de la Embajadora Jane Hartley"
 * keeps the ambassador). An office after "by" is the speaker posting his own words ("Posted by
 * Ambassador Jane Hartley"), and a subtitle's "by NATO Secretary General Jens Stoltenberg" names him.
 */
function withoutByline(line: string): string {
  const found = BYLINE.exec(line);
  if (!found) return line;
  const rest = line.slice(found.index + found[0].length);
  const end = rest.search(BYLINE_END);
  const first = (end < 0 ? rest : rest.slice(0, end)).split(/\s+/u)[0] ?? '';
  if (isOfficeWord(first)) return line;
  return `${line.slice(0, found.index)} ${end < 0 ? '' : rest.slice(end)}`;
}

const BYLINE =
  /(?<!\p{L})(?:posted|published|written|submitted|publié|rédigé|publicado|escrito|pubblicato|scritto|veröffentlicht|geschrieben|eingestellt)\s(?:by|par|por|da|von)\s/iu;
/** Where the poster's name ends: the time ("at 09:41"), a dash, a comma. */
const BYLINE_END = /\s(?:at|à|a las|alle|um)\s|[—–|,;]/u;
