import type { Participant, Segment, TranscriptKind, TurnKind } from '../transcript-schema';
import { namesRead, titlePosition } from './title-names';
import { chatName } from './labels';
import { PRESIDING, sittingTurnsAreRemarks } from './sitting';
import { LEAD_CHARS, type RawTurn } from './turns';
import { GREETING, PRESS_ADDRESS, WELCOME } from '../text/register';
import { accentedAsIn, bestName, surnameOf, NUMBERED_SPEAKER, officeOfInitials, readSpeaker, samePerson, SURNAME_CASE_MIN, type SpeakerForm } from './speakers';
import { INTERVIEW_WORDS, isHostAlone, isOfficeWord, LABEL_HOSTS, MODERATOR, OUTLET, PERSON_OFFICES } from '../vocabulary/name-words';
import { ANNOUNCES_QUESTION, ASKS, ENDS_ASKING } from '../text/asking';
import { interviewerCredited } from './headline-names';
import { guestAddressedOpensTheQuestions } from './opening-address';
import type { Person } from './person';
import { speakerTheTitleNames } from './title-speaker';
import { broadcastCredits, cjkNamesIn, fullNameOfSurname, isCjkSurname } from './guest-names';
import { leadSpeaksOfTheGuest } from './lead-about-guest';
import { namesOnlyOthers } from './question-address';
import { hostOfRoleLabel, hostsOfShows } from './show-host';

/**
 * Step 4b: who speaks each turn, in which role, and so whether the turn is remarks, a
 * question or an answer.
 */

/** A surname's first letters, the key people are looked up by: every pair sameSurname accepts shares its stem, one letter shorter than the shortest surname it compares. */
const SURNAME_KEY = SURNAME_CASE_MIN - 1;

export interface SpeakerResolution {
  segments: Segment[];
  participants: Participant[];
}

/**
 * `headings` are the body's topic headings: where a page names its official nowhere else
 * (Japan's minutes: "冒頭発言-中曽根外務大臣の訪中"). `datelines` are the lines under the
 * headline (a byline: "2024.12.19 이재웅 대변인"). `siteOwner` is the person a politician's own site is named after
 * (siteOwnerIn).
 */
