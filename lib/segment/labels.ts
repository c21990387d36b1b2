/**
 * Speaker labels at the start of a paragraph, in every shape the corpus shows: "Question:",
 * "Sergey Lavrov:", "MR PRICE:", "Kojima, NHK:", "С.В.Лавров:", "总台央视记者：", "【記者】",
 * "Q - ...", "Q. ...", "Q  ...", "FRAGE JUNG:", a bold name glued to its text, "Question" alone
 * on its line. A colon inside a sentence ("Let me be clear: ...") is not a label; the rules
 * below tell them apart from the words before the colon alone. Each rule says why it exists.
 * Every pattern is anchored and bounded: no nested repetition, no backtracking on page text.
 * Scripts go by their short property name (\p{sc=Han}, not \p{Script=Han}): the same letters, in
 * fewer of the content script's bytes.
 */

/** Up to 90 characters before a colon (Latin or full-width), then space or the end. */
const LABEL_AT_START = /^([^:：\n]{1,90}?)\s*(:|：)(?:\s+|$)|^([^:：\n]{1,40})(：)/u;

/**
 * Chinese, Japanese and Korean labels take an ASCII colon with no space after it as often as a
 * full-width one ("澎湃新闻记者:我们注意到", reposts of the China MFA's pages), before a number too
 * where the label is in those scripts ("宗兴:21世纪是…", "青年世界报:1987至88年您…"): no clock's time. A
 * journalist's label is label-reading.ts's (cjkOutletLabel), which tells it from a report's "他对记者:".
 */
const CJK_LABEL_AT_START =
  /^([^:：\n]{1,30}):(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}“「《（(]|\d{1,4}[年月日号]|(?<![记記]者:)(?<=[\p{sc=Han}\p{sc=Hangul}]:)\d{1,4}\p{sc=Han})/u;

/**
 * Labels in brackets: Japan's minutes ("【記者】", "【上川大臣】"), Korea's briefings ("<질문>",
 * "<답변>"), "[Question]". Square and angle brackets take only question and answer words.
 */
const BRACKET_LABEL = /^【([^】\n]{1,30})】\s*|^[<＜〈［[‹]([^>＞〉］\]›\n]{1,20})[>＞〉］\]›]\s*|^[(（]([^)）\n]{1,12})[)）]\s*/u;

/**
 * Question and answer words before a dash or a full stop instead of a colon: France's "Q - ..."
 * and "R - ...", "Q. ..." and "A. ...", "Frage – ...". Only these words: a name before a dash
 * is far more often the start of a sentence.
 */
/** The question words of every language of the corpus: "Question:", "Вопрос:", "Frage –". */
const QUESTION_WORDS =
  'question|frage|pregunta|pergunta|domanda|pytanie|soru|вопрос|питання|hỏi|vraag|fråga|spørgsmål|spørsmål|otázka|întrebare|ερώτηση|ερωτηση|kérdés|pitanje|kysymys|سؤال|پرسش|שאלה|प्रश्न';
/** The answer words: "Réponse:", "Ответ:", "Antwort –". */
const ANSWER_WORDS =
  'réponse|reponse|antwort|respuesta|resposta|risposta|odpowiedź|cevap|ответ|відповідь|đáp|ðáp|antwoord|svar|odpověď|răspuns|απάντηση|απαντηση|válasz|odgovor|vastaus|جواب|پاسخ|תשובה|उत्तर';
export const QA_WORDS = `${QUESTION_WORDS}|${ANSWER_WORDS}`;
const DASHED_LABEL = new RegExp(`^([qrapdسج]|${QA_WORDS})\\s?[-–—]\\s+`, 'iu');
/**
 * "Q. ...", "A. ...", and the Spanish, Portuguese and Italian press's "Pregunta. ..." /
 * "Respuesta. ..." then "P. ..." / "R. ..." (El País), "D. ..." / "R. ...": a question or answer
 * word, a full stop, and a sentence.
 */
