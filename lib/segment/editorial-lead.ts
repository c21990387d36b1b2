import { namesInTitle } from '../metadata/title-names';
import { FIRST_PERSON, GREETING, NEWS_DATELINE, REPORTED_SPEECH } from '../text/register';
import { readSpeaker } from './speakers';
import type { RawTurn, TurnSplit } from './turns';

/**
 * An editor's lead before the first label ("Foreign Ministry Spokesperson Hong Lei held a
 * regular press conference on ...", "新华社北京3月8日电", "State Department Spokesperson Matthew
 * Miller leads the daily press briefing"): third person, a dateline, or reported speech, and no
 * first person or greeting. It is spoken by no one; the speaker's own words follow it.
 */
export function splitEditorialLead(split: TurnSplit, title: string): TurnSplit {
  const { turns, headings } = split;
  const first = turns[0];
  if (!first || first.label || first.boldQuestion) return split;
  // The person the opening would be credited to: named in the title, else in the lead itself.
  const named = namesInTitle(title);
  const speakers = (named.length > 0 ? named : namesInTitle((first.paragraphs[0] ?? '').slice(0, LEAD_TEST_CHARS))).map((name) => readSpeaker(name).surname);
  let lead = 0;
  while (lead < first.paragraphs.length && isEditorial(first.paragraphs[lead]!, speakers)) lead += 1;
  if (lead === 0) return split;
  const editorial: RawTurn = { ...first, paragraphs: first.paragraphs.slice(0, lead), editorial: true };
  if (lead === first.paragraphs.length) return { turns: [editorial, ...turns.slice(1)], headings };
  // One turn became two: headings after it point one turn further.
  return {
    turns: [editorial, { ...first, paragraphs: first.paragraphs.slice(lead) }, ...turns.slice(1)],
    headings: headings.map((heading) => (heading.segment > 0 ? { ...heading, segment: heading.segment + 1 } : heading)),
  };
}

/** How much of a paragraph is read to tell an editor's lead from the speaker's words. */
const LEAD_TEST_CHARS = 400;

function isEditorial(paragraph: string, speakers: string[]): boolean {
  const opening = paragraph.slice(0, LEAD_TEST_CHARS);
  if (GREETING.test(opening) || FIRST_PERSON.test(opening)) return false;
  if (NEWS_DATELINE.test(opening) || REPORTED_SPEECH.test(opening)) return true;
  // The speaker named in the third person: "Spokesperson Hong Lei held a regular press conference".
  const words = new Set(opening.toLowerCase().split(/[^\p{L}\p{M}'’-]+/u));
  const cjk = (surname: string) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(surname) && opening.includes(surname);
  return speakers.some((surname) => surname.length >= 2 && (words.has(surname) || cjk(surname)));
}

