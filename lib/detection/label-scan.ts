import { ASKS_FOR_ONESELF, FAQ_QUESTION } from '../text/asking';
import { BOLD_QUESTION_MAX, BOLD_SENTENCE_END, BOLD_SENTENCES_MIN, matchLabel, PLAIN_QUESTION_MAX, QUESTION_MIN, type LabelMatch } from '../segment/labels';
import { EXCLAMATION, FIRST_PERSON, GREETING, HUMBLE_VERBS, REPORTED_SPEECH } from '../text/register';
import { collapseWhitespace } from '../text/whitespace';
import { ancestryTest } from '../page/ancestry';
import { leadingBold, openingText, paragraphsOf, UNREAD } from '../page/paragraphs';
import { NOT_ONE_TEXT } from '../vocabulary/class-words';
import { TEXT_NODE } from '../page/node-kinds';

/**
 * Detection's look at a page: each paragraph's opening (each <br> line's, where a page keeps a
 * transcript in one element) read for labels, questions asked, spoken or reported register,
 * bold questions. Cheap enough for every page load of the known sites.
 */

/** Text paragraphs between two of one label that make them two turns of a dialogue (its answer, then a question). */
const ANSWERS_ONLY_GAP = 2;

/** How many children are looked at for a <br>: enough for any paragraph, bounded on deep pages. */
const LINE_BREAK_SEARCH = 400;

/**
 * Whether a paragraph's own lines are split by <br>, looked for among its children and theirs
 * only: a subtree search would cost the square of the depth on paragraphs nested in paragraphs.
 */
function hasLineBreak(element: Element): boolean {
  let seen = 0;
  for (let child = element.firstElementChild; child && seen < LINE_BREAK_SEARCH; child = child.nextElementSibling, seen += 1) {
    if (child.localName === 'br') return true;
    if (/^(?:[baiu]|strong|span|font|em)$/.test(child.localName)) {
      for (let inner = child.firstElementChild; inner && seen < LINE_BREAK_SEARCH; inner = inner.nextElementSibling, seen += 1) {
        if (inner.localName === 'br') return true;
      }
    }
  }
  return false;
}

/** The most lines of one <br>-separated paragraph that detection reads. */
const MAX_LINES = 400;

/** How much of each <br> line a label scan reads: a label and the start of a question. */
const LINE_OPENING = 120;

/**
 * The shortest opening counted as a paragraph of text (where reported speech and the first person
 * are heard), and the same in Chinese, Korean or Japanese, which say as much in a third of the characters.
 */
const TEXT_OPENING_MIN = 60;
const CJK_TEXT_OPENING_MIN = 20;

/** The shortest paragraph read as the answer to a plain question (interviews whose questions are plain paragraphs). */
const ANSWER_MIN = 40;

/** How much of a label's paragraph (or the next one, for a label alone) is searched for a question mark. */
const ASKED_SEARCH = 2000;

/** How far past its bold run a paragraph is read to tell a bold paragraph from a bold lead-in. */
const BEYOND_BOLD = 40;

/** The shortest bold paragraph read as a bold sentence (a question or a remark put to the guest). */
const BOLD_SENTENCE_MIN = 8;

/**
 * The first characters of each line of an element whose lines are split by <br> (blogs and
 * old sites put a whole transcript in one <div>): what a label scan needs, and no more.
 */
function lineOpenings(element: Element, length = LINE_OPENING): string[] {
  const lines: string[] = [];
  let line = '';
  const stack: Node[] = [element];
  while (stack.length > 0 && lines.length < MAX_LINES) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      if (line.length < length) line += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).localName;
    if (tag === 'br' || (node !== element && BLOCK_LINE.test(tag))) {
      if (line.trim() !== '') lines.push(line.slice(0, length));
      line = '';
      if (tag === 'br') continue;
    }
    if (UNREAD.has(tag)) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  if (line.trim() !== '') lines.push(line.slice(0, length));
  return lines;
}

const BLOCK_LINE = /^(?:p|div|li|h[1-6]|blockquote|tr|td)$/;