export function resolveSpeakers(
  turns: RawTurn[],
  title: string,
  headings: string[] = [],
  datelines: string[] = [],
  kind: TranscriptKind = 'other',
  standfirst: string | null = null,
  captions: readonly string[] = [],
  siteOwner: string | null = null,
): SpeakerResolution {
  const transcriptKind = kind;
  const people: Person[] = [];
  // People by the first letters of their surname: every pair sameSurname accepts shares them,
  // so a page with hundreds of speakers compares each label with a few people, not all.
  const byInitials = new Map<string, Person[]>();
  // A briefing repeats the same few labels hundreds of times: each is read once.
  const formOfLabel = new Map<string, SpeakerForm>();
  const personOfTurn = turns.map((turn, index): Person | null => {
    if (!turn.label || turn.label.kind !== 'named' || SECTION_LABEL.test(turn.label.text) || EDITORS_LABEL.test(turn.label.text)) return null;
    let form = formOfLabel.get(turn.label.text);
    if (!form) {
      form = readSpeaker(turn.label.text);
      // A label its shape says asks ("Q 代表幹事(時事通信)") is a journalist's.
      if (turn.label.asks) form = { ...form, journalist: true, official: false };
      formOfLabel.set(turn.label.text, form);
    }
    const bucket = byInitials.get(form.surname.slice(0, SURNAME_KEY)) ?? [];
    byInitials.set(form.surname.slice(0, SURNAME_KEY), bucket);
    let person = bucket.find((candidate) => candidate.forms.some((known) => samePerson(known, form)));
    if (!person) {
      person = { forms: [], labels: [], turns: 0, inTitle: -1, role: null, asking: 0, firstTurn: index, words: 0 };
      people.push(person);
      bucket.push(person);
    }
    // One form per distinct label: a form depends only on its label, and keeping one per turn
    // made naming a speaker of N turns cost N² (found by the benchmark's ×256 briefing).
    if (!person.labels.includes(turn.label.raw)) {
      person.labels.push(turn.label.raw);
      person.forms.push(form);
    }
    if (ASKS.test(turn.paragraphs.join(' '))) person.asking += 1;
    person.words += turn.paragraphs.join(' ').length;
    person.turns += 1;
    return person;
  });
  mergeInitials(people, personOfTurn);
  // Initials that spell no one's name on the page may spell an office: "PM:" is the Prime Minister,
  // unless "Paris Match:" asked first (mergeInitials).
  for (const person of people) {
    const offices = person.forms.map(officeOfInitials);
    if (offices.every((form) => form !== null)) person.forms = offices;
  }
  for (const person of people) {
    person.asking /= person.turns;
    // An office alone ("Minister:") is not a name the title could give.
    // A name read from capitals takes the accents the title spells it with.
    person.forms = person.forms.map((form) => accentedAsIn(form, title));
    const named = person.forms.filter((form) => !form.roleOnly);
    person.inTitle = Math.min(...named.map((form) => positive(titlePosition(title, form.surname))));
    if (person.inTitle === Infinity) person.inTitle = -1;
    else person.quotedByTitle = QUOTED_AFTER.test(title.slice(person.inTitle, person.inTitle + QUOTE_REACH));
  }
  // A Korean broadcast's credits say who hosts and who is interviewed ("■ 진행 : 박정호", "■ 대담 : 윤호중").
  const credits = broadcastCredits([...headings, ...datelines, ...(standfirst ? [standfirst] : [])]);
  // A show named after its host, which an unlabelled lead cites ("“김어준의 … 뉴스공장” 방송분입니다"; hostsOfShows).
  const leadLines = turns[0] && !turns[0].label ? turns[0].paragraphs.slice(0, LEAD_PARAGRAPHS) : [];
  credits.hosts.push(...hostsOfShows([...headings, ...datelines, ...(standfirst ? [standfirst] : []), ...leadLines]));
  for (const person of people) {
    // A host's role alone ("[앵커]") is the one host the credits name (hostOfRoleLabel).
    const host = person.forms.length === 1 ? hostOfRoleLabel(person.forms[0]!.name, credits.hosts) : null;
    if (host) person.forms = [{ ...readSpeaker(host), journalist: true }];
    if (person.role !== null) continue;
    const credited = (names: string[]) => names.some((name) => person.forms.some((form) => form.name === name || form.surname === name));
    if (credited(credits.hosts)) person.role = 'journalist';
    else if (credited(credits.guests)) person.role = 'official';
  }
  assignRoles(people, turns, personOfTurn, kind, title);

  // An editor's lead names the speaker ("外交部发言人华春莹主持例行记者会"), and so does a first
  // question that addresses the guest ("Ignazio Cassis, êtes-vous heureux?"); a speaker's own
  // first words name the people addressed ("Thank you, Madame President … Prime Minister Edi Rama").
  const first = turns[0];
  // Each paragraph of an editor's lead may name the guest ("… wawancara khusus Suara.com dengan Dubes Indonesia Andriana Supandi").
  // After the editor's lead, the first bold question may address the guest by name.
  // Not a question that names others only, whom the guest is asked about ("… la premier Meloni …?"; namesOnlyOthers).
  const firstAsked = first?.editorial && turns[1]?.boldQuestion ? turns[1].paragraphs.slice(0, 1).filter((question) => !namesOnlyOthers(question)) : [];
  // A lead under an editors' label or a kicker ("Lời Toà Soạn:", "SON DAKİKA HABERİ:") is the editor's too.
  const editorsLead = first?.label?.kind === 'named' && EDITORS_LABEL.test(first.label.text);
  const lead = editorsLead
    ? first.paragraphs.slice(0, LEAD_PARAGRAPHS)
    : first && !first.label && (first.editorial || first.boldQuestion)
      ? first.editorial
        ? [...first.paragraphs.slice(0, LEAD_PARAGRAPHS), ...firstAsked]
        : first.paragraphs.slice(0, 1).filter((question) => !namesOnlyOthers(question))
      : [];
  // A news site's standfirst under the headline comes first: it introduces the guest.
  const namingTexts = [
    ...(standfirst ? [standfirst.slice(0, LEAD_CHARS)] : []),
    ...lead.map((paragraph) => paragraph.slice(0, LEAD_CHARS)),
    ...headings.slice(0, NAMING_HEADINGS),
  ];
  // The body's opening paragraphs confirm a title's "Surname: quote" (surnameBeforeColon).
  const opening = turns.slice(0, OPENING_TURNS).flatMap((turn) => turn.paragraphs.slice(0, 2).map((paragraph) => paragraph.slice(0, OPENING_CHARS)));
  const titleSpeaker = speakerTheTitleNames(people, {
    title,
    namingTexts,
    // Not the first question, where no line stands under the headline to date the page (namesOnlyOthers).
    datelines: datelines.filter((line) => !namesOnlyOthers(line)).map((line) => line.replace(PHOTO_CREDIT, '').slice(0, LEAD_CHARS)),
    opening,
    speech: first && !first.label && !first.editorial ? first.paragraphs.slice(0, 2).join(' ').slice(0, OPENING_CHARS) : '',
    asked: turns.some((turn) => turn.boldQuestion || turn.label?.kind === 'question') || people.some((person) => person.role === 'journalist'),
    captions: captions.map((caption) => caption.replace(PHOTO_CREDIT, '')),
    // Only a speech's: not an interview, a briefing or a press conference, whose voices are more than the site's owner.
    siteOwner: kind === 'remarks' || kind === 'statement' || kind === 'other' ? siteOwner : null,
  });

  // A news interview's opening that names that guest in the third person is the editor's (leadSpeaksOfTheGuest).
  const editorsOpening = leadSpeaksOfTheGuest(first, turns[1], titleSpeaker?.forms.find((form) => !form.roleOnly)?.surname ?? null, kind);
  // Initials that spell the guest the title or the lead names ("AP:" for Aleksandra Piątkowska).
  if (titleSpeaker) mergeInitials(people, personOfTurn);
  mergeOffices(people, personOfTurn, titleSpeaker);
  const creditedAsker = interviewerOfCredit(people, [...datelines, ...headings.slice(0, NAMING_HEADINGS), ...namingTexts]);
  nameNumberedGuest(people, personOfTurn, titleSpeaker, title);
  nameTheModerator(people, personOfTurn);
  fullNamesOfSurnames(people, [title, ...namingTexts]);
  // The unlabelled opening spells initials out in any of its paragraphs, however far in ("… Haastattelijana oli Lotta
  // Backlund (LB).").
  const unlabelledOpening = first && !first.label ? first.paragraphs : [];
  chairOfTheSitting(people, personOfTurn, [...unlabelledOpening, ...headings.slice(0, NAMING_HEADINGS)]);
  namesOfInitials(
    people,
    [...namingTexts, ...unlabelledOpening, ...opening],
    [title, ...namingTexts, ...datelines],
    unlabelledOpening.slice(0, LEAD_PARAGRAPHS),
  );
  // Whom an answer's role alone ("答:") means: the one who says most; at a briefing or a press conference, the official
  // the title names as its host ("外交部发言人耿爽主持例行记者会"), whoever opened it.
  const titledHost = (person: Person) => ((kind === 'briefing' || kind === 'press-conference') && person.inTitle >= 0 ? 1 : 0);
  const mainOfficial = [...people].filter((p) => p.role === 'official').sort((a, b) => titledHost(b) - titledHost(a) || b.words - a.words)[0] ?? null;

  const interviewers = people.filter((person) => person.role === 'journalist' && person.turns > 0);
  const soleInterviewer = interviewers.length === 1 ? interviewers[0]! : null;
  const segments: Segment[] = [];
  const speakerOfSegment: Array<Person | null> = [];
  let questionsBegun = false;
  let previous: Person | null = null;
  const askers = new Map<string, Person>();
  let lastAsker: Person | null = null;
  // An interviewer's welcome that addresses the guest by office or by name opens the questions ("Thank you for joining
  // us this evening, Minister.", "Dr. Zarif, welcome back to the programme."); one to the audience is remarks.
  const greetsTheGuest = (paragraph: string) => (transcriptKind === 'interview' || transcriptKind === 'other') && addressedAtEnd(paragraph);
  turns.forEach((turn, index) => {
    let person: Person | null = personOfTurn[index] ?? null;
    let kind: TurnKind;
    if (turn.editorial || (index === 0 && editorsOpening) || (turn.label !== null && EDITORS_LABEL.test(turn.label.text))) {
      kind = 'remarks';
      person = null;
    } else if (turn.boldQuestion || turn.label?.kind === 'question') {
      kind = 'question';
      // An unlabelled bold question is the page's one named interviewer's ("KURIER:" asks first, in bold
      // after), else the last named asker's: a follow-up until another is named ("Karl :", then "Paul :").
      // So is a question marked by a dash alone after the interviewer's named first question, as Polish and Russian papers
      // go on once they have named themselves ("„SUPER EXPRESS”: – Czy …?", then "– Czyli …?").
      person =
        attributedAsker(turn, askers, people) ??
        (turn.boldQuestion || (turn.label !== null && DASH_LABEL.test(turn.label.raw.trim())) ? (soleInterviewer ?? lastAsker) : null);
      // A journalist's label over the host's opening to the audience ("ΔΗΜΟΣΙΟΓΡΑΦΟΣ: Υποδεχόμαστε στην πρεμιέρα μας …").
      // Not one that ends by asking the guest (a panel's moderator: "Good afternoon everyone. … What do you …?").
      if (
        !questionsBegun &&
        turn.label?.kind === 'question' &&
        addressesAudience(turn.paragraphs.slice(0, 2).join(' ')) &&
        !ENDS_ASKING.test(turn.paragraphs.at(-1) ?? '')
      )
        kind = 'remarks';
    } else if (turn.label?.kind === 'answer' || turn.afterQuestion) {
      // An official before any question makes remarks ("A:" opening a page that starts mid-way).
      kind = questionsBegun ? 'answer' : 'remarks';
      person = mainOfficial ?? titleSpeaker;
    } else {
      // Unlabelled paragraphs before the first label are the title's speaker's; when the title
      // names nobody they are an editor's lead ("Ahead of their talks, ..."), spoken by no one.
      if (!turn.label || SECTION_LABEL.test(turn.label.text))
        person =
          turn.continuation && segments.length > 0 && !greetsAfterTheLead(turn, turns[index - 1])
            ? previous
            : titleSpeaker?.answersOnly && !questionsBegun
              ? null
              : titleSpeaker;
      kind = kindOf(person, questionsBegun, segments.at(-1)?.kind, turn.paragraphs);
      // An interviewer's welcome before anything is asked ("Tony, great to have you on the show.")
      // is remarks, and so is the guest's reply to it.
      if (
        kind === 'question' &&
        !questionsBegun &&
        (isWelcome(turn.paragraphs) || (addressesAudience(turn.paragraphs.slice(0, 2).join(' ')) && !ENDS_ASKING.test(turn.paragraphs.at(-1) ?? ''))) &&
        !greetsTheGuest(turn.paragraphs[0] ?? '')
      )
        kind = 'remarks';
    }
    // An unlabelled question is the interviewer's whom the credit line names ("Propos recueillis par …").
    if (kind === 'question' && person === null && creditedAsker && (turn.label === null || DASH_LABEL.test(turn.label.raw.trim()))) person = creditedAsker;
    if (kind === 'question') questionsBegun = true;
    if (kind === 'question' && person && turn.label?.kind === 'named') lastAsker = person;
    // Named labels were counted as they were read; anonymous answers ("A:") and unlabelled turns here.
    if (person && turn.label?.kind !== 'named') {
      person.turns += 1;
      if (turn.label && !person.labels.includes(turn.label.raw)) person.labels.push(turn.label.raw);
    }
    previous = person;
    speakerOfSegment.push(person);
    segments.push({
      kind,
      speaker: person && !namesNoOne(person) ? nameOf(person) : null,
      label: turn.label?.raw ?? null,
      section: turn.section,
      // The asker named in brackets before the question is taken out of its words.
      paragraphs: kind === 'question' ? withoutLeadingAsker(turn.paragraphs) : turn.paragraphs,
    });
  });

  greetingsBeforeAnswers(segments, kind);
  sittingTurnsAreRemarks(
    segments,
    turns,
    kind,
    people.some((person) => person.forms.some((form) => form.journalist)),
  );
  guestAddressedOpensTheQuestions(segments);

  const seen = new Set<Person>();
  const participants: Participant[] = [];
  for (const person of speakerOfSegment) {
    if (!person || seen.has(person) || namesNoOne(person)) continue;
    seen.add(person);
    participants.push({ name: nameOf(person), role: person.role ?? 'other', labels: person.labels, turns: person.turns });
  }
  return { segments, participants };
}