/** A letter of a script without capitals: Korean and Chinese labels take no space after their stop. */
const CJK_LETTER = '[\\p{sc=Han}\\p{sc=Hangul}\\p{sc=Hiragana}\\p{sc=Katakana}]';
const DOTTED_LABEL = new RegExp(`^([QAPRD]|${QA_WORDS})\\.(?:\\s+|(?=${CJK_LETTER}))`, 'iu');
/** What follows a dotted label: a sentence's capital, a quote or Spanish's opening marks, or a script without capitals ("Q.과학이나 …", no space after the stop). */
const SENTENCE_OPENING = /^[\p{Lu}"“«¿¡\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/**
 * "Q  Thank you, Karine." and "A  Well, ...": the White House writes the letters with no
 * colon. Weak: "A" starts sentences, so these count only where the page has many of them.
 */
const BARE_LABEL = /^(Q|A)\s+(?=[\p{Lu}"“‘¿¡(])/u;

/**
 * Spain's and Argentina's stenographic versions end the label with ".-": "CAPITANICH.- Muy
 * buenos días", "PREGUNTA.- ...", "Secretario de Estado de Comunicación.- Bueno".
 */
const DOT_DASH_LABEL = /^([^.:\n]{1,90})\.-\s*/u;

/**
 * The American Presidency Project's labels: an office and a surname, then a full stop
 * ("President Biden. All the flowers bloomed.", "Prime Minister Sunak. Well, Joe, welcome.").
 * Weak: "President Biden." may open a sentence too; they count where they recur.
 */
const OFFICE_DOT_LABEL =
  /^((?:President|Vice President|Prime Minister|Secretary|Chancellor|Minister|Foreign Minister|Ambassador|Premier|General Secretary|Mr|Ms|Mrs)\.? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\.\s+(?=[\p{Lu}"“‘[(¿¡])/u;

/**
 * Parliaments' stenographic records end a speaker's name in capitals with a full stop, an office
 * after a comma perhaps: "PRESIDENTE. L'ordine del giorno …", "GIULIO TERZI DI SANT'AGATA,
 * Ministro degli affari esteri. Presidente Stefani, …". Weak: they count where they recur.
 */
const CAPITALS_DOT_LABEL = /^(\p{Lu}[\p{Lu}\p{M}'’ ]{3,60})(?:,\s[^.,:;?!]{3,80})?\.\s+(?=\p{Lu})/u;

/**
 * A name in capitals before a dash: "ВЛАДИМИР ПУТИН – Мы в тесном контакте", "LARRY KING — ...",
 * and Turkey's hyphen glued to the name ("SUNUCU- İyi akşamlar", "CUMHURBAŞKANI ERDOĞAN- Hoş bulduk").
 */
const CAPITALS_DASH_LABEL = /^(\p{Lu}[\p{Lu}\p{M}.'’ ]{1,60}?)(?:\s+[–—]|(?<=\p{Lu})-)\s+/u;

/**
 * A name or initials, then a hyphen or dash and the words, its space before the dash only
 * ("Francisco Seixas da Costa -Não.", "DE - Sempre quis ser diplomata?", Portuguese papers'
 * interviews), a sentence after it ("INTELLIGENCE MATTERS - TONY BLINKEN" is a heading). Weak: they
 * count where they recur.
 */
/** Words of a kind of text, which a heading before a dash holds and a name does not. */
const KIND_WORD = /(?<!\p{L})(?:interview|doorstop|transcript|briefing|press|conference|statement|remarks|speech|entrevista|entretien|intervista)(?!\p{L})/iu;
const NAME_DASH_LABEL = /^(\p{Lu}[\p{L}\p{M}.'’ ]{1,60}?)\s[-–—]\s?(?=\p{Lu}[\p{Ll}\s]|[¿¡«"“])/u;

/**
 * An interview whose turns open with a dash and no name ("— Сергей Викторович, ...?",
 * "-Estamos hablando ...", Japanese "――まず、…?", "−−…" and "——特に…?"; not Chinese "——談中印關系",
 * a subheading with no kana): the dash marks a change of speaker. Which turn asks is settled
 * once all are seen (turns.ts): they alternate, the interviewer first.
 */
// A double dash may run into a number ("--9月13日の就任から…", the Sankei's questions); a single one is a minus or a list's.
// eslint-disable-next-line regexp/no-obscure-range -- hiragana and katakana (U+3041–U+30FF) as one range: shorter in the content script than their script properties
const DASH_TURN = /^(?:(--|−−|――)(?=\d)|(--|−−|――|——(?=\p{sc=Han}{0,6}[ぁ-ヿ])|[—–―-])\s?(?=[\p{L}¿¡«"“『「]))/u;

/** The web chat's user name in brackets that closes a label, or null: "QUESTION [vpekic]", "ANSWER [Ambassador Michael Polt]". */
export function chatName(text: string): string | null {
  const open = text.lastIndexOf('[');
  if (open <= 0 || !text.endsWith(']') || text.length - open > CHAT_NAME_MAX || text.indexOf(']', open) !== text.length - 1) return null;
  return text.slice(open + 1, -1);
}

/** The text without a web chat's user name after it. */
function withoutChatName(text: string): string {
  const name = chatName(text);
  return name === null ? text : text.slice(0, text.lastIndexOf('[')).trimEnd();
}

/** A question or answer word alone on its line, with no colon ("Question", "Frage", "질문"). */
const ALONE_LABEL = new RegExp(`^(?:${QA_WORDS}|[q问答]|answer|запитання|질문|質問|답변|pertanyaan|jawaban|wartawan|jornalista|giornalista|pv|سوال)$`, 'iu');

/**
 * A name in capitals alone on its line, the text on the next ("PATRICK COHEN" then "Bonjour
 * Edouard PHILIPPE.": France's vie-publique.fr, radio and TV transcripts, "ВЛАДИМИР ПУТИН").
 * Two to four words, no comma: a heading in capitals has more, or commas.
 */
const CAPITALS_ALONE = /^\p{Lu}[\p{Lu}\p{M}.'’-]*(?: \p{Lu}[\p{Lu}\p{M}.'’-]*){1,3}$/u;
const CAPITALS_ALONE_MAX = 40;

/**
 * Askers whose name the transcript does not give, in every language of the corpus.
 * Parentheses may add an outlet or a note ("Question (RIA Novosti):"), square brackets a web
 * chat's user name ("QUESTION [vpekic]:", "Q [Tony]:"; the answer's "ANSWER [Ambassador …]:").
 */
const ANONYMOUS_ASKER = new RegExp(
  `^(?:${QUESTION_WORDS}|questions|[qpdtس问問문]\\.?|fr\\.|вопросы|reporters?|journalists?|journalistin|correspondents?|корреспондент|журналист|журналіст|кореспондент|запитання|speaker|audience(?:\\s+member)?|participant|участник|voice|голос|(?:${VOICE_WORDS})\\s?\\d{1,2}|реплика|читатель|слушатель|зритель|question from [^()]{1,60}|interlocutor|interlocutora|interviewer|interviewerin|intervieweur|reportero|reportera|fragesteller|zusatzfrage|nachfrage|follow-up|journaliste|periodista|jornalista|repórter|giornalista|cronista|dziennikarz|dziennikarka|red\\.|redakcja|gazeteci|muhabir|wartawan|pertanyaan|soalan|tanya|pv|phóng viên|nhà báo|câu hỏi|câu\\s?\\d{1,3}|intervención|intervenção|member of the media|member of the press|media|verslaggever|novinář|redaktor|jurnalist|δημοσιογράφος|δημοσιογραφος|riporter|újságíró|novinar|питање|новинар|въпрос|toimittaja|سوال|خبرنگار|עיתונאי|כתב|सवाल|पत्रकार|السؤال|الصحفي|استطرد سائلا|記者|记者|質問|提问|提問|질문|기자)(?:\\s*\\d{1,3})?(?:\\s*\\([^()]*\\)|\\s*\\[[^[\\]]{1,60}\\])?$`,
  'iu',
);

/**
 * Anonymous answers ("A:" in older Chinese MFA copies, "R -" in France's, "답변:" in Korea's), with the answerer's
 * initials or name in brackets as questions have them ("Jawaban (J):" after "Pertanyaan (P):", "Answer (Dr. …):").
 */
const ANONYMOUS_ANSWER = new RegExp(
  `^(?:${ANSWER_WORDS}|[arjج答답]\\.?|antw\\.|answer|yanıt|jawaban|jawapan|jawab|trả lời|odpoveď|одговор|отговор|जवाब|الجواب|الإجابة|الاجابة|إجابة|回答|答复|답변)(?:\\s*\\([^()]{1,60}\\)|\\s*\\[[^[\\]]{1,60}\\])?$`,
  'iu',
);

/**
 * "FRAGE JUNG:" in Germany's government press conferences: the question word, then the
 * journalist's name.
 */
const NAMED_ASKER = /^(?:frage|zusatzfrage|question|вопрос|pregunta|питання|pergunta|domanda|pytanie|soru)\s+(\S.{0,90})$/iu;
/** The asker's name in brackets right after the question word's colon. */
const ASKER_IN_BRACKETS = /^\(([^()\n]{3,40})\)\s*/u;
/** The journalist's name after the question word: capitalised words, in capitals or not. */
const ASKER_NAME = /^\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2}$/u;

/**
 * Endings of CJK labels that make one a label whatever else it says: a journalist
 * ("法新社记者", "NHK記者") or an office ("发言人", "外務報道官", "上川大臣", "財政司司長", "대변인").
 */
export function endsWithCjkRole(words: string): boolean {
  const compact = words.replace(/\s+/g, '');
  return CJK_JOURNALIST.test(compact) || CJK_OFFICE.test(compact);
}

/**
 * The longest bold run ending in a colon that is a label whatever its words ("Министр
 * иностранных дел России С.В.Лавров:"); a longer one is a sentence introducing what follows
 * ("Дивіться ексклюзивне інтерв'ю DW із ... Оленою Зеркаль:").
 */
const BOLD_LABEL_MAX = 70;

/**
 * Press interviews set their questions in bold with no label. How many bold sentences make a
 * page's bold paragraphs its questions, and how a bold sentence ends (a topic heading ends with
 * no punctuation). Segmentation (turns.ts) and detection's
 * label scan (lib/detection/label-scan.ts) read bold paragraphs by this one rule.
 */
export const BOLD_SENTENCES_MIN = 3;
export const BOLD_SENTENCE_END = /[.?!…。？！؟»"”]$/u;

/**
 * Interviews whose questions are plain paragraphs: the longest read as a question, and how many
 * make a page of them (segmentation and detection's label scan read them by this one rule).
 */
export const PLAIN_QUESTION_MAX = 400;
export const PLAIN_QUESTIONS_MIN = 2;

/** The longest bold paragraph read as a question: longer bold text is a quoted passage. */
export const BOLD_QUESTION_MAX = 600;

/** The shortest paragraph read as a question, plain or bold (turns.ts and detection's label scan): a shorter "…?" is a heading or a quip. */
export const QUESTION_MIN = 10;

/** The longest bold name alone on its line read as a label. */
const BOLD_ALONE_MAX = 50;

/** The longest CJK label that may be a bare name, and what a CJK run is. */
const CJK_NAME_MAX = 12;
const CJK_RUN = /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]+$/u;

/** The longest outlet label in ordinary words ("Первый информационный"). */
const OUTLET_LABEL_MAX = 40;

/** Words wholly in square brackets before a colon: an anonymised label. */
const BRACKETED_WORDS = /^\[([^[\]\n]{1,80})\]$/u;

/** "Matthew Miller (00:41):": a name, then a recording's time in brackets, then the colon. */
const TIMED_LABEL = /^([^:()\n]{1,60}?)\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s*:/u;

/**
 * "Voz 1 00:00 …", "Speaker 2 01:15 …": an automatic transcript's numbered voice, then the time,
 * and no colon (Spanish radios' transcripts, otter.ai's exports).
 */
const TIMED_VOICE = new RegExp(`^((?:${VOICE_WORDS})\\s?\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?=\\s)`, 'iu');

/** "(00:45)", "(01:02:10)": a recording's time stamp after a label. */
const TIMESTAMP = /^\(\d{1,2}:\d{2}(?::\d{2})?\)\s*/u;

/** The most a bold run glued to its text may hold and still be a label ("<b>Minister</b>The ..."). */
const GLUED_LABEL_MAX = 60;

/** The most words of an Arabic name or outlet, and the words an Arabic office starts with. */
const ARABIC_NAME_WORDS = 4;
const ARABIC_OFFICE_START = /^(?:المسؤول|المسؤولة|المتحدث|المتحدثة|الوزير|الوزيرة|وزير|وزيرة|مدير|مديرة|السفير|السفيرة|الرئيس|نائب)\s/u;

/** Lower-case words allowed inside a name or a role ("President of France", "de Mistura"). */
const PARTICLES = /* @__PURE__ */ wordSet('of|for|and|the|on|to|in|de|da|del|der|den|van|von|la|le|al|bin|ibn|y|и|по|при|в|для');

/**
 * Words that start sentences far more often than labels: "Regarding Syria: ...",
 * "Note: ...", "Firstly: ...". A label whose first word is one of these needs bold type.
 */
const SENTENCE_STARTERS = /* @__PURE__ */ wordSet(
  'regarding|concerning|as|in|on|at|for|with|about|now|so|thus|also|first|firstly|second|secondly|third|thirdly|finally|lastly|note|update|example|and|but|the|this|that|these|those|our|my|we|i|it|there|here|today|yesterday|moreover|however|besides|again|please|dear|ladies|colleagues|tags|source|photo|time|date|location|venue|subject|attention|important|summary|background|consular|moscow|london|tel|phone|fax|email|e-mail|address|warning|ps|p.s.|nb|why|what|how|who|when|where',
  'итак|например|кстати|напомню|во-первых|во-вторых|в-третьих|так|что|это|по|в|на|и|но|а|тел|адрес|факс|москва|источник|теги',
);

import { CJK_JOURNALIST, CJK_OFFICE, isRoleWord, MODERATOR, OUTLET } from '../vocabulary/name-words';
import { GERMAN_MINISTRY, VOICE_WORDS } from './speakers';
import { REPORTED_SPEECH } from '../text/register';
import { wordSet } from '../vocabulary/word-set';

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
   * capitalised words, a name with a role or outlet), or `weak` (one capitalised word, a bare
   * "Q", which counts only once the page has shown others).
   */
  strength: 'strong' | 'weak';
  /** A named label that asks ("FRAGE JUNG:"): its speaker is a journalist. */
  asks?: boolean;
  /** A dash that opens a turn of an unnamed dialogue: question or answer by alternation. */
  dash?: boolean;
  /** A name alone on its line in bold: a label only where it recurs (a byline in bold is not one). */
  alone?: boolean;
  /** A speaker's initials with no colon ("TAG Thank you, …"): a label where the page spells their name (./initials-label.ts). */
  initials?: boolean;
}

/**
 * The label at the start of `text`, if the words before the colon read as one.
 * `boldPrefix` is the text of the paragraph's leading bold run, if it has one: a bold run
 * that ends with a colon is a label whatever its words.
 */
export function matchLabel(written: string, boldPrefix = ''): LabelMatch | null {
  // A blog's decoration before the label: "| Q. Le ministre …", "• Question: …".
  const text = LEADING_MARK.test(written) ? written.replace(LEADING_MARK, '') : written;
  if (boldPrefix === '' && !mayOpenWithLabel(text)) return null;
  const label =
    bracketLabel(text) ??
    colonLabel(text, boldPrefix) ??
    markedLabel(text) ??
    officeDotLabel(text) ??
    dashLabel(text) ??
    aloneLabel(text, boldPrefix) ??
    gluedBoldLabel(text, boldPrefix) ??
    afterDateline(text);
  // A contents heading is no one's label ("【主な項目】", "Contents:", "Sommaire :").
  return label && CONTENTS.test(label.text) ? null : label;
}

/**
 * A wire service's dateline before the first label, in one paragraph: "Washington, DC —
 * SECRETARY KERRY: Well, good afternoon …". The dateline goes with the label; only a colon label
 * in capitals counts after it, the form of a transcript and not of a news report's sentence.
 */
function afterDateline(text: string): LabelMatch | null {
  const dateline = DATELINE_BEFORE_LABEL.exec(text);
  if (!dateline) return null;
  const label = colonLabel(text.slice(dateline[0].length), '');
  if (!label || label.strength !== 'strong' || label.text !== label.text.toUpperCase() || !/\p{Lu}/u.test(label.text)) return null;
  return { ...label, raw: `${dateline[0]}${label.raw}` };
}

/** A place (and a date) and a dash: "Washington, DC — ", "MOSCOW, March 3 - ". */
const DATELINE_BEFORE_LABEL = /^\p{Lu}[\p{L}.'’ ]{1,30}(?:, [\p{L}\d. ]{1,20})? [—–-] (?=\p{Lu})/u;

/** A pipe, a bullet or an arrow and a space before a label. */
const LEADING_MARK = /^[|•►▶]\s+/u;

/** Words that head a page's contents, labels in shape only. */
const CONTENTS = /^(?:主な項目|目次|主要内容|contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|содержание|зміст|índice|indice|목차|주요 내용)$/iu;

/**
 * A cheap first look, so that the paragraphs of a page that open with no label (most of them)
 * cost one short scan: a colon near the start, a bracket, a dash, a letter label, ".-", a dash
 * after capitals, or a line short enough to be a label alone.
 */
const MAY_BE_LABEL =
  /^\p{Lu}{4}[^.]{0,140}\.\s|^.{0,92}?[:：]|^(?:President|Vice President|Prime Minister|Secretary|Chancellor|Minister|Foreign Minister|Ambassador|Premier|General Secretary|Mr|Ms|Mrs)\.? \p{Lu}[^.]{1,40}\.\s|^[^:]{1,60}\(\d{1,2}:\d{2}|^[【<＜〈［[(（‹—–―-]|^[QARPDqarpdسج]\s?[-–—.]?\s|^[QARPD]\.[\p{sc=Han}\p{sc=Hangul}]|^\p{L}{4,12}\s?[.–—-]\s|^.{0,92}?\.-|^\p{Lu}[^a-z]{1,60}?(?:\s[–—]|\p{Lu}-)\s|^\p{Lu}[^-–—:.]{1,60}?\s[-–—]\s?\p{Lu}|^\p{Lu}[^\p{Ll},]{1,39}$/u;
const ALONE_MAX = 20;

function mayOpenWithLabel(text: string): boolean {
  return text.length <= ALONE_MAX || MAY_BE_LABEL.test(text) || (text.length <= ALONE_MAX + CHAT_NAME_MAX && text.endsWith(']'));
}

/** How long a web chat's user name in brackets may be, the brackets counted. */
const CHAT_NAME_MAX = 62;

/** The shortest name in capitals before a full stop read as a stenographic label ('PRESIDENTE.', the Italian Senate's records). */
const DOT_LABEL_MIN = 4;

/** "President Biden. All the flowers bloomed.": an office and a surname before a full stop. */
function officeDotLabel(text: string): LabelMatch | null {
  const found = OFFICE_DOT_LABEL.exec(text) ?? CAPITALS_DOT_LABEL.exec(text);
  if (!found) return null;
  if (found[1]!.length < DOT_LABEL_MIN || nameShape(found[1]!) === 'none') return null;
  return { raw: found[0].trim(), text: found[1]!, kind: 'named', rest: text.slice(found[0].length).trim(), strength: 'weak' };
}

/** "CAPITANICH.- ...", "ВЛАДИМИР ПУТИН – ...", and the bare dash of an unnamed dialogue. */
function dashLabel(text: string): LabelMatch | null {
  const found = DOT_DASH_LABEL.exec(text) ?? CAPITALS_DASH_LABEL.exec(text);
  if (found) {
    const words = found[1]!.trim();
    const rest = text.slice(found[0].length).trim();
    const anonymous = anonymousKind(words);
    if (anonymous) return { raw: found[0].trim(), text: words, kind: anonymous, rest, strength: 'strong' };
    const shape = nameShape(words);
    if (shape === 'none' || shape === 'starter') return null;
    // A speaker's words open as a sentence does; a news dateline's agency does not ("ROMA – focus/ aise – …").
    if (/^\p{Ll}/u.test(rest)) return null;
    return {
      raw: found[0].trim(),
      text: words,
      kind: 'named',
      rest,
      strength: shape === 'several' || isCapitals(words) || isOfficeOrModerator(words) ? 'strong' : 'weak',
    };
  }
  const nameDash = NAME_DASH_LABEL.exec(text);
  if (nameDash) {
    const words = nameDash[1]!.trim();
    const shape = nameShape(words);
    const anonymous = anonymousKind(words);
    if (anonymous) return { raw: nameDash[0].trim(), text: words, kind: anonymous, rest: text.slice(nameDash[0].length).trim(), strength: 'strong' };
    // Not a kind of text and a place ("DOORSTOP INTERVIEW - ADMIRALTY HOUSE").
    const named = (shape === 'several' || (shape === 'single' && isCapitals(words))) && !KIND_WORD.test(words);
    if (named) return { raw: nameDash[0].trim(), text: words, kind: 'named', rest: text.slice(nameDash[0].length).trim(), strength: 'weak' };
  }
  const dash = DASH_TURN.exec(text);
  if (!dash) return null;
  // "- Ignazio Cassis: La patience …": a dash, then the speaker's name as a label.
  const named = colonLabel(text.slice(dash[0].length), '');
  const mark = dash[1] ?? dash[2]!;
  if (named && named.kind !== 'question' && named.kind !== 'answer') return { ...named, raw: `${mark} ${named.raw}` };
  // Weak: a dash opens lists and asides too; the page must show several.
  return { raw: mark, text: mark, kind: 'question', rest: text.slice(dash[0].length).trim(), strength: 'weak', dash: true };
}

function isCapitals(words: string): boolean {
  return /\p{Lu}/u.test(words) && !/\p{Ll}/u.test(words);
}

function colonLabel(text: string, boldPrefix: string): LabelMatch | null {
  // "Matthew Miller (00:41):", "Speaker 2 (00:02):": a recording's time before the colon (rev.com's
  // transcripts) holds a colon of its own; the label is the words before it.
  const timed = TIMED_LABEL.exec(text) ?? TIMED_VOICE.exec(text);
  if (timed) {
    const label = colonLabel(`${timed[1]!}:${text.slice(timed[0].length)}`, boldPrefix === '' ? '' : `${timed[1]!}:`);
    return label ? { ...label, raw: timed[0].trim() } : null;
  }
  const found = LABEL_AT_START.exec(text) ?? CJK_LABEL_AT_START.exec(text);
  if (!found) return null;
  // "[SENIOR STATE DEPARTMENT OFFICIAL]:": background briefings put the anonymised official's
  // label in square brackets (state.gov and its translations); the words inside are the label.
  const written = (found[1] ?? found[3] ?? '').trim();
  // "1. Sputnik:", "(2) NHK:": Vietnam's MOFA numbers each question before its asker.
  const number = NUMBERED.exec(written)?.[0] ?? '';
  // A web chat's "Laila Freivalds säger:", "Nicke says:": the name, then a verb of saying.
  const named = written.replace(SAYS, '');
  const words = BRACKETED_WORDS.exec(named)?.[1]!.trim() ?? named.slice(number.length);
  const colon = found[2] ?? found[4] ?? ':';
  if (words === '') return null;
  // As written: French puts a space before the colon ("Question :").
  const raw = text.slice(0, found[0].lastIndexOf(colon) + 1).trimStart();
  // A recording's time after the label ("Karine Jean-Pierre: (00:45)") is not the turn's text.
  const rest = text.slice(found[0].length).trim().replace(TIMESTAMP, '');
  const boldRun = normalizeBold(boldPrefix);
  const label = normalizeBold(raw);
  // The bold run is the label itself ("<b>Министр иностранных дел России С.В.Лавров:</b>"), or
  // starts with it (China's questions: the whole paragraph bold, outlet and question).
  const boldLabel = boldRun !== '' && (boldRun === label || boldRun === label.slice(0, -1));
  const bold = boldRun !== '' && boldRun.startsWith(label.slice(0, -1));

  const anonymous = anonymousKind(words);
  // "SORU: (SÜMEYYE CEYLAN) Son yıllarda …": the asker's name in brackets after the question word.
  const namedAfter = anonymous === 'question' ? ASKER_IN_BRACKETS.exec(rest) : null;
  if (namedAfter && nameShape(namedAfter[1]!) !== 'none')
    return {
      raw: `${raw} ${namedAfter[0].trim()}`,
      text: namedAfter[1]!.trim(),
      kind: 'named',
      rest: rest.slice(namedAfter[0].length).trim(),
      strength: 'strong',
      asks: true,
    };
  if (anonymous) return { raw, text: words, kind: anonymous, rest, strength: 'strong' };
  const asker = NAMED_ASKER.exec(words);
  if (asker && ASKER_NAME.test(asker[1]!)) return { raw, text: asker[1]!, kind: 'named', rest, strength: 'strong', asks: true };

  // ...as long as it ends on a name ("С.В.Лавров", "Maria Zakharova"), not "Answers to media questions:".
  if (
    boldLabel &&
    words.length <= BOLD_LABEL_MAX &&
    !/[?!]/.test(words) &&
    /^[\p{Lu}\p{Lo}]/u.test(
      words
        .replace(/\([^()]*\)|[„“”«»"]/gu, '')
        .trim()
        .split(/[\s,]+/)
        .pop() ?? '',
    )
  )
    return { raw, text: words, kind: 'named', rest, strength: 'strong' };
  // A CJK name is a few characters; a longer run before a colon is a sentence ("以下是…的答問內容："),
  // unless it ends with a journalist's or an office's word ("中央廣播電視總臺央視海峽兩岸記者").
  // Notes in brackets and spaces do not make a sentence a name ("以下是行政長官梁振英今日(七月三日)晚上…的發言全文").
  const compact = words.replace(/[(（][^()（）]*[)）]/gu, '').replace(/\s+/gu, '');
  if (CJK_RUN.test(compact) && compact.length > CJK_NAME_MAX && !endsWithCjkRole(compact)) return null;
  const shape = nameShape(words);
  // An outlet's name in ordinary words ("Российская газета:", "Первый информационный:").
  // An office alone, in words of any case ("Đại sứ:", "Bộ trưởng:", "Juru bicara:"): the official's label.
  if (shape === 'none' && isOfficeWords(words)) return { raw, text: words, kind: 'named', rest, strength: 'strong' };
  if (shape === 'none')
    return OUTLET.test(words) && words.length <= OUTLET_LABEL_MAX && /^\p{Lu}/u.test(words) && !/[?!.]/u.test(words)
      ? { raw, text: words, kind: 'named', rest, strength: 'strong' }
      : null;
  // A surname with its ministry's initials ("WAGNER (AA):", Germany's government press conferences) is a label once.
  if (
    bold ||
    (shape === 'single' && (endsWithCjkRole(words) || isOfficeOrModerator(words) || (number !== '' && OUTLET.test(words)) || GERMAN_MINISTRY.test(words)))
  )
    return { raw, text: words, kind: 'named', rest, strength: 'strong' };
  // "The Paper:", China's outlet, starts like a sentence and is a label all the same.
  if (shape === 'starter') return OUTLET.test(words) ? { raw, text: words, kind: 'named', rest, strength: 'strong' } : null;
  return { raw, text: words, kind: 'named', rest, strength: shape === 'several' ? 'strong' : 'weak' };
}

/** "【記者】質問です": the bracketed words are the label, anonymous or named. */
function bracketLabel(text: string): LabelMatch | null {
  const found = BRACKET_LABEL.exec(text);
  if (!found) return null;
  const words = (found[1] ?? found[2] ?? found[3]!).trim();
  const rest = text.slice(found[0].length).trim();
  const raw = found[0].trim();
  const anonymous = anonymousKind(words);
  if (anonymous) return { raw, text: words, kind: anonymous, rest, strength: 'strong' };
  // Parentheses ("(外務大臣)", Japan's minutes) hold a CJK office, before the words or alone on their
  // line ("(内閣広報官)", then the words: the Prime Minister's Office's press conferences, reposted);
  // "(Laughter.)" and "(Minister)" are no label. Angle and square brackets hold an office in any script.
  if ((found[3] !== undefined && endsWithCjkRole(words)) || (found[1] === undefined && (found[2] || /^\p{sc=Han}/u.test(words)) && isOfficeOrModerator(words)))
    return { raw, text: words, kind: 'named', rest, strength: 'strong' };
  if (found[1] === undefined) return null;
  return nameShape(words) === 'none' ? null : { raw, text: words, kind: 'named', rest, strength: 'strong' };
}

/** "Q - ...", "R - ...", "Q. ...", and the White House's bare "Q ...". */
function markedLabel(text: string): LabelMatch | null {
  const dotted = DOTTED_LABEL.exec(text);
  // A letter is a capital ("P.", not "p."), and a sentence follows the full stop.
  const dashed =
    DASHED_LABEL.exec(text) ??
    (dotted && SENTENCE_OPENING.test(text.slice(dotted[0].length)) && (dotted[1]!.length > 1 || /\p{Lu}/u.test(dotted[1]!)) ? dotted : null);
  const found = dashed ?? BARE_LABEL.exec(text);
  if (!found) return null;
  const kind = anonymousKind(found[1]!);
  if (!kind) return null;
  const raw = found[0].trim();
  // "A. ", "P. ", "R. ", "D. " and a bare letter open ordinary sentences, lists and initials too: they must recur.
  const strong = dashed !== null && !(found[1]!.length === 1 && found[1] !== 'Q' && raw.endsWith('.'));
  return { raw, text: found[1]!, kind, rest: text.slice(found[0].length).trim(), strength: strong ? 'strong' : 'weak' };
}

function aloneLabel(text: string, boldPrefix = ''): LabelMatch | null {
  // A web chat's user name in square brackets may follow the word: "ANSWER [Ambassador Michael Polt]".
  if (ALONE_LABEL.test(withoutChatName(text))) {
    const kind = anonymousKind(text);
    return kind ? { raw: text, text, kind, rest: '', strength: 'strong' } : null;
  }
  // A name alone on its line in bold, the words on the next ("Deschauer (AA)", "Vorsitzende Welty",
  // Germany's government press conferences): a label where it recurs, or where an office or a
  // ministry's initials say so. A bold topic heading has lower-case words, or punctuation.
  if (
    boldPrefix !== '' &&
    normalizeBold(boldPrefix) === normalizeBold(text) &&
    text.length <= BOLD_ALONE_MAX &&
    !/[.,;:!?…。？！]/u.test(text.replace(/\([^()]*\)/g, ''))
  ) {
    const shape = nameShape(text);
    // Scripts without capitals cannot tell a name from a subheading by its shape.
    if (shape === 'none' || shape === 'starter' || !/\p{Lu}/u.test(text)) return null;
    const office = GERMAN_MINISTRY.test(text) || isOfficeOrModerator(text.split(/\s+/u)[0] ?? '');
    return { raw: text, text, kind: 'named', rest: '', strength: office ? 'strong' : 'weak', alone: true };
  }
  // Weak: it counts where the page repeats it or its title names it (turns.ts).
  if (text.length <= CAPITALS_ALONE_MAX && CAPITALS_ALONE.test(text) && nameShape(text) === 'several') {
    return { raw: text, text, kind: 'named', rest: '', strength: 'weak' };
  }
  return null;
}

/**
 * "<b>Minister</b>The ...": a short bold run that reads as a name or a question word, glued
 * to the text it labels. A name counts only where it recurs (a bold lead-in is common).
 */
function gluedBoldLabel(text: string, boldPrefix: string): LabelMatch | null {
  const bold = boldPrefix.trim();
  if (bold === '' || bold.length > GLUED_LABEL_MAX || !text.startsWith(bold) || /[.,;!?…。？！؟]$/u.test(bold)) return null;
  // "<strong>Alain Juppé</strong> - Mesdames et Messieurs": a dash may stand for the colon.
  const rest = text
    .slice(bold.length)
    .trim()
    .replace(/^[-–—]\s+/u, '');
  if (rest === '') return null;
  const anonymous = anonymousKind(bold);
  if (anonymous) return { raw: bold, text: bold, kind: anonymous, rest, strength: 'strong' };
  const shape = nameShape(bold);
  if (shape === 'none' || shape === 'starter') return null;
  // An outlet or an office in bold is a label however often it appears ("<b>China News Service</b> We have ...").
  const strong = OUTLET.test(bold) || endsWithCjkRole(bold);
  return { raw: bold, text: bold, kind: 'named', rest, strength: strong ? 'strong' : 'weak' };
}

/** A verb of saying after a chat's name, in the corpus languages. */
const SAYING = 'says|säger|sagt|dit|dice|diz|говорит|каже|mówi|diyor|zegt|siger|sier';
const SAYS = new RegExp(`\\s(?:${SAYING}|said|sagte)$`, 'u');
/** The verb opening the line after a name alone ("Domaren" then "säger: För mig …"). The engine's (turns.ts): pure, left out of the content script. */
export const SAYS_OPENING = /* @__PURE__ */ new RegExp(`^(?:${SAYING})\\s?:\\s*`, 'u');

/** A question's number before its asker's label: "1. ", "12) ", "(2) ". */
const NUMBERED = /^(?:\d{1,2}[.)]|[(（]\d{1,2}[)）])\s*(?=\S)/u;

/** The most words of an office written alone ("Người phát ngôn Bộ Ngoại giao"). */
const OFFICE_WORDS_MAX = 6;

/** Words that are all words of office, capitalised first: an office alone in any script's case. */
function isOfficeWords(words: string): boolean {
  const tokens = words.split(/\s+/u);
  return (
    tokens.length <= OFFICE_WORDS_MAX &&
    /^\p{Lu}/u.test(words) &&
    !SENTENCE_STARTERS.has(tokens[0]!.toLowerCase()) &&
    tokens.every((token) => isRoleWord(token))
  );
}

/** One word of office or a moderator's title ("Minister:", "Portavoz.-", "Ведущий:", "사회자"): a label wherever it stands. */
function isOfficeOrModerator(words: string): boolean {
  return isRoleWord(words) || (MODERATOR.test(words) && words.length <= MODERATOR_LABEL_MAX);
}

const MODERATOR_LABEL_MAX = 20;

export function anonymousKind(words: string): 'question' | 'answer' | null {
  if (ANONYMOUS_ASKER.test(words)) return 'question';
  if (ANONYMOUS_ANSWER.test(words)) return 'answer';
  return null;
}

function normalizeBold(text: string): string {
  return text.replace(/\s+/g, '').replace(/：/g, ':');
}

/**
 * "Валерий Санфиров, радиостанция «Маяк»", "Cynthia McFadden, “Nightline” anchor": after a full
 * name (two capitalised words), a comma may add the outlet in words of any case with its name
 * in quotes. The qualifier is dropped before the name's shape is judged.
 */
function outletQualifier(words: string): string {
  const comma = words.indexOf(',');
  if (comma === -1) return words;
  const name = words.slice(0, comma).trim();
  const qualifier = words.slice(comma + 1);
  const fullName = /^\p{Lu}[\p{L}.'’-]+(?:\s(?:\p{Lu}[\p{L}.'’-]+|de|le|la|von|van|di|da|del))*\s\p{Lu}[\p{L}.'’-]+$/u.test(name);
  if (!fullName) return words;
  if (/[«“"][^«»“”"]{1,40}[»”"]/u.test(qualifier) && qualifier.length <= QUOTED_QUALIFIER_MAX) return name;
  // "Jean-Yves le Drian, ministre de l'Europe et des affaires étrangères": an office, in lower case
  // as French, Spanish and Italian write it, after a full name.
  const office = qualifier.trim().split(/\s+/u)[0] ?? '';
  return (isRoleWord(office.toLowerCase()) || MODERATOR.test(office)) && qualifier.length <= OFFICE_QUALIFIER_MAX ? name : words;
}

/** The longest office after a name and a comma ("ministre de l'Europe et des affaires étrangères"). */
const OFFICE_QUALIFIER_MAX = 90;

/** The longest qualifier with a quoted outlet's name ("correspondent of «Kommersant»") that is cut from a full name's label. */
const QUOTED_QUALIFIER_MAX = 60;

/** A label's name shape: at most a name, an office and an outlet between commas, and this many words in all. */
const NAME_PARTS_MAX = 3;
const NAME_WORDS_MAX = 10;

/**
 * Whether words read as a name, a role or an outlet: capitalised words, initials, honorifics
 * and a few lower-case particles; an optional comma part ("Kojima, NHK"); parentheses
 * ("(retranslated)") ignored. Sentence punctuation or ordinary lower-case words rule it out.
 */
function nameShape(words: string): 'none' | 'starter' | 'single' | 'several' {
  const withoutNotes = outletQualifier(words.replace(/\([^()]*\)/g, ' ').trim());
  if (withoutNotes === '' || /[?!;"“”«»]/.test(withoutNotes)) return 'none';
  const parts = withoutNotes.split(',').map((part) => part.trim());
  if (parts.length > NAME_PARTS_MAX || parts.some((part) => part === '')) return 'none';
  const tokens = parts.flatMap((part) => part.split(/\s+/));
  if (tokens.length > NAME_WORDS_MAX) return 'none';
  // Arabic has no capitals to tell a name from a sentence ("بدأ هونغ لي المؤتمر الصحفي بنشر خبر:"):
  // a name or an outlet is a few words, an office may be longer ("المسؤول الكبير الأول في وزارة الخارجية").
  // Nor is a news report's "he added:" ("وی افزود:", "עוד אמר:", "…, אמר השר:") in Arabic or Hebrew script.
  if (
    /^[\p{sc=Arabic}\p{sc=Hebrew}]/u.test(tokens[0] ?? '') &&
    (REPORTED_SPEECH.test(withoutNotes) || (tokens.length > ARABIC_NAME_WORDS && !ARABIC_OFFICE_START.test(withoutNotes)))
  )
    return 'none';
  let capitalised = 0;
  for (const token of tokens) {
    if (PARTICLES.has(token)) continue;
    if (!/^[\p{Lu}\p{Lo}][\p{L}\p{M}\p{N}'’.\-&]*$/u.test(token)) return 'none';
    capitalised += 1;
  }
  if (capitalised === 0) return 'none';
  // An initial ("В. ПУТИН", "A. Merkel") is not the word it spells ("в", "a").
  // Nor are a speaker's initials in capitals ("AS:", "PS:", an interview's labels) the word they spell.
  if (!/^\p{Lu}\.$|^\p{Lu}{2}$/u.test(tokens[0]!) && SENTENCE_STARTERS.has(tokens[0]!.toLowerCase().replace(/[.,]$/, ''))) return 'starter';
  return tokens.length > 1 || parts.length > 1 ? 'several' : 'single';
}