export interface LabelScan {
  /** Paragraphs that open with a speaker label. */
  labelled: number;
  /** How many different labels. */
  distinct: number;
  /** Of them, how many are anonymous askers ("Question:"). */
  questions: number;
  /** Anonymous answers ("Answer:", "A:", "答："). */
  answers: number;
  /** Labelled paragraphs whose label differs from the one before: a dialogue alternates. */
  switches: number;
  /** Question turns (an asker's label, or a named label) whose text asks something. */
  asking: number;
  /** Paragraphs with 60 characters of text or more. */
  textParagraphs: number;
  /** Paragraphs whose opening reports speech ("said", "заявил", "表示"): a news report. */
  reported: number;
  /** Paragraphs whose opening speaks in the first person ("we", "мы", "我们"): a speech or an answer. */
  firstPerson: number;
  /** Paragraphs that open by greeting or addressing the audience ("Good afternoon", "Уважаемые"). */
  greetings: number;
  /** Question turns that read as an FAQ's: short, generic, asked in the first person ("How do I apply?"). */
  faqQuestions: number;
  /**
   * One of the first lines addresses the audience on its own, as a speech opens ("Monsieur le
   * Ministre,", "Madame la Présidente du Comité des Ministres, chère Dominique,", "Uwe Excellentie, …,").
   */
  addressOpening: boolean;
}

export const NO_LABELS: LabelScan = {
  labelled: 0,
  distinct: 0,
  questions: 0,
  answers: 0,
  switches: 0,
  asking: 0,
  textParagraphs: 0,
  reported: 0,
  firstPerson: 0,
  greetings: 0,
  faqQuestions: 0,
  addressOpening: false,
};

/** How many text paragraphs may have been read at a speech's address, its own counted (a credit line may come before it), and how long its line may be. */
export const ADDRESS_AFTER_PARAGRAPHS = 2;
const ADDRESS_MAX = 200;
/** A speech's address to its audience, by courtesy or office, beyond GREETING's words. */
export const ADDRESS =
  /^(?:monsieur|madame|mesdames|señor|excelentísim|senhor|signor|herr |frau |mr\.? |madam |distinguished|honou?rable|geachte|waarde|uwe |szanown|vážen|уважаем|шановн|excm)/iu;

/**
 * A letter's salutation to one reader, which a speech's address to the hall is not: "Dear Editor,",
 * "Your Excellency,", "Sehr geehrter Herr Botschafter,", "Estimado señor:", "Уважаемый …".
 */
const LETTER =
  /^(?:dear|my dear|cher |chère|querid[oa] |estimad[oa] |your (?:excellency|majesty|royal highness)|sehr geehrter? (?:herr|frau)|liebe[rs]? |уважаемый|уважаемая|шановний|шановна)/iu;

/** Reads a paragraph's opening (and its leading bold run) as a label, or not. */
export type LabelReader = (opening: string, bold: string) => LabelMatch | null;

/**
 * Counts paragraphs that open with a label, looking only at each paragraph's first 120
 * characters and stopping after `limit` paragraphs: cheap on any page. Paragraphs in
 * comment threads, listings and teasers do not count.
 */
