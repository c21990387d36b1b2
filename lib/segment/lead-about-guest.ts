import type { TranscriptKind } from '../transcript-schema';
import { JAPANESE, QUOTED, SAYS_WHO_SPEAKS, speaks } from './editorial-lead';
import { sameSurname } from './speakers';
import type { RawTurn } from './turns';
import { PERSON_OFFICES } from '../vocabulary/name-words';

/**
 * A news interview's unlabelled opening, before its first question, that names the guest the page is about in the third
 * person, by name or by office: "El contexto complejo que se encontró Marcelo Ebrard al aceptar el cargo de canciller …",
 * "Syyskuussa … aloittaneen Mikko Hautalan mukaan …", "… el canciller chileno asegura que …", then "<b>¿Se imaginaba …?</b>". The guest has not spoken yet and does not name
 * himself so: the words are the editor's, spoken by no one. Read once the guest is known (the title's speaker), which the
 * editor's lead, read before the speakers, may not know ("…, destaca Marcelo Ebrard"). Not an opening that greets,
 * speaks in the first person or says who speaks ("Soy Miguel Nuñez, el Vocero …"), nor Japanese, whose speakers drop the "I".
 */
export function leadSpeaksOfTheGuest(first: RawTurn | undefined, next: RawTurn | undefined, guestSurname: string | null, kind: TranscriptKind): boolean {
  if ((kind !== 'interview' && kind !== 'other') || !first || !next || !guestSurname || guestSurname.length < SURNAME_MIN) return false;
  if (first.label || first.editorial || first.boldQuestion || first.continuation) return false;
  if (!next.boldQuestion && next.label?.kind !== 'question') return false;
  const openings = first.paragraphs.map((paragraph) => paragraph.slice(0, OPENING_CHARS));
  if (openings.some((opening) => JAPANESE.test(opening) || SAYS_WHO_SPEAKS.test(opening) || speaks(opening.replace(QUOTED, ' ')))) return false;
  const words = (openings[0] ?? '')
    .replace(QUOTED, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{M}'’-]+/u);
  // The guest by name, or by office after an article: "… el canciller chileno asegura …", "… il ministro annuncia …".
  return words.some((word, i) => namesSurname(word, guestSurname) || (i > 0 && ARTICLES.has(words[i - 1]!) && PERSON_OFFICES.test(word)));
}

/** The articles before an office that speaks of its holder in the third person, in the corpus languages. */
const ARTICLES = new Set(['the', 'el', 'la', 'il', 'lo', 'le', 'o', 'der', 'die', 'de', 'het']);

/** The surname, whole or with a case ending ("Hautalan", "Кудрика"). */
function namesSurname(word: string, surname: string): boolean {
  return sameSurname(word, surname) || (word.startsWith(surname) && word.length - surname.length <= CASE_ENDING_MAX);
}

/** The shortest surname looked for: shorter ones are words of the text as often. */
const SURNAME_MIN = 3;
/** The longest case ending after a surname ("Hautalan", "Niinistölle"). */
const CASE_ENDING_MAX = 4;
/** How much of each paragraph is read. */
const OPENING_CHARS = 400;
