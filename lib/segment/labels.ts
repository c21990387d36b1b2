/**
 * Speaker labels at the start of a paragraph: "Question:", "Sergey Lavrov:", "MR PRICE:",
 * "Kojima, NHK:", "С.В.Лавров:". A colon inside a sentence ("Let me be clear: ...") is not a
 * label; the rules below tell them apart from the words before the colon alone. Each rule
 * says why it exists.
 */

/** Up to 90 characters before a colon (Latin or full-width), then space or the end. */
const LABEL_AT_START = /^([^:：\n]{1,90}?)\s*(:|：)(?:\s+|$)|^([^:：\n]{1,40}?)(：)/u;

/**
 * Askers whose name the transcript does not give, in the languages mid.ru publishes in.
 * Parentheses may add an outlet or a note.
 */
const ANONYMOUS_ASKER =
  /^(?:question|questions|q|вопрос|вопросы|reporter|journalist|correspondent|корреспондент|журналист|speaker\s*\d*|audience(?:\s+member)?|participant|участник|voice|голос|реплика|question from .+|pregunta|frage|pergunta|domanda|journaliste|periodista|سؤال|記者|记者|问)(?:\s*\d+)?(?:\s*\(.*\))?$/iu;

/** Anonymous answers ("A:" in older Chinese MFA copies). */
const ANONYMOUS_ANSWER = /^(?:a|answer|ответ|réponse|respuesta|antwort|答)$/iu;

/** Lower-case words allowed inside a name or a role ("President of France", "de Mistura"). */
const PARTICLES = new Set([
  'of', 'for', 'and', 'the', 'on', 'to', 'in', 'de', 'da', 'del', 'der', 'den', 'van', 'von', 'la', 'le',
  'al', 'bin', 'ibn', 'y', 'и', 'по', 'при', 'в', 'для',
]);

/**
 * Words that start sentences far more often than labels: "Regarding Syria: ...",
 * "Note: ...", "Firstly: ...". A label whose first word is one of these needs bold type.
 */
const SENTENCE_STARTERS = new Set([
  'regarding', 'concerning', 'as', 'in', 'on', 'at', 'for', 'with', 'about', 'now', 'so', 'thus', 'also',
  'first', 'firstly', 'second', 'secondly', 'third', 'thirdly', 'finally', 'lastly', 'note', 'update',
  'example', 'and', 'but', 'the', 'this', 'that', 'these', 'those', 'our', 'my', 'we', 'i', 'it', 'there',
  'here', 'today', 'yesterday', 'moreover', 'however', 'besides', 'again', 'please', 'dear', 'ladies',
  'colleagues', 'tags', 'source', 'photo', 'time', 'date', 'location', 'venue', 'subject', 'attention',
  'important', 'summary', 'background', 'consular', 'moscow', 'london', 'tel', 'phone', 'fax', 'email',
  'e-mail', 'address', 'warning', 'ps', 'p.s.', 'nb', 'why', 'what', 'how', 'who', 'when', 'where',
  'итак', 'например', 'кстати', 'напомню', 'во-первых', 'во-вторых', 'в-третьих', 'так', 'что', 'это',
  'по', 'в', 'на', 'и', 'но', 'а', 'тел', 'адрес', 'факс', 'москва', 'источник', 'теги',
]);

export type LabelKind = 'question' | 'answer' | 'named';

export interface LabelMatch {
  /** The label as written, colon included. */
  raw: string;
  /** The label's words without the colon. */
  text: string;
  kind: LabelKind;
  /** What follows the label in the same paragraph ('' when the label stands alone). */
  rest: string;
  /**
   * How sure the shape alone makes us: `strong` (a question word, bold type, several
   * capitalised words, a name with a role or outlet), or `weak` (one capitalised word, which
   * counts only once the page has shown other labels).
   */
  strength: 'strong' | 'weak';
}

/**
 * The label at the start of `text`, if the words before the colon read as one.
 * `boldPrefix` is the text of the paragraph's leading bold run, if it has one: a bold run
 * that ends with a colon is a label whatever its words.
 */
export function matchLabel(text: string, boldPrefix = ''): LabelMatch | null {
  const found = LABEL_AT_START.exec(text);
  if (!found) return null;
  const words = (found[1] ?? found[3] ?? '').trim();
  const colon = found[2] ?? found[4] ?? ':';
  if (words === '') return null;
  // As written: French puts a space before the colon ("Question :").
  const raw = text.slice(0, found[0].lastIndexOf(colon) + 1).trimStart();
  const rest = text.slice(found[0].length).trim();
  const boldRun = normalizeBold(boldPrefix);
  const label = normalizeBold(raw);
  // The bold run is the label itself ("<b>Министр иностранных дел России С.В.Лавров:</b>"), or
  // starts with it (China's questions: the whole paragraph bold, outlet and question).
  const boldLabel = boldRun !== '' && (boldRun === label || boldRun === label.slice(0, -1));
  const bold = boldRun !== '' && boldRun.startsWith(label.slice(0, -1));

  if (ANONYMOUS_ASKER.test(words)) return { raw, text: words, kind: 'question', rest, strength: 'strong' };
  if (ANONYMOUS_ANSWER.test(words)) return { raw, text: words, kind: 'answer', rest, strength: 'strong' };

  // ...as long as it ends on a name ("С.В.Лавров", "Maria Zakharova"), not "Answers to media questions:".
  if (boldLabel && !/[?!]/.test(words) && /^[\p{Lu}\p{Lo}]/u.test(words.replace(/\([^)]*\)/g, '').trim().split(/[\s,]+/).pop() ?? '')) return { raw, text: words, kind: 'named', rest, strength: 'strong' };
  const shape = nameShape(words);
  if (shape === 'none') return null;
  if (bold) return { raw, text: words, kind: 'named', rest, strength: 'strong' };
  if (shape === 'starter') return null;
  return { raw, text: words, kind: 'named', rest, strength: shape === 'several' ? 'strong' : 'weak' };
}

function normalizeBold(text: string): string {
  return text.replace(/\s+/g, '').replace(/：/g, ':');
}

/**
 * Whether words read as a name, a role or an outlet: capitalised words, initials, honorifics
 * and a few lower-case particles; an optional comma part ("Kojima, NHK"); parentheses
 * ("(retranslated)") ignored. Sentence punctuation or ordinary lower-case words rule it out.
 */
function nameShape(words: string): 'none' | 'starter' | 'single' | 'several' {
  const withoutNotes = words.replace(/\([^)]*\)/g, ' ').trim();
  if (withoutNotes === '' || /[?!;"“”«»]/.test(withoutNotes)) return 'none';
  const parts = withoutNotes.split(',').map((part) => part.trim());
  if (parts.length > 3 || parts.some((part) => part === '')) return 'none';
  const tokens = parts.flatMap((part) => part.split(/\s+/));
  if (tokens.length > 10) return 'none';
  let capitalised = 0;
  for (const token of tokens) {
    if (PARTICLES.has(token)) continue;
    if (!/^[\p{Lu}\p{Lo}][\p{L}\p{M}\p{N}'’.\-&]*$/u.test(token)) return 'none';
    capitalised += 1;
  }
  if (capitalised === 0) return 'none';
  if (SENTENCE_STARTERS.has(tokens[0]!.toLowerCase().replace(/[.,]$/, ''))) return 'starter';
  return tokens.length > 1 || parts.length > 1 ? 'several' : 'single';
}