export interface ScanOptions {
  /** How a paragraph's opening is read as a label: matchLabel (../segment/labels.ts) unless told. */
  read?: LabelReader;
  /**
   * Whether a paragraph is a question set wholly in italics, read where a press interview sets
   * them so and no bold one asks (segmentation reads them so: lib/segment/turns.ts). The
   * engine's (asksInItalics, ./engine-labels.ts): the content script's bytes are counted.
   */
  italicQuestion?: (paragraph: Element) => boolean;
  /**
   * Read a question and its answer in one paragraph, the question after a triangle and the
   * answer after a dash (Korean papers: "▲ 공관업무 중 시정검토할 사항은 – 부임한지 …"), as segmentation
   * does (lib/segment/turns.ts). The engine's.
   */
  markedExchanges?: RegExp;
  /**
   * Read plain questions: a short paragraph that ends with a question mark, the guest's
   * longer answer after it. Only where the title names an interview: elsewhere a rhetorical
   * question is common, and reading each paragraph's end costs more than its opening.
   */
  plainQuestions?: boolean;
  /**
   * A first person beyond FIRST_PERSON's pronouns: the verbs of languages that drop them, the
   * pronouns of more scripts (lib/text/first-person-forms.ts). The engine's.
   */
  voice?: RegExp;
  /** A speech's address to its audience beyond GREETING's and ADDRESS's words (lib/text/speech-address.ts). The engine's. */
  address?: RegExp;
  /**
   * Whether a paragraph's text asks without a question mark, as a bold or dashed question may end
   * in Greek's ";", Japanese "…か" or a Korean ending ("-- 日米関係をどう見るか", ./engine-labels.ts). The engine's.
   */
  asksUnmarked?: (text: string) => boolean;
  /**
   * Whether a dashed paragraph is set apart in bold or italics, as an interviewer's question is
   * ("<b>– Господин посол, …</b>"): it asks, question mark or not (dashedInEmphasis, ./engine-labels.ts). The engine's.
   */
  dashSetApart?: (paragraph: Element) => boolean;
  /**
   * Whether a dashed paragraph is a news report's quote, its attribution at its end ("– … –
   * powiedział premier.", lib/text/reported-forms.ts): no interview's turn. The engine's.
   */
  reportedQuote?: (paragraph: Element) => boolean;
  /** Whether a label alone on its line is a headline's kicker, the heading after it (./kicker-line.ts): no turn. The engine's. */
  kicker?: (paragraph: Element) => boolean;
  /** A greeting to the page's readers or a sponsor's thanks, which greets no audience (lib/text/reader-greeting.ts). The engine's. */
  readerGreeting?: RegExp;
  /** Whether a paragraph is a heading that names an FAQ ("Perguntas mais frequentes", lib/text/faq-heading.ts): the bold questions under it are a reader's. The engine's. */
  faqHeading?: (text: string) => boolean;
  /**
   * Whether the engine hears a speech's address where the scan's own rule does not: one that runs on
   * into its text, or one on its line after a page's header lines (./heard-address.ts), given
   * how many text paragraphs have been read. The engine's.
   */
  heardAddress?: (opening: string, textParagraphs: number) => boolean;
  /** The title names a briefing or a press conference (lib/sites/judge.ts): a spokesperson's `announcement`s are read. */
  briefingTitle?: boolean;
  /**
   * A spokesperson's announcement of a visit at a paragraph's opening ("At the invitation of …", "应…邀请",
   * lib/text/visit-announcement.ts): under a briefing's title, only who holds the floor makes it, as a
   * greeting is said, and it counts as one. The engine's.
   */
  announcement?: RegExp;
}

