import { namesRead, type NameRead } from './title-names';

/**
 * Whether a news interview's first question names others only, not its guest: a name inside the sentence that asks
 * ("Dopo l'incontro tra la premier Meloni e il presidente Weber …?", "O que dizer sobre representar o presidente Lula
 * da Silva …?"), one no office places ("… projekt One Belt, One Road …"), an asker's credit ("[Anna Roy, Radio 4] Thank
 * you …"). A question names its guest where it addresses them ("Ignazio Cassis, êtes-vous heureux?", "…, Frau
 * Ministerin Berg?") or introduces them by office in a sentence of its own ("Avec nous, la ministre Anne Roy. Vous
 * attendiez-vous …?"). One that names no one, or a line that does not ask, says nothing either way.
 */
export function namesOnlyOthers(question: string): boolean {
  if (!ASKS_AT_END.test(question)) return false;
  const names = namesRead(question, {});
  return names.length > 0 && !names.some((entry) => namesTheGuest(question, entry));
}

function namesTheGuest(question: string, entry: NameRead): boolean {
  const at = question.indexOf(entry.name);
  if (at < 0) return false;
  if (addressed(question, entry.name, at)) return true;
  const end = question.slice(at).search(SENTENCE_END);
  return (entry.byOffice || entry.apposed) && (end < 0 || question[at + end] !== '?');
}

/** A question ends by asking, whatever it says before. */
const ASKS_AT_END = /[?？]["'»”]?\s*$/u;

/** A sentence's end: its stop, before a space or the end of the question (quotes after it aside). */
const SENTENCE_END = /[.?!](?=["'»”]?(?:\s|$))/u;

/** The name stands where one addresses a person: opening the question before a comma, or closing it after one. */
function addressed(question: string, name: string, at: number): boolean {
  const before = question.slice(0, at);
  const after = question.slice(at + name.length);
  const opening = before.replace(/^[\s"'«»“”„¿¡–—-]+/u, '');
  return (ADDRESS_OPENING.test(opening) && /^\s*[,!]/u.test(after)) || (/,\s*$/u.test(before) && /^[?!.]?$/u.test(after.trim()));
}

/** At most a few words (a courtesy title, an office: "Herr Bundesrat", "Señora Ministra") before an opening name. */
const ADDRESS_OPENING = /^(?:[\p{L}.'’]+\s+){0,3}$/u;