/**
 * A label that names only an office ("Minister:", "總統:", "崔大使:") is the person who holds
 * it on this page: the one whose name starts with the surname the label gives, else the
 * official the title names, else the page's one other official.
 */
function mergeOffices(people: Person[], personOfTurn: Array<Person | null>, titleSpeaker: Person | null): void {
  const isOffice = (person: Person) => person.forms.every((form) => form.roleOnly);
  for (const office of people.filter(isOffice)) {
    const hint = office.forms.find((form) => form.surname !== '' && form.name !== form.surname)?.name ?? office.forms[0]!.name;
    const named = people.filter((person) => person !== office && !isOffice(person));
    const startsWithHint = (person: Person) => person.forms.some((form) => form.name !== hint && form.name.startsWith(hint));
    // An office after a surname ("広田市長") is that person's: not the page's one other official, whose name differs ("山本").
    if (office.forms.some((form) => !form.officeOnly && isCjkSurname(form.name))) {
      const holder = named.find(startsWithHint) ?? (titleSpeaker && titleSpeaker !== office && startsWithHint(titleSpeaker) ? titleSpeaker : null);
      if (holder) mergePerson(office, holder, people, personOfTurn);
      continue;
    }
    const holder =
      named.find(startsWithHint) ??
      (titleSpeaker && titleSpeaker !== office && !isOffice(titleSpeaker) ? titleSpeaker : null) ??
      (named.filter((person) => person.role === 'official').length === 1 ? named.find((person) => person.role === 'official')! : null);
    if (holder) mergePerson(office, holder, people, personOfTurn);
  }
}

/** One person under two labels: the turns, labels and words of `from` become the official `into`'s. */
function mergePerson(from: Person, into: Person, people: Person[], personOfTurn: Array<Person | null>): void {
  foldPerson(from, into, people, personOfTurn);
  into.role = 'official';
}

/** One person read as two: `from`'s turns, labels and words become `into`'s, and `from` is no more. */
function foldPerson(from: Person, into: Person, people: Person[], personOfTurn: Array<Person | null>): void {
  personOfTurn.forEach((person, i) => {
    if (person === from) personOfTurn[i] = into;
  });
  for (const label of from.labels) if (!into.labels.includes(label)) into.labels.push(label);
  into.turns += from.turns;
  into.words += from.words;
  people.splice(people.indexOf(from), 1);
}

/**
 * A dialogue's transcript labels its moderator by name once, the role in brackets ("Mr David M. Rubenstein
 * (Moderator):"), then by the role alone ("Moderator:"), as a government's or a think tank's transcripts do: the role is
 * that one moderator's, where the labels name one only.
 */
function nameTheModerator(people: Person[], personOfTurn: Array<Person | null>): void {
  const unnamed = people.filter(isUnnamedModerator);
  const named = people.filter((person) => !isUnnamedModerator(person) && person.forms.some((form) => form.moderator && !form.roleOnly));
  if (unnamed.length !== 1 || named.length !== 1) return;
  foldPerson(unnamed[0]!, named[0]!, people, personOfTurn);
}

/**
 * An automatic transcript names its voices by number ("Speaker 1", "Speaker 2"): the one who does
 * not ask, where only one does not, is the guest the title names ("Winston Peters: Foreign Affairs
 * Minister on …").
 */
function nameNumberedGuest(people: Person[], personOfTurn: Array<Person | null>, titleSpeaker: Person | null, title: string): void {
  // The title names the guest with an office ("Winston Peters: Foreign Affairs Minister on …"), not
  // someone a podcast speaks of ("Inside Vladimir Putin's mind").
  // Or the word "interview" before the name ("Entrevista a Josep Borrell").
  const words = title.toLowerCase().split(/[^\p{L}\p{M}-]+/u);
  if (!titleSpeaker || isNumbered(titleSpeaker) || titleSpeaker.turns > 0 || !words.some((word) => PERSON_OFFICES.test(word) || INTERVIEW_WORDS.has(word)))
    return;
  const answering = people.filter((person) => isNumbered(person) && person.role !== 'journalist');
  if (answering.length === 1 && people.some((person) => isNumbered(person) && person.role === 'journalist'))
    mergePerson(answering[0]!, titleSpeaker, people, personOfTurn);
}

/**
 * Japanese and Chinese interviews label each speaker with the surname alone ("林:", "岸田:") where
 * the title or the lead gives the full name ("岸田文雄・外務大臣と林真理子氏の対談"): the speaker is
 * the one name there that begins with it, longer than it: one character ("林") is a surname
 * shared by too many to stand alone, and the title settles who it is.
 */
function fullNamesOfSurnames(people: Person[], texts: string[]): void {
  // The texts' names are read only for a person labelled by a CJK surname alone: few pages have one.
  let names: string[] | null = null;
  for (const person of people) {
    const named = person.forms.filter((form) => !form.roleOnly);
    if (named.length === 0 || named.length !== person.forms.length || !isCjkSurname(named[0]!.name)) continue;
    const full = fullNameOfSurname(
      named.map((form) => form.name),
      (names ??= cjkNamesIn(texts)),
    );
    if (full) person.forms.push({ ...named[0]!, name: full });
  }
}

/** A label that is a person's initials: "PM", "JQ", "М.Ш.", "A.G.". */
const INITIALS_LABEL = /^(?:\p{Lu}\.?\s?){1,3}\p{Lu}\.?$/u;

/**
 * Initials a lead spells out before the labels use them: "El presidente Sebastián Piñera (SP) habló con
 * Macarena Pizarro (MP) y Daniel Matamala (DM)", then "MP:", "SP:", "DM:". Each is the name before it,
 * unless it is an office's ("External Affairs Minister (EAM)").
 */