export function scanLabels(scope: Document | Element, limit = 4000, options: ScanOptions = {}): LabelScan {
  const distinct = new Set<string>();
  // Only containers inside the scope count: Drupal writes "one-sidebar sidebar-first" on <body>.
  const inListingOrComments = ancestryTest(isListingOrComments, 'nodeType' in scope && scope.nodeType === 1 ? scope : null);
  const weak = new Map<string, number>();
  const scan: LabelScan = { ...NO_LABELS };
  let previous = '';
  let boldSentences = 0;
  let boldAsked = 0;
  let boldFaq = 0;
  let textSinceLabel = 0;
  let plainAsked = 0;
  let italicAsked = 0;
  let markedExchanges = 0;
  let dashAsked = 0;
  let reportedDashes = 0;
  let plainPending = false;
  let underFaq = false;
  // A question set in bold or as a subheading, with no label: an interviewer's, counted as an asker
  // (the plain paragraphs between are the guest's answers: two voices taking turns); one that asks
  // in a reader's voice is an FAQ's entry ("<b>How do I apply?</b> You can …"), no interviewer's.
  // The detector knows only the Latin, full-width and Arabic question marks; the engine passes
  // `asksUnmarked` for segmentation's Greek ";" and Japanese "…か。" (lib/text/asking.ts), which
  // would cost the content script bytes it does not have.
  const boldQuestion = (question: string, paragraph: Element): boolean => {
    if (question.length < QUESTION_MIN || question.length > BOLD_QUESTION_MAX || inListingOrComments(paragraph)) return false;
    if (!/[?？؟]\.?$/u.test(question) && !options.asksUnmarked?.(question)) return false;
    if (underFaq || FAQ_QUESTION.test(question) || ASKS_FOR_ONESELF.test(question) || (scan.answers > 0 && NUMBERED_QUESTION.test(question))) {
      scan.faqQuestions += 1;
      // Nor is it one of the bold sentences counted below as an interviewer's.
      boldFaq += 1;
      return true;
    }
    scan.switches += 1;
    previous = '?';
    distinct.add('answerer');
    distinct.add('?');
    scan.labelled += 1;
    scan.questions += 1;
    scan.asking += 1;
    boldAsked += 1;
    return true;
  };
  for (const paragraph of paragraphsOf(scope, limit, true)) {
    // The bold questions under an FAQ's heading are a reader's.
    if (options.faqHeading?.(collapseWhitespace(openingText(paragraph)).trim())) underFaq = true;
    // News sites set an interview's questions as subheadings ("<h2>Une majorité latine au Conseil
    // fédéral, ça change quoi?</h2>"): a heading that asks is a bold question.
    if (/^h[2-6]$/.test(paragraph.localName)) {
      boldQuestion(collapseWhitespace(openingText(paragraph, BOLD_QUESTION_MAX + 1)), paragraph);
      continue;
    }
    const broken = hasLineBreak(paragraph);
    const lines = broken ? lineOpenings(paragraph) : [termOf(paragraph) + openingText(paragraph)];
    lines.forEach((line, lineIndex) => {
      const opening = line.trimStart();
      if (opening.length >= TEXT_OPENING_MIN || (opening.length >= CJK_TEXT_OPENING_MIN && /[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}]/u.test(opening))) {
        scan.textParagraphs += 1;
        textSinceLabel += 1;
        const reported = REPORTED_SPEECH.test(opening);
        if (reported) scan.reported += 1;
        // The engine's further forms count where the paragraph reports no one: "בן עמי אמר כי "אנחנו …"" quotes him.
        if (FIRST_PERSON.test(opening) || HUMBLE_VERBS.test(opening) || (!reported && options.voice?.test(opening))) scan.firstPerson += 1;
      }
      if (
        (GREETING.test(opening) ||
          EXCLAMATION.test(opening.trim()) ||
          options.address?.test(opening) ||
          (options.briefingTitle && options.announcement?.test(opening))) &&
        !options.readerGreeting?.test(opening)
      )
        scan.greetings += 1;
      if (opening.length < 1) return;
      if (
        scan.labelled === 0 &&
        opening.length <= ADDRESS_MAX &&
        !LETTER.test(opening) &&
        ((scan.textParagraphs <= ADDRESS_AFTER_PARAGRAPHS &&
          /[,:;!]$/u.test(opening.trim()) &&
          (GREETING.test(opening) || ADDRESS.test(opening) || options.address?.test(opening))) ||
          options.heardAddress?.(opening, scan.textParagraphs))
      )
        scan.addressOpening = true;
      const bold = lineIndex === 0 ? leadingBold(paragraph) : '';
      const label = (options.read ?? matchLabel)(collapseWhitespace(opening), bold);
      // A bold line of its own counts as a bold paragraph: "<p><strong>…?</strong><br>The answer…</p>".
      const boldLine = broken && bold !== '' ? line : null;
      if (!label && lineIndex === 0 && isBoldSentence(bold, paragraph, boldLine) && !inListingOrComments(paragraph)) boldSentences += 1;
      // Wholly bold, or the question in bold and the answer after it ("<p><strong>O que a visita pode trazer?</strong> Essa visita …</p>").
      if (!label && boldQuestion(bold, paragraph)) return;
      if (!label && options.markedExchanges?.test(collapseWhitespace(opening))) markedExchanges += 1;
      if (!label && lineIndex === 0 && options.italicQuestion?.(paragraph) && !inListingOrComments(paragraph)) italicAsked += 1;
      // Plain questions count only on a page with no labels and no bold questions: once one is
      // seen, their paragraphs' ends need not be read.
      if (!label && options.plainQuestions && scan.labelled === 0 && weak.size === 0 && !inListingOrComments(paragraph)) {
        // An answer follows a plain question: a longer paragraph, or one that does not ask. A
        // <br> line is read as far as its opening goes: a question is short.
        const whole = collapseWhitespace(lines.length === 1 ? openingText(paragraph, PLAIN_QUESTION_MAX + 1) : line.length < LINE_OPENING ? line : `${line}…`);
        const asks = whole.length <= PLAIN_QUESTION_MAX && whole.length >= QUESTION_MIN && /[?？؟]$/u.test(whole);
        if (plainPending && !asks && whole.length >= ANSWER_MIN) plainAsked += 1;
        if (asks || whole.length >= ANSWER_MIN) plainPending = asks;
      }
      if (!label || inListingOrComments(paragraph) || (label.rest === '' && options.kicker?.(paragraph))) return;
      if (label.dash && !broken && options.reportedQuote?.(paragraph)) {
        reportedDashes += 1;
        return;
      }
      // Numbered askers are one voice ("Q1:", "Q2:", an FAQ's questions), and so are numbered headings ("小标题1:"); a dash is a new
      // voice each time (an interview's "— …" turns alternate between two people).
      // A named voice's number after a space is its own: "Speaker 1", "Speaker 2" (an automatic transcript's two people).
      const key = label.dash
        ? previous === 'dash-a'
          ? 'dash-b'
          : 'dash-a'
        : label.text.toLowerCase().replace(label.kind === 'named' ? /(?<=\S)\d{1,3}$/u : /(?<!\s)\s*\d{1,3}$/u, '');
      if (key !== previous) scan.switches += 1;
      else if (textSinceLabel >= ANSWERS_ONLY_GAP && label.kind === 'named' && !/\d$/u.test(label.text)) {
        // The same name again after paragraphs of someone else's: a page that labels only its
        // answerer ("Prezydent RP:"), the host's questions between, unlabelled. Not numbered
        // askers ("Q1:", "Q2:", an FAQ's) nor numbered headings ("小标题1:").
        scan.switches += 1;
        distinct.add('unlabelled');
      }
      previous = key;
      textSinceLabel = 0;
      const asked =
        lines.length > 1
          ? `${line} ${lines[lineIndex + 1] ?? ''}`
          : label.rest === ''
            ? openingText(paragraph.nextElementSibling ?? paragraph, ASKED_SEARCH)
            : openingText(paragraph, ASKED_SEARCH);
      if (
        label.kind !== 'answer' &&
        (/[?？؟]/u.test(asked) || (label.dash && (options.asksUnmarked?.(asked) || (!broken && options.dashSetApart?.(paragraph)))))
      ) {
        scan.asking += 1;
        if (label.dash) dashAsked += 1;
      }
      if (label.kind === 'question' && FAQ_QUESTION.test(label.rest || asked)) scan.faqQuestions += 1;
      if (label.strength === 'weak') {
        // One capitalised word ("С.В.Лавров:", "Sidhant:") counts once it recurs.
        const weakKey = label.dash ? 'dash' : key;
        weak.set(weakKey, (weak.get(weakKey) ?? 0) + 1);
        return;
      }
      scan.labelled += 1;
      distinct.add(key);
      if (label.kind === 'question') scan.questions += 1;
      if (label.kind === 'answer') scan.answers += 1;
    });
  }
  // Questions with no label, each an asker's turn and the guest's answer after it: two voices taking turns.
  const askerTurns = (count: number, asked: number) => {
    scan.labelled += count;
    scan.questions += count;
    scan.asking += asked;
    scan.switches += count;
    distinct.add('?');
    distinct.add('answerer');
  };
  // Press interviews set every question in bold, with or without its question mark: where the
  // page has several bold sentences, those without one count as askers too.
  // An FAQ's questions in bold ("<p><strong>What is a temporary visitor’s visa?</strong></p>") are none.
  if (boldSentences - boldFaq >= BOLD_SENTENCES_MIN) askerTurns(boldSentences - boldAsked - boldFaq, 0);
  // Questions in italics, two or more where none in bold asks, count as bold ones would.
  if (italicAsked >= ITALIC_QUESTIONS_MIN && boldAsked === 0) askerTurns(italicAsked, italicAsked);
  // Questions and their answers in one paragraph each, two or more.
  if (markedExchanges >= MARKED_EXCHANGES_MIN) askerTurns(markedExchanges, markedExchanges);
  // Plain questions, each answered, count as a bold question would. They are read only under a
  // title that names an interview, where one answered question opens it (a copy cut after its
  // first exchange, an interview of one question), as one dashed question does below.
  if (plainAsked >= 1 && boldAsked === 0 && scan.labelled === 0) askerTurns(plainAsked, plainAsked);
  // One dash that asks, the rest of the page unlabelled: an interview's first question, the answer after it.
  if (weak.get('dash') === 1 && dashAsked === 1 && scan.labelled === 0) askerTurns(1, 1);
  for (const [key, count] of weak) {
    // Dashed quotes that a report attributes, more of them than dashes that ask, make the page's dashes a report's quotes.
    if (count < 2 || (key === 'dash' && reportedDashes > dashAsked)) continue;
    scan.labelled += count;
    distinct.add(key);
    // Dashes that recur are two voices taking turns.
    if (key === 'dash') distinct.add('dash-b');
  }
  scan.distinct = distinct.size;
  return scan;
}