function namesOfInitials(people: Person[], texts: string[], naming: string[] = [], opening: string[] = []): void {
  const spelled = new Map<string, string>();
  for (const text of texts) {
    for (const found of text.matchAll(NAME_AND_INITIALS)) {
      const initials = found[1]!
        .split(/\s+/u)
        .filter((word) => /^\p{Lu}/u.test(word))
        .map((word) => word[0])
        .join('');
      if (initials === found[2]) spelled.set(found[2]!, found[1]!);
    }
  }
  // A podcast's or a broadcast's transcript labels host and guest by their initials alone ("MES:", "JK:", "SN:",
  // "LB:") where the title, the lead or the lines under the headline give their full names ("Entrevista con el
  // secretario de Estado John Kerry", "La periodista de Univision María Elena Salinas …"): the initials are the one
  // full name there that they spell, where only one does (not "DM:" between Dermot Murnaghan and Daniel Mulhall).
  const byInitials = new Map<string, string[]>();
  for (const text of naming) {
    // A name's last words too: an outlet's name may run on before it ("Univision María Elena Salinas").
    for (const read of namesRead(text, {})) {
      const all = read.name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
      for (let from = 0; from + 2 <= all.length; from += 1) registerInitials(byInitials, all.slice(from));
    }
  }

  // A full name the title or the lead writes with no office to place it ("Tämä oli Sauli Niinistön viimeinen
  // vaalipuhe", "Sauli Niinistö on ollut …" in the unlabelled opening): initials alone ("SN:") may spell it all the same.
  // Not an outlet's name, which its own initials label as written ("TNT:" for The New Times, "DE:" for Diário Económico).
  for (const text of [...naming, ...opening]) {
    for (const found of text.matchAll(UNPLACED_NAME))
      if (!OUTLET.test(found[0]) && !NEWSROOM_WORDS.test(found[0])) registerInitials(byInitials, found[0].split(' '));
  }
  const fullNames = new Map([...byInitials].flatMap(([initials, names]) => (names.length === 1 ? [[initials, names[0]!] as const] : [])));
  if (spelled.size === 0 && fullNames.size === 0) return;
  for (const person of people) {
    const letters = person.labels.map((label) => label.replace(/[\s:：.\-–—]+/gu, ''));
    // Initials only, as labels write them ("MES:", "W.K.:"), of no office ("PM:" is read as the Prime Minister's).
    const initialsOnly =
      INITIALS_LABEL.test(person.labels[0]?.replace(/[\s:：\-–—]{1,4}$/u, '') ?? '') && !person.forms.some((form) => form.roleOnly || form.official);
    const name = spelled.get(letters[0] ?? '') ?? (initialsOnly ? fullNames.get(letters[0] ?? '') : undefined);
    if (!name || !letters.every((label) => label === letters[0])) continue;
    const form = readSpeaker(name);
    // "External Affairs Minister (EAM)": initials of an office, not of a name; the office's holder is read elsewhere.
    if (form.official) continue;
    person.forms = person.forms.map((known) => ({ ...known, name: form.name, surname: form.surname, initial: form.initial }));
  }
}

/**
 * A Ukrainian or Russian committee's stenogram labels its chair by the part alone ("ГОЛОВУЮЧИЙ.") under the line
 * that says who chairs the sitting ("Веде засідання голова Комітету ГОПКО Г.М.", "Веде засідання Голова Комітету
 * Г.М.ГОПКО", "Ведет заседание …"): the chair's turns are that member's.
 */
function chairOfTheSitting(people: Person[], personOfTurn: Array<Person | null>, texts: string[]): void {
  const chair = people.find((person) => person.forms.every((form) => PRESIDING.test(form.name)));
  if (!chair) return;
  const written = texts.map((text) => CHAIR_LINE.exec(text)?.[1]).find((name) => name !== undefined);
  if (!written) return;
  const form = readSpeaker(written);
  const member = people.find((person) => person !== chair && person.forms.some((known) => samePerson(known, form)));
  if (!member) {
    chair.forms = chair.forms.map((known) => ({ ...known, name: form.name, surname: form.surname, initial: form.initial }));
    return;
  }
  personOfTurn.forEach((person, i) => {
    if (person === chair) personOfTurn[i] = member;
  });
  for (const label of chair.labels) if (!member.labels.includes(label)) member.labels.push(label);
  member.turns += chair.turns;
  member.words += chair.words;
  member.firstTurn = Math.min(member.firstTurn, chair.firstTurn);
  people.splice(people.indexOf(chair), 1);
}

/** "Веде засідання …" then the chair's surname in capitals and initials, either way round. */
const CHAIR_LINE =
  /(?:Веде засідання|Ведет заседание|Ведёт заседание)[^.\n]{0,80}?\s((?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Lu}'’-]{2,}|\p{Lu}[\p{Lu}'’-]{2,}\s(?:\p{Lu}\.\s?){1,2})/u;

/** Files a full name under its initials; one person in two case endings ("Sauli Niinistön", "Sauli Niinistö") is one name, the shorter. */
function registerInitials(byInitials: Map<string, string[]>, words: string[]): void {
  const name = words.join(' ');
  const initials = words.map((word) => word[0]).join('');
  const known = byInitials.get(initials) ?? [];
  const same = known.findIndex((other) => other.startsWith(name) || name.startsWith(other));
  if (same < 0) known.push(name);
  else if (name.length < known[same]!.length) known[same] = name;
  byInitials.set(initials, known);
}

/** Two or three capitalised words in a row, each with a lower-case letter after its first: a name, or a place's or an outlet's. */
const UNPLACED_NAME = /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,2}(?![\p{L}\p{M}])/gu;

/** An outlet's or an agency's words in a run of capitalised words, or the article that opens an outlet's name. */
const NEWSROOM_WORDS =
  /^(?:The|El|La|Le|Il|Der|Die|Das|O|A) |(?<!\p{L})(?:News|Times|Post|Agency|Press|Herald|Tribune|Journal|Daily|Diário|Diario|Econ[oó]mico|Zeitung|Noticias|Notícias|Radio|Rádio|TV)(?!\p{L})/u;

/** A name of two to four capitalised words and its initials in brackets after it: "Macarena Pizarro (MP)". */
const NAME_AND_INITIALS = /(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,3})\s\((\p{Lu}{2,4})\)/gu;

/**
 * Interviews name each speaker in full once and by the initials after ("Paris Match:" then
 * "PM:", "Jean Quatremer:" then "JQ:"): the initials are the person whose name they spell.
 * Called before the shares of asking are taken: counts are still counts.
 */
function mergeInitials(people: Person[], personOfTurn: Array<Person | null>): void {
  const initialsOf = (name: string) =>
    name
      .split(/[\s-]+/u)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
  // The label as written: a name read from capitals is title-cased ("FSC" becomes "Fsc").
  const initials = (person: Person) => person.labels.map((label) => label.replace(/[\s:：.\-–—]{1,4}$/u, ''));
  for (const short of people.filter((person) => person.labels.length > 0 && initials(person).every((label) => INITIALS_LABEL.test(label)))) {
    const letters = initials(short)[0]!.replace(/[.\s]/gu, '');
    const holders = people.filter(
      (person) => person !== short && person.forms.some((form) => !INITIALS_LABEL.test(form.name) && initialsOf(form.name) === letters),
    );
    if (holders.length !== 1) continue;
    const holder = holders[0]!;
    personOfTurn.forEach((person, i) => {
      if (person === short) personOfTurn[i] = holder;
    });
    for (const label of short.labels) if (!holder.labels.includes(label)) holder.labels.push(label);
    holder.forms.push(...short.forms.map((form) => ({ ...form, name: holder.forms[0]!.name })));
    holder.turns += short.turns;
    holder.words += short.words;
    holder.asking += short.asking;
    holder.firstTurn = Math.min(holder.firstTurn, short.firstTurn);
    people.splice(people.indexOf(short), 1);
  }
}

/**
 * The longest welcome that is not yet a question. A host's introduction that opens with a
 * greeting ("Good afternoon. My name is Mike Froman, … we are delighted to welcome …") runs long.
 */
const WELCOME_MAX = 1500;

/** "Secretary Blinken, thank you ...", "Tony, great to have you", "권영세 대사님 안녕하십니까?": a form of address before the greeting. */
const VOCATIVE = /^[^,.!?]{1,40}[,.!] |^[\p{Script=Hangul}\s]{1,20}님\s/u;

/** Greetings written as questions that ask nothing. */
const GREETING_QUESTION = /안녕하십니까\s?\?|안녕하세요\s?\?|how are you(?: doing)?\s?\?|comment allez-vous\s?\?|¿cómo está\s?\?|как (?:вы|дела)\s?\?/giu;

/** A turn that welcomes or greets and asks nothing: remarks, not a question. */
function isWelcome(paragraphs: string[]): boolean {
  // "안녕하십니까?", "How are you?": a greeting may end with a question mark and ask nothing.
  const text = paragraphs.join(' ').replace(GREETING_QUESTION, '');
  // A welcome that goes on to announce its question asks ("Minister, thank you for your time. I want to ask you first about
  // …", "Cảm ơn Đại sứ … Tôi muốn biết …", the page's copy ending before the question mark).
  if (text.length > WELCOME_MAX || /[?？؟¿]/u.test(text) || ANNOUNCES_QUESTION.test(text)) return false;
  // The greeting may follow the guest's name and office in a sentence of its own ("Sheikh Abdullah Bin Zayed Al
  // Nahyan, the UAE Deputy Prime Minister and Foreign Minister. Your Highness, it’s great to see you again.").
  // Only a welcome there: a salutation's words open other sentences too ("Sayın Cumhurbaşkanımıza arz ettik").
  const opening = [text, text.replace(VOCATIVE, '')];
  const second = text.split(SENTENCE_BREAK)[1] ?? '';
  return opening.some((words) => GREETING.test(words) || WELCOME.test(words)) || WELCOME.test(second) || WELCOME.test(second.replace(VOCATIVE, ''));
}

const SENTENCE_BREAK = /(?<=[.!。])\s+/u;

/**
 * A host's opening to the audience, before anything is asked: a broadcast's or a briefing's
 * welcome to everyone in the room or on air ("It's The Brian Lehrer show on WNYC, good Monday
 * morning everyone", "Live im Studio begrüße ich jetzt …", "Привет, друзья!", "Efendim herkese
 * hayırlı günler", "Olá, sejam todos muito bem-vindos"). Remarks, as the corpus's labellers read
 * them, even where a question mark strays into the introduction.
 */
function addressesAudience(paragraph: string): boolean {
  return (
    AUDIENCE.test(paragraph.slice(0, AUDIENCE_REACH)) ||
    paragraph
      .split(SENTENCE_BREAK)
      .slice(0, 2)
      .some((sentence) => TAKE_SEATS.test(sentence))
  );
}

/** A chair's call to order, then the welcome that follows it: "Could you take your seats, please, …". */
const TAKE_SEATS = /^(?:could you|please) take your seats|^(?:hi|hello|good (?:morning|afternoon|evening)),? everyone/iu;

/** How far into a host's first turn the address to the audience stands. */
const AUDIENCE_REACH = 120;