/**
 * The speaker's label a definition list gives its speech in the term before it ("<dt>記者:</dt><dd>…</dd>",
 * Japanese ministries' press conferences), a term that ends as a label does; else nothing.
 */
function termOf(paragraph: Element): string {
  const term = paragraph.localName === 'dd' ? paragraph.previousElementSibling : null;
  const text = term?.localName === 'dt' ? (term.textContent ?? '').trim() : '';
  return /^.{1,40}[:：]$/u.test(text) ? `${text} ` : '';
}

/** Whether the paragraph, or its first line when it has line breaks, is all its bold run: a bold paragraph, not a bold lead-in. */
function isWholeBold(bold: string, paragraph: Element, line: string | null): boolean {
  if (line !== null && collapseWhitespace(line).length <= bold.length + 2) return true;
  return collapseWhitespace(openingText(paragraph, bold.length + BEYOND_BOLD)).length <= bold.length + 2;
}

/** A paragraph wholly in bold that ends as a sentence does (a question, or a remark put to the guest). */
function isBoldSentence(bold: string, paragraph: Element, line: string | null): boolean {
  return bold.length >= BOLD_SENTENCE_MIN && bold.length <= BOLD_QUESTION_MAX && BOLD_SENTENCE_END.test(bold) && isWholeBold(bold, paragraph, line);
}

/**
 * An FAQ's numbered question ("1. What is a travel visa?", "2- Preciso de visto para estudar?"), read as
 * the FAQ's once the page has labelled an answer with an answer word ("Answer:", "Resposta:"): a written
 * interview numbers its questions too, but its guest answers under no such word.
 */
const NUMBERED_QUESTION = /^\d{1,2}[.)-]\s/u;

/** How many paragraphs of a question and its answer make an interview's. */
const MARKED_EXCHANGES_MIN = 2;

/** How many questions in italics make an interview's, as many as segmentation asks for (lib/segment/turns.ts). */
const ITALIC_QUESTIONS_MIN = 2;

function isListingOrComments(element: Element): boolean {
  // <article> is one text whatever its theme calls it (WordPress's Sahifa: "post-listing post").
  if (element.localName === 'body' || element.localName === 'html' || element.localName === 'article') return false;
  if (element.localName === 'a') return true;
  // A listing's item links to the page it announces; an interview set as a list of turns
  // ("<li><b>中國網:</b><p>…</p></li>") links nowhere.
  if (element.localName === 'li') return element.querySelector('a[href]') !== null;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return marks.length > 1 && NOT_ONE_TEXT.test(marks);
}