/** Words that address an audience or introduce a programme, in the corpus languages. */
const AUDIENCE =
  /(?<!\p{L})(?:everyone|everybody|this week on|you['’]re (?:listening|watching)|всем|друзья|рад приветствовать|в эфире|herkese|sejam todos|bienvenidos|begrüße ich|liebe zuschauer|υποδεχόμαστε|여러분|大家好|皆さん)(?!\p{L})/iu;

/** The longest turn that is only a greeting ("Bonjour Jean-Pierre ELKABBACH. Bonjour Thomas SOTTO."). */
const GREETING_REPLY_MAX = 120;

/**
 * Greetings exchanged before the first real answer are remarks ("Q - Bonjour." / "R - Bonjour."),
 * and so is the introduction a guest greets back rather than answers.
 */
function greetingsBeforeAnswers(segments: Segment[], transcriptKind: TranscriptKind): void {
  // The surnames of those who answer: the guests an interviewer may greet by name.
  const guests = new Set(segments.flatMap((segment) => (segment.kind === 'answer' && segment.speaker ? [surnameOf(segment.speaker)] : [])));
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    if (segment.kind !== 'question' && segment.kind !== 'answer') continue;
    const greeting = isWelcome(segment.paragraphs) && segment.paragraphs.join(' ').length <= GREETING_REPLY_MAX;
    // An interviewer who greets the guest by office opens the interview: a question, and the
    // greeting back an answer ("Guten Tag, Herr Botschafter!", "Good morning, Foreign Secretary.",
    // "杜大使,您好!"). A greeting to the audience stays remarks ("Good morning. This is …").
    // The exchange of courtesies that follows is the interview's too ("Vielen Dank, dass Sie heute
    // gekommen sind!" / "Ich freue mich sehr, hier zu sein."), as the corpus's labellers read them.
    // So does one who greets the guest by name ("Good afternoon, Antony Blinken.", "Good morning, Dr. Jaishankar.").
    if (
      segment.kind === 'question' &&
      ((transcriptKind === 'interview' && (addressesByOffice(segment.paragraphs[0] ?? '') || addressedAtEnd(segment.paragraphs[0] ?? ''))) ||
        ((transcriptKind === 'interview' || transcriptKind === 'other') && addressesGuest(segment.paragraphs[0] ?? '', guests)))
    )
      return;
    if (!greeting) {
      if (segment.kind === 'answer') return;
      continue;
    }
    if (segment.kind === 'answer') for (let j = i - 1; j >= 0 && segments[j]!.kind === 'question'; j -= 1) segments[j]!.kind = 'remarks';
    segment.kind = 'remarks';
  }
}

/** Whether a turn's first sentence addresses its listener by office: "Bonjour Monsieur le ministre.", "Madam Secretary, thank you …", "권영세 대사님 안녕하십니까?". */
/** A greeting, then a guest's surname among its first words: "Good afternoon, Antony Blinken.". */
function addressesGuest(paragraph: string, guests: Set<string>): boolean {
  if (!GREETING.test(paragraph) && !isWelcome([paragraph])) return false;
  const words = paragraph.toLowerCase().match(/[\p{L}\p{M}’'-]+/gu) ?? [];
  return words.slice(0, ADDRESS_WORDS).some((word) => guests.has(word));
}

function addressesByOffice(paragraph: string): boolean {
  if (CJK_ADDRESS.test(paragraph.slice(0, CJK_ADDRESS_REACH))) return true;
  // The office among the first words, and the address ended by a mark within a few words of it:
  // not an introduction that speaks of the guest ("Foreign Affairs Minister Vivian Balakrishnan has acknowledged …").
  const tokens = paragraph.match(/[\p{L}\p{M}’'-]+|[,.!?;:]/gu) ?? [];
  const office = tokens.slice(0, ADDRESS_WORDS).findIndex((token) => isOfficeWord(token));
  return office >= 0 && tokens.slice(office + 1, office + 1 + ADDRESS_NAME_WORDS + 1).some((token) => /^[,.!?]$/u.test(token));
}
/**
 * Whether a turn's first sentence ends by addressing its listener by office after a comma: "Thank you for joining us
 * this evening, Minister.", "Welcome to the programme, Foreign Secretary!" (a broadcast interview's opening).
 */
function addressedAtEnd(paragraph: string): boolean {
  const sentence = paragraph.split(SENTENCE_BREAK)[0] ?? '';
  const address = CLOSING_ADDRESS.exec(sentence)?.[1];
  return address !== undefined && address.split(' ').some((word) => isOfficeWord(word));
}

/** One to three capitalised words after a comma that end a sentence. */
const CLOSING_ADDRESS = /,\s(\p{Lu}[\p{L}\p{M}’'-]*(?:\s\p{Lu}[\p{L}\p{M}’'-]*){0,2})[.!]$/u;

/** How far into the turn the office of an address may stand, and how many words of a name may follow it before its mark. */
const ADDRESS_WORDS = 5;
const ADDRESS_NAME_WORDS = 3;
const CJK_ADDRESS_REACH = 20;

/** An office, then a courtesy or a greeting, in Chinese, Japanese and Korean: "大使您好", "外长您好", "特首,你好", "大使、こんにちは", "대사님", "장관님". */
const CJK_ADDRESS =
  /(?:大使|外长|外長|部长|部長|总统|總統|主席|首相|大臣|特首|总理|總理|長官|长官|发言人|發言人)\s?[,，、]?\s?(?:您好|你好|こんにちは|おはよう)|(?:대사|장관|대통령|총리|차관|대변인)님/u;

/**
 * Korea's MOFA names the asker after the question, in brackets: "‹질문> … (미디어펜 김소정 기자)";
 * others do so too ("… (Reuters correspondent)"). That journalist asks the question.
 */
const TRAILING_ASKER = /\(([^()]{2,40}(?:기자|记者|記者|reporter|correspondent|journalist))\)\s*$/iu;

/** A name and an outlet in brackets after a question, as Pakistan's Foreign Office names its askers: "… (Shaukat Piracha, AAJ News)". */
function trailingNameAndOutlet(paragraph: string): string | undefined {
  const found = TRAILING_NAME_AND_OUTLET.exec(paragraph);
  return found && OUTLET.test(found[2]!) ? `${found[1]!.trim()}, ${found[2]!.trim()}` : undefined;
}

const TRAILING_NAME_AND_OUTLET = /\((\p{Lu}[\p{L}.'’ -]{1,40}),\s?([^(),]{2,40})\)\s*$/u;

function withoutLeadingAsker(paragraphs: string[]): string[] {
  const leading = LEADING_ASKER.exec(paragraphs[0] ?? '');
  return leading ? [paragraphs[0]!.slice(leading[0].length), ...paragraphs.slice(1)] : paragraphs;
}

const LEADING_ASKER = /^\(([^()]{2,40}(?:기자|记者|記者|reporter|correspondent|journalist))\)\s*(?=\S)/iu;

function attributedAsker(turn: RawTurn, askers: Map<string, Person>, people: Person[]): Person | null {
  // A web chat's asker is the user name in the label's brackets ("QUESTION [vpekic]:").
  const inBrackets = turn.label?.kind === 'question' ? chatName(turn.label.text) : null;
  // Others name the asker first, in brackets after the question word ("<질문> (일간대한뉴스 이명근 기자) 이번에 …").
  const leading = inBrackets ? null : LEADING_ASKER.exec(turn.paragraphs[0] ?? '');
  const name =
    inBrackets ?? leading?.[1]?.trim() ?? TRAILING_ASKER.exec(turn.paragraphs.at(-1) ?? '')?.[1]?.trim() ?? trailingNameAndOutlet(turn.paragraphs.at(-1) ?? '');
  if (!name) return null;
  let person = askers.get(name);
  if (!person) {
    person = {
      forms: [{ ...readSpeaker(name), name, journalist: true, official: false, roleOnly: false }],
      labels: [],
      turns: 0,
      inTitle: -1,
      role: 'journalist',
      asking: 1,
      firstTurn: -1,
      words: 0,
    };
    askers.set(name, person);
    people.push(person);
  }
  return person;
}

/** A dialogue's dash alone as a question's label: "– Czyli …?". */
const DASH_LABEL = /^[-–—―]{1,2}$/u;

/** A moderator's words that pass on a journalist's question, in the corpus languages. */
const RELAYS_QUESTION =
  /(?<!\p{L})(?:questions?|asked|asks|wants to know|вопрос|спрашивает|frage|fragt|pregunta|question de|питання|提问|问题|質問|질문)(?!\p{L})/iu;

function kindOf(person: Person | null, questionsBegun: boolean, previousKind: TurnKind | undefined, paragraphs: string[]): TurnKind {
  if (!person) return previousKind === 'question' ? 'question' : questionsBegun ? 'answer' : 'remarks';
  if (person.role === 'official') return questionsBegun ? 'answer' : 'remarks';
  // A moderator opens, gives the floor and closes; a turn of theirs that asks, or relays a
  // question ("Suhasini from the Hindu has asked - …"), is a question.
  if (person.role === 'other') return ASKS.test(paragraphs.join(' ')) || RELAYS_QUESTION.test(paragraphs.join(' ')) ? 'question' : 'remarks';
  return 'question';
}

/** The share of turns that ask, and the lead over everyone else's, that make a named speaker the interviewer. */
const DIALOGUE_ASKER = 0.5;
const DIALOGUE_ASKER_MARGIN = 0.3;

/** The same for two officials named by the title alone ("Blinken with Mary Louise Kelly of NPR"): the share that asks, and the lead. */
const TITLE_ASKER = 0.3;
const TITLE_ASKER_MARGIN = 0.2;

/** Where the answers are anonymous ("A:"), a named speaker who asks in this share of turns is the journalist; one who asks less answers. */
const ANONYMOUS_ANSWERS_ASKER = 0.8;

/** The fewest turns, each right after a labelled asker's, that make a named speaker the official an office stands for. */
const OFFICE_HOLDER_TURNS = 2;

/** With no official known, a named speaker who asks in this share of turns is a journalist. */
const ASKER = 0.5;

/**
 * Roles from the labels first (a word of office, an outlet, a moderator's title, a name in
 * the title), then from what people do: whoever mostly asks is a journalist; whoever speaks
 * before the first question is an official; the rest ask.
 */
function assignRoles(people: Person[], turns: RawTurn[], personOfTurn: Array<Person | null>, kind: TranscriptKind, title: string): void {
  const byLabel = new Set<Person>();
  for (const person of people) {
    // An interview's host ("conductora", "presenter", "Ведущий") is its interviewer; a press
    // conference's moderator gives the floor.
    if (person.forms.some((form) => form.moderator)) person.role = kind === 'interview' ? 'journalist' : 'other';
    else if (person.forms.some((form) => form.journalist)) person.role = 'journalist';
    else if (person.forms.some((form) => form.official)) person.role = 'official';
    if (person.role !== null) byLabel.add(person);
  }
  // A parliament's chair at question time gives the floor and keeps order ("Sie haben das Wort zur ersten
  // Nachfrage.", "La parole est à …", "林健锋议员。"): whatever the label's office, not an asker nor an answerer.
  const floorGiving = new Map<Person, number>();
  personOfTurn.forEach((person, i) => {
    const text = turns[i]!.paragraphs.join(' ');
    if (person && text.length <= FLOOR_TURN_MAX && GIVES_THE_FLOOR.test(text)) floorGiving.set(person, (floorGiving.get(person) ?? 0) + 1);
  });
  for (const [person, count] of floorGiving) {
    if (count * 2 >= person.turns) {
      person.role = 'other';
      byLabel.add(person);
    }
  }
  // A title that says who interviews whom: the one named before the verb asks ("Amanpour interviews
  // Adel al-Jubeir", "أمانبور تحاور عادل الجبير").
  const interviewing = INTERVIEWS.exec(title);
  if (interviewing)
    for (const person of people) if (person.role === null && person.inTitle >= 0 && person.inTitle < interviewing.index) person.role = 'journalist';
  // Anonymous askers ("Question:") ask; the people the page names answer them.
  const anonymousAskers = turns.some((turn) => turn.label?.kind === 'question' || turn.boldQuestion);
  // In a dialogue of named people, the one who asks in most turns while the others hardly ask is
  // the interviewer, even where the title names them ("Paris Match : … interview", an outlet the
  // labels do not call one).
  if (!anonymousAskers && people.length >= 2) {
    // Not the guest the title quotes ("Мария Захарова: «…»"), who may ask back as often as the hosts.
    const asker = people.filter((person) => !byLabel.has(person) && person.quotedByTitle !== true).sort((a, b) => b.asking - a.asking)[0];
    const othersAsk = Math.max(...people.filter((person) => person !== asker).map((person) => person.asking));
    if (asker && asker.turns >= 2 && asker.asking >= DIALOGUE_ASKER && asker.asking >= othersAsk + DIALOGUE_ASKER_MARGIN) asker.role = 'journalist';
  }
  // An automatic transcript's two numbered voices, unpunctuated, so that no one asks ("Voz 1 00:00
  // josep borrell ministro de exteriores …", "Voz 2 00:06 hola buenos días …"): in an interview,
  // the voice that opens and says less is the interviewer's.
  const voices = people.filter(isNumbered);
  if (
    kind === 'interview' &&
    voices.length === 2 &&
    voices.length === people.length &&
    voices.every((voice) => voice.role === null && voice.asking < DIALOGUE_ASKER)
  ) {
    // A host who opens and talks more, or a guest who opens, leaves both as they were.
    const [asker, guest] = [...voices].sort((a, b) => a.words - b.words);
    if (asker!.firstTurn < guest!.firstTurn) {
      asker!.role = 'journalist';
      guest!.role = 'official';
    }
  }
  // Named in the title: an official, unless the label says otherwise.
  for (const person of people) if (person.role === null && person.inTitle >= 0) person.role = 'official';
  const officials = () => people.filter((person) => person.role === 'official');
  if (!anonymousAskers && officials().length >= 2) {
    // Two officials by the title alone in a dialogue ("Blinken with Mary Louise Kelly of NPR"):
    // the one who asks is the interviewer.
    const byTitle = officials()
      .filter((person) => !byLabel.has(person))
      .sort((a, b) => b.asking - a.asking);
    const asker = byTitle[0];
    if (
      asker &&
      asker.asking >= TITLE_ASKER &&
      asker.asking >
        Math.max(
          ...officials()
            .filter((p) => p !== asker)
            .map((p) => p.asking),
        ) +
          TITLE_ASKER_MARGIN
    ) {
      asker.role = 'journalist';
    }
  }
  const firstQuestion = turns.findIndex((turn, index) => turn.label?.kind === 'question' || turn.boldQuestion || personOfTurn[index]?.role === 'journalist');
  const hasOfficial = officials().length > 0;
  // An official known only by an office ("報道官:" over the briefing, "毛宁" on the next line) names no
  // one yet: a named speaker who hardly asks, and speaks only right after askers ("CCTV記者:",
  // "NHK:"), is that official ("毛寧:" before each answer).
  const namedOfficial = officials().some((person) => person.forms.some((form) => !form.roleOnly));
  // Every turn of theirs, two or more, follows an asker's ("CCTV記者:", "聯合ニュース: …?" then "毛寧:").
  const asks = (person: Person | null | undefined) => person !== null && person !== undefined && (person.role === 'journalist' || person.asking >= ASKER);
  // Each person's turns, indexed once: a briefing has hundreds.
  const turnsOf = new Map<Person, number[]>();
  personOfTurn.forEach((person, i) => {
    if (!person) return;
    const own = turnsOf.get(person) ?? [];
    own.push(i);
    turnsOf.set(person, own);
  });
  const answersAskers = (person: Person) => {
    const own = turnsOf.get(person) ?? [];
    return own.length >= OFFICE_HOLDER_TURNS && own.every((i) => asks(personOfTurn[i - 1]));
  };
  // The only voice of a page asks no one: a speech's questions are rhetorical ("CAPITANICH.- …¿…?").
  // Not a voice whose questions the page answers in unlabelled paragraphs: a paper that labels only its own
  // questions, in bold under its name ("Capital: <b>In your six-year stay …?</b>", then the ambassador's words).
  if (!anonymousAskers && people.length === 1 && people[0]!.role === null)
    people[0]!.role = isAnsweredAsker(people[0]!, turns, personOfTurn) ? 'journalist' : 'official';
  for (const person of people.filter((candidate) => candidate.role === null)) {
    // Who opens by addressing the journalists is no journalist: the spokesperson who hands the
    // briefing over ("华春莹:各位记者朋友们,大家下午好!别来无恙?").
    if (PRESS_ADDRESS.test(turns[person.firstTurn]?.paragraphs[0] ?? '')) {
      person.role = 'official';
      continue;
    }
    // Where the answers' speakers are named and an official is known, the others ask: an
    // interviewer is named, an interviewee is in the title or holds an office.
    if (anonymousAskers) person.role = person.asking >= ANONYMOUS_ANSWERS_ASKER ? 'journalist' : 'official';
    else if (hasOfficial && !namedOfficial && person.asking < ASKER && answersAskers(person)) person.role = 'official';
    else if (hasOfficial) person.role = 'journalist';
    else if (person.asking >= ASKER) person.role = 'journalist';
    else if (firstQuestion === -1 || person.firstTurn < firstQuestion) person.role = 'official';
  }
  const anyOfficial = officials().length > 0;
  const left = people.filter((person) => person.role === null).sort((a, b) => b.words - a.words);
  left.forEach((person, rank) => {
    person.role = anyOfficial || rank > 0 ? 'journalist' : 'official';
  });
  twoVoicesOfAnInterview(people, byLabel, kind, anonymousAskers);
}

/**
 * A labelled voice whose turns ask and are answered by the unlabelled paragraphs after them, in half
 * of its turns or more: the interviewer of a news interview that labels only its own questions.
 */
function isAnsweredAsker(person: Person, turns: RawTurn[], personOfTurn: Array<Person | null>): boolean {
  let answered = 0;
  personOfTurn.forEach((owner, i) => {
    const next = turns[i + 1];
    if (owner === person && next && next.label === null && next.afterQuestion === true) answered += 1;
  });
  return answered > 0 && answered * 2 >= person.turns && person.asking >= ASKER;
}

/** A chair's words that give the floor, call the next question or keep order, in a turn of a few lines. */
const GIVES_THE_FLOOR =
  /(?:haben|hat) (?:jetzt |nun )?das Wort|ist (?:jetzt |nun )?am Wort|erteile .{0,60}das Wort|(?:komme|kommen|gelangen) (?:jetzt |nun )?zur (?:\d+\. )?(?:Frage|Anfrage|Nachfrage|Zusatzfrage)|zur (?:ersten|zweiten|dritten|nächsten) (?:Nach|Zusatz)frage|^Order[!.]|\bI call (?:on )?(?:the )?(?:Minister|Secretary|Member|hon)|la parole est à|vous avez la parole|tiene (?:usted )?la palabra|tem a palavra|^請.{1,8}(?:部長|委員|議員|署長|局長|院長)。?$|^\p{Script=Han}{2,6}(?:議員|议员)。$|^(?:行政長官|行政长官)。$/iu;
const FLOOR_TURN_MAX = 300;

/**
 * An interview of two named voices, both taken for officials (the title names host and guest, "Мария
 * Захарова в программе Сергея Доренко"; or neither label says who asks, "Kelly:" and "Kuleba:"): the one
 * who asks in more of their turns is the interviewer. Asking alike, both stay as they were: the shorter
 * turns are as often a guest's ("池上彰" asks at length, "河野太郎" answers in a line). Not where a label
 * made them officials ("Minister:"), nor at a press conference, where two officials answer.
 */
function twoVoicesOfAnInterview(people: Person[], byLabel: Set<Person>, kind: TranscriptKind, anonymousAskers: boolean): void {
  const voices = people.filter((person) => person.turns >= 2);
  if ((kind !== 'interview' && kind !== 'other') || anonymousAskers || voices.length !== 2) return;
  if (!voices.every((voice) => voice.role === 'official' && !byLabel.has(voice))) return;
  const [a, b] = voices as [Person, Person];
  const asker = Math.abs(a.asking - b.asking) >= TWO_VOICES_ASKING_GAP ? (a.asking > b.asking ? a : b) : null;
  if (asker) asker.role = 'journalist';
}

/** How much more of their turns the interviewer asks in than the guest (a radio host's banter asks little: "Какой Джигурда? Где?!"). */
const TWO_VOICES_ASKING_GAP = 0.1;

/**
 * The interviewer an interview's credit line names ("Propos recueillis par Emmanuel Haillot", "Interviewed by …"),
 * among the lines under the headline, the first headings or the editor's lead: a journalist who asks the
 * unlabelled questions. Not one whom the labels name already: they say who asks.
 */
function interviewerOfCredit(people: Person[], lines: readonly string[]): Person | null {
  const name = interviewerCredited(lines);
  if (!name) return null;
  const form = { ...readSpeaker(name), journalist: true, official: false };
  if (people.some((person) => person.forms.some((known) => samePerson(known, form)))) return null;
  const person: Person = { forms: [form], labels: [], turns: 0, inTitle: -1, role: 'journalist', asking: 1, firstTurn: -1, words: 0 };
  people.push(person);
  return person;
}

/**
 * A greeting under a heading right after the editor's lead is the speaker's opening, not more of the editor's words: "The
 * following is a near-verbatim transcript of today's noon briefing by Anna Roy, Spokesperson …", "**Briefing Guests
 * Today", then "Good afternoon, all, and welcome …".
 */
function greetsAfterTheLead(turn: RawTurn, before: RawTurn | undefined): boolean {
  return before?.editorial === true && GREETING.test(turn.paragraphs[0] ?? '');
}

/** A name, its colon and an opening quotation mark: the title quotes that person. */
const QUOTED_AFTER = /^[^:：«“"„]{2,60}[:：]\s?[«“"„]/u;
const QUOTE_REACH = 80;

/**
 * A label that names a part of the text, not a speaker: "Opening Remarks:" (Malaysia's Prime
 * Minister's verbatim texts), "Kurzfassung:" (a German press release's summary), "Summary:".
 * Its turn is spoken as an unlabelled one would be.
 */
const SECTION_LABEL =
  /^(?:opening|closing|introductory|concluding|initial)\s+(?:remarks|statement)|^(?:summary|kurzfassung|zusammenfassung|resumen|résumé|riassunto|background|hintergrund)$/iu;

/** How many of the first turns may confirm a name the title gives before a colon. */
const OPENING_TURNS = 6;
/** How much of each of their paragraphs is read for it: a lead names its guest late as often as early. */
const OPENING_CHARS = 1000;

/**
 * The verb of a title that says who interviews whom, in the corpus languages: a transitive
 * "interviews" only. "Talks to", "speaks with", "in conversation with", "im Gespräch mit" put the
 * guest first as often ("Antony Blinken talks with Michael Morell", "Lavrov speaks to the BBC"), and
 * "intervista" and "entrevista" are nouns as often ("Antonio Tajani: intervista al Corriere").
 */
const INTERVIEWS = /\s(?:interviews|interviewt|interviewe|интервьюирует|تحاور|يحاور|حاورت|حاور)\s/iu;

/**
 * A label that names the editors ("Lời Toà Soạn:", "Editor's note:", "От редакции:"), or a news
 * site's kicker over its lead ("SON DAKİKA HABERİ:", "BREAKING:"): their words are spoken by no one.
 */
const EDITORS_LABEL =
  /^(?:editor['’]s note|editorial note|note de la rédaction|nota de la redacci[oó]n|nota della redazione|anmerkung der redaktion|от редакции|примечание редакции|від редакції|lời to[àa] soạn|lời bình|编者按|編者按|編按|导读|導讀|편집자 주|son dak[iİ]ka(?: haber[iİ])?|breaking(?: news)?|exclusive|exclusivo|exclusiva|esclusiva|exclusif|última hora|ultima ora|eilmeldung|срочно|терміново|速報|突发|突發|속보|단독)$/iu;

/** How many paragraphs of an editor's lead may name the guest. */
const LEAD_PARAGRAPHS = 4;

/** A photo's credit at the end of a caption under the headline ("… explique le ministre. Image: Yvain Genevay"): the photographer speaks no turn. */
const PHOTO_CREDIT = /(?:^|[\s.!?»”])(?:(?:image|photo|foto|bild|credit|crédit|фото|ảnh)\s?[:：]|©)[\s\S]*$/iu;

/** How many of the body's first headings may name the official. */
const NAMING_HEADINGS = 6;

/**
 * A moderator the page names only by the office ("Ведущий:", "사회자:", "Moderator:"): the label
 * stays on the turn, but no one is named ("Vors. Welty:" names Welty).
 */
/**
 * A label that names an office no one on the page holds by name ("外務大臣:" on a page whose title
 * names no minister, "Official Spokesperson:"): like an unnamed moderator, the label stays on the
 * turn and no one is named. A person made from the title has no labels and is named.
 */
function namesNoOne(person: Person): boolean {
  return (
    isUnnamedModerator(person) ||
    (person.labels.length > 0 && person.forms.every((form) => form.officeOnly === true)) ||
    // A numbered voice who asks ("Speaker 2" at a briefing) is an anonymous asker, as "Reporter:" is.
    (person.role === 'journalist' && isNumbered(person))
  );
}

function isNumbered(person: Person): boolean {
  return person.forms.length > 0 && person.forms.every((form) => NUMBERED_SPEAKER.test(form.name));
}

function isUnnamedModerator(person: Person): boolean {
  return (
    person.forms.length > 0 &&
    person.forms.every((form) => form.moderator && (MODERATOR_ALONE.test(form.name) || isHostAlone(form.name) || LABEL_HOSTS.test(form.name)))
  );
}

const MODERATOR_ALONE = new RegExp(`^(?:${MODERATOR.source})$`, 'iu');

function nameOf(person: Person): string {
  return bestName(person.forms);
}

function positive(index: number): number {
  return index < 0 ? Infinity : index;
}
