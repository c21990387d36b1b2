import { anonymousKind, endsWithCjkRole, matchLabel, QA_WORDS, type LabelMatch } from './labels';
import { mastheadOf, NUMBERED_SPEAKER } from './speakers';
import {
  CJK_JOURNALIST,
  CJK_OFFICE,
  CJK_OUTLET,
  HONORIFICS,
  isOfficeWord,
  isRoleWord,
  MODERATOR,
  NEWS_SITE_LABEL,
  NOT_NAMES,
  OUTLET,
} from '../vocabulary/name-words';
import { GREETING, REPORTED_SPEECH } from '../text/register';
import { ASKS } from '../text/asking';
import { scriptLabel } from './script-labels';
import { initialsLabel } from './initials-label';

/**
 * Segmentation's reading of a paragraph's label: matchLabel (./labels.ts) after the page's own
 * marks are read past. Detection's label scan (lib/detection/label-scan.ts) reads labels with
 * matchLabel alone: it runs in the content script, whose bytes are counted (issue 11).
 */
export function readLabel(written: string, boldPrefix = ''): LabelMatch | null {
  const text = written.replace(LABEL_BULLET, '');
  const padded = PADDED_LABEL.exec(text);
  if (padded && isPaddedRole(`${padded[2]!}${padded[3]!}`)) {
    // Read without the space; kept as the page writes it.
    const label = readLabel(
      `${padded[1]!}${padded[2]!}${padded[3]!}${text.slice(padded[0].length)}`,
      boldPrefix.trim() === '' ? '' : boldPrefix.replace(' ', ''),
    );
    return label && { ...label, raw: text.slice(0, label.raw.length + 1) };
  }
  // "Answer:On both …", "Question:My question …": an asker's or an answerer's word glued to its text, as editors leave it.
  const glued = GLUED_COLON.exec(text);
  if (glued && anonymousKind(glued[1]!) && GLUED_WORD.test(glued[1]!)) {
    const label = readLabel(`${glued[0]} ${text.slice(glued[0].length)}`, boldPrefix.trim() === glued[0] ? `${glued[0]} ` : boldPrefix);
    return label && { ...label, raw: glued[0] };
  }
  // "Q. [inaudible]", "Q (Inaudible.)", "VRAAG: (Onhoorbaar) oor …": a question the recording lost is a question all the same.
  const unheard = UNHEARD_QUESTION.exec(text);
  if (unheard && anonymousKind(unheard[2]!) === 'question')
    return { raw: unheard[1]!.trim(), text: unheard[2]!, kind: 'question', rest: text.slice(unheard[1]!.length).trim(), strength: 'strong' };
  // A voice the transcriber could not name, a blank for its name ("_________: O seu CD, …"): an asker in the crowd.
  const blank = BLANK_LABEL.exec(text);
  if (blank && blank[0].length < text.length)
    return { raw: blank[0].trim(), text: blank[1]!, kind: 'question', rest: text.slice(blank[0].length).trim(), strength: 'strong' };
  // "Alexander Schallenberg:Es war …", "Jorge Arreaza (JA):No. …": a name glued to its answer, as editors leave it. Weak: a
  // label where the name recurs, the title or the lead gives it, or it answers the question just asked.
  const gluedName = GLUED_NAME.exec(text);
  if (gluedName) {
    const label = readLabel(`${gluedName[1]!}: ${text.slice(gluedName[0].length)}`, boldPrefix.trim() === gluedName[0] ? `${gluedName[0]} ` : boldPrefix);
    if (label?.kind === 'named') return { ...label, raw: gluedName[0], strength: 'weak' };
  }
  // "oe24.TV: Sie haben …": a news site's address, in digits and capitals as matchLabel reads no name, labels its journalist.
  const site = NEWS_SITE_COLON.exec(text);
  if (site && NEWS_SITE_LABEL.test(site[1]!)) return { ...minutesMatch(site[0], site[1]!, 'named', text), strength: 'weak' };
  const bold = boldPrefix.trim();
  // Korean broadcasters' transcripts: a mark, the speaker's name and an angle bracket ("◇ 김현정> …",
  // "◎ 박정호 > …"), read with its mark, which a bullet's would be taken for above.
  const angled = ANGLE_BRACKET_LABEL.exec(written);
  if (angled) return minutesMatch(angled[0], angled[1]!, 'named', written);
  // And in square brackets, YTN's and the other channels' way ("[앵커] …", "[김형준] …"): a label as a
  // name alone is, where it recurs or the credits name it; not a news tag ("[속보]", "[단독]").
  const bracketed = SQUARE_BRACKET_LABEL.exec(written);
  if (bracketed && !KOREAN_NEWS_TAGS.test(bracketed[1]!)) return { ...minutesMatch(bracketed[0], bracketed[1]!, 'named', written), strength: 'weak' };
  // A Korean newscast's caption of who speaks, name and office, on its own line or before the words ("[윤석열 / 대통령]", "[김수경 / 대통령실 대변인]").
  const captioned = CAPTION_LABEL.exec(written);
  if (captioned) return { ...minutesMatch(captioned[0], captioned[1]!, 'named', written), alone: captioned[0].trim() === written.trim() };
  // A question or an answer numbered before a parenthesis or a full stop ("Q1) You came 4th …", "Question 2. How …",
  // "A1. Yes."): an asker's label, or an answerer's.
  // Not where the asker's name follows ("Q1. Reuters: Minister, …"): the name is the label.
  const numbered = NUMBERED_QUESTION.exec(text);
  if (numbered && !NAMED_AFTER.test(text.slice(numbered[0].length)))
    return minutesMatch(numbered[0], numbered[1]!, ANSWER_WORD.test(numbered[1]!) ? 'answer' : 'question', text);
  const minutes = minutesLabel(text) ?? letteredMinutesLabel(text, bold);
  if (minutes) return minutes;
  const stenogram = stenogramLabel(text, bold);
  if (stenogram) return stenogram;
  // A paper's name in quotes before the colon, as German and Polish papers label their questions
  // ("\"Wiener Zeitung\": Frau Außenministerin, …", "„SUPER EXPRESS”: – Czy …"): the paper asks. Weak, as
  // a quoted word opens a sentence too ("\"Freedom\": …"): a label where it asks, or recurs.
  const quoted = QUOTED_OUTLET.exec(text);
  if (quoted && quoted[0].length < text.length) {
    // The label as written ends at its colon: a dash after it is the question's, not a dateline's ("MOSCOW –").
    const rest = text.slice(quoted[0].length).trim();
    return {
      raw: quoted[0].slice(0, quoted[0].lastIndexOf(':') + 1),
      text: quoted[1]!,
      kind: 'named',
      rest,
      strength: ASKS.test(rest) ? 'strong' : 'weak',
      asks: true,
    };
  }
  // A masthead opened by its article, in bold with the question it asks ("<b>La Voix du Luxembourg: Quelle fut …?</b>"),
  // as French and Luxembourg papers label their questions: the paper asks (speakers.ts, mastheadOf).
  const masthead = MASTHEAD_COLON.exec(text);
  if (masthead && bold.startsWith(masthead[1]!) && mastheadOf(masthead[1]!)?.journalist === true && ASKS.test(text.slice(masthead[0].length)))
    return { raw: masthead[0].trim(), text: masthead[1]!, kind: 'named', rest: text.slice(masthead[0].length).trim(), strength: 'strong', asks: true };
  const articled = articledOfficeLabel(text) ?? cortesLabel(text);
  if (articled) return articled;
  if (!UNDOTTED_INITIAL.test(bold) || !text.startsWith(bold)) {
    const matched = matchLabel(text, boldPrefix);
    // A news site's source tag in 【】 before its lead is no one's label.
    if (matched && matched.raw.startsWith('【') && isNewsSourceTag(matched.text, matched.rest)) return null;
    const label =
      (matched?.strength === 'strong' ? matched : (spokenCapitalsLabel(text) ?? cjkOutletLabel(text) ?? initialsLabel(text, bold) ?? matched)) ??
      cjkAloneLabel(text, bold) ??
      dashedOutletLabel(text, boldPrefix) ??
      lowerCaseOfficeLabel(text) ??
      broadcasterLabel(text) ??
      initialledNameAlone(text, bold) ??
      scriptLabel(text, bold);
    // An automatic transcript's "Speaker 1 (00:00):", "Speaker 2": each number is one person, who
    // asks or answers; not an anonymous asker, as "Speaker:" alone in a hall's questions is.
    if (label?.kind === 'question' && NUMBERED_SPEAKER.test(label.text)) return { ...label, kind: 'named' };
    // The question and answer words of the Caucasus and Central Asia, which detection's scan reads as names.
    if (label?.kind === 'named' && MORE_QUESTION_WORDS.test(label.text)) return { ...label, kind: 'question' };
    if (label?.kind === 'named' && MORE_ANSWER_WORDS.test(label.text)) return { ...label, kind: 'answer' };
    return label;
  }
  const label = matchLabel(`${text[0]!}. ${text.slice(2)}`, `${bold[0]!}. ${bold.slice(2)}`);
  // The label as the page writes it; its text, the speaker's name, with the initial's dot.
  return label && { ...label, raw: bold };
}

/**
 * The White House's and the State Department's transcripts name their principal by office, with
 * the article ("THE PRESIDENT: Well, …", "THE SECRETARY: Thank you.", "The Vice President: …"),
 * which matchLabel reads as a sentence's opening "The …:". Words of office only, so a heading's
 * "THE PROBLEM:" or "The answer:" stays text; in capitals, as those transcripts write it, strong, else a label
 * where it recurs.
 */
function articledOfficeLabel(text: string): LabelMatch | null {
  const found = ARTICLED_OFFICE.exec(text);
  if (!found) return null;
  const office = found[1]!;
  if (!office.split(' ').every((word) => isRoleWord(word)) && !MODERATOR.test(office)) return null;
  const rest = text.slice(found[0].length).trim();
  return {
    raw: found[0].trim(),
    text: `${found[0].slice(0, ARTICLE_LENGTH)} ${office}`,
    kind: 'named',
    rest,
    strength: found[0].startsWith('THE') ? 'strong' : 'weak',
    ...(rest === '' ? { alone: true } : {}),
  };
}

/** "THE" or "The". */
const ARTICLE_LENGTH = 3;
const ARTICLED_OFFICE = /^(?:THE|The) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}) ?:\s*/u;

/**
 * Spain's Cortes (the Diario de Sesiones of the Congreso and the Senado, and the regional parliaments
 * that follow it) label each speaker "El señor" or "La señora" and the surnames or the office in
 * capitals, a minister's name after the office in brackets: "El señor PRESIDENTE:", "La señora
 * MINISTRA DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN (González Laya):", "El señor GUTIÉRREZ
 * VIVAS:". The words in brackets name the speaker where there are any.
 */
function cortesLabel(text: string): LabelMatch | null {
  const found = CORTES_LABEL.exec(text);
  if (!found) return null;
  const rest = text.slice(found[0].length).trim();
  return { raw: found[0].trim(), text: found[2] ?? found[1]!, kind: 'named', rest, strength: 'strong', ...(rest === '' ? { alone: true } : {}) };
}

const CORTES_LABEL = /^(?:El señor|La señora) (\p{Lu}[\p{Lu}'’-]*(?:,? \p{Lu}[\p{Lu}'’-]*){0,15})(?: \(([^()]{2,60})\))?\s?:\s*/u;

/** A capitalised name in quotes, a colon, and perhaps the question's dash: "\"Wiener Zeitung\": ", "„SUPER EXPRESS”: – ". */
const QUOTED_OUTLET = /^[„"“«]\s?(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})\s?[”"“»]\s?:\s*(?:[–—-]\s+)?/u;

/**
 * Parliaments' committee stenograms in Ukrainian and Russian set each speaker in bold capitals, a
 * surname and its initials ("ТАРАСЮК Б.І.", "БОГДАНОВА В.О."), or the chair's office with a full stop
 * ("ГОЛОВУЮЧИЙ."), before the words or alone in a table's first column, with no colon. Strong with
 * initials, which no heading has; the office alone is weak, a label where it recurs.
 */
function stenogramLabel(text: string, bold: string): LabelMatch | null {
  const inBold = bold !== '' && text.startsWith(bold);
  const found = inBold ? STENOGRAM_LABEL.exec(bold) : STENOGRAM_OPENING.exec(text);
  if (!found || found[1]!.length < STENOGRAM_NAME_MIN) return null;
  const raw = inBold ? bold : found[0];
  const rest = text.slice(raw.length).trim();
  const name = found[2] ? `${found[1]!} ${found[2]}` : found[1]!;
  return { raw: raw.trim(), text: name, kind: 'named', rest, strength: inBold && found[2] ? 'strong' : 'weak', ...(rest === '' ? { alone: true } : {}) };
}

const STENOGRAM_LABEL = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?)(?: (\p{Lu}\.\s?\p{Lu}\.)|\.)$/u;
/** The same in plain type before the words ("ТАРАСЮК Б.І.  (Не чути) …"): a surname and its initials, weak. */
const STENOGRAM_OPENING = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?) (\p{Lu}\.\s?\p{Lu}\.)\s+(?=\S)/u;
/** The shortest name or office in capitals read so: not an abbreviation's "USA.". */
const STENOGRAM_NAME_MIN = 4;

/**
 * Question and answer words that matchLabel (./labels.ts) leaves to the engine, as the content script
 * carries them at a cost: Azerbaijani's "Sual:" / "Cavab:", Uzbek's "Savol:" / "Javob:" (and in
 * Cyrillic), Kazakh's "Сұрақ:" / "Жауап:", Armenian's and Georgian's, and the Armenian journalist's "Լրագրող․".
 */
const MORE_QUESTION_WORDS = /^(?:sual|savol|савол|сұрақ|հարց|լրագրող|კითხვა)$/iu;
const MORE_ANSWER_WORDS = /^(?:cavab|javob|жавоб|жауап|պատասխան|პასუხი)$/iu;

/**
 * Japan's local minutes mark each speaker: in a parenthesis with a mark and a colon ("(○:広田市長)",
 * "(■:日本海新聞)", the chairing newspaper), with a mark before a space ("○知事 皆さん…", "○広報課長 …"),
 * or closing a parenthesis it never opened, alone on its line ("記者)", "大臣)"); Korean and Japanese
 * interviews close one after their question and answer words ("질문) …", "답변) …", "問）…"). Not
 * "○冒頭発言", a topic's heading: the words must be a role's. Korean broadcasters' transcripts mark
 * theirs and close them with an angle bracket ("◇ 김현정> …"). Segmentation's and the engine's reading
 * only, as the other shapes of this file.
 */
function minutesLabel(text: string): LabelMatch | null {
  // A paper's exchange with the Prime Minister or a minister: the role and a space before the words, which Japanese
  // does not put after a word of a sentence ("記者団 …理由は。", "首相 国民の…"; not "首相は26日、…").
  const role = ROLE_BEFORE_SPACE.exec(text);
  if (role) return minutesMatch(role[0], role[1]!, role[1]!.startsWith('記者') ? 'question' : 'named', text);
  const marked = MARKED_IN_PARENTHESES.exec(text);
  if (marked && !anonymousKind(marked[1]!)) return minutesMatch(marked[0], marked[1]!, 'named', text);
  const spaced = MARKED_BEFORE_SPACE.exec(text);
  if (spaced && endsWithCjkRole(spaced[1]!)) return minutesMatch(spaced[0], spaced[1]!, anonymousKind(spaced[1]!) ?? 'named', text);
  const closing = CLOSING_PARENTHESIS.exec(text);
  const words = closing?.[1] ?? '';
  const kind = anonymousKind(words) ?? (closing && closing[0].trim().length === text.length && endsWithCjkRole(words) ? 'named' : null);
  return closing && kind ? minutesMatch(closing[0], words, kind, text) : null;
}

/**
 * Japanese prefectures' minutes set each turn's speaker in bold after Q or A, the text on the next
 * line: "Q 代表幹事(時事通信)", "A 知事"; a role alone on its line is a label too ("記者", "市長").
 */
function letteredMinutesLabel(text: string, bold: string): LabelMatch | null {
  const lettered = bold !== '' && text.startsWith(bold) ? LETTERED_LABEL.exec(bold) : null;
  if (lettered && lettered[0].length === bold.length) {
    const words = lettered[2]!;
    const kind = anonymousKind(words) ?? 'named';
    // Who asks under Q is an asker, whatever the words say: "代表幹事" chairs the press club here,
    // and a business lobby elsewhere.
    return { ...minutesMatch(bold, words, kind, text), ...(lettered[1] === 'Q' && kind === 'named' ? { asks: true } : {}) };
  }
  const alone = ROLE_ALONE.exec(text);
  return alone ? minutesMatch(text, alone[1]!, anonymousKind(alone[1]!) ?? 'named', text) : null;
}

const LETTERED_LABEL = /^([QA])\s(\p{sc=Han}[\p{sc=Han}\p{sc=Katakana}ー]{0,11}(?:[(（][^)）]{1,16}[)）])?)$/u;
/**
 * A bare role, as minutes write it alone on its line: the journalists' word, a local or cabinet
 * office with no ministry before it, the chair (司会), the press club's secretary company (幹事社).
 * Not "外務大臣" over a cabinet list's entry, nor a site's name ("毎日新聞"), nor an agency's byline
 * ("新华社记者").
 */
const ROLE_ALONE = /^(記者|市長|知事|町長|村長|区長|大臣|副大臣|長官|総理|首相|議長|委員長|報道官|司会|幹事社)$/u;

/**
 * A Chinese outlet by its name alone ("美国全国广播公司:", "中央电视台:", "日本朝日新闻:") and a paper in its
 * title marks, with or without "记者" ("《泰晤士报》:", "《中国日报》记者："): an asker's label.
 */
function cjkOutletLabel(text: string): LabelMatch | null {
  const outlet = CJK_OUTLET_LABEL.exec(text);
  const reporter = CJK_REPORTER_LABEL.exec(text);
  const found =
    outlet && (CJK_OUTLET.test(outlet[1]!) || /^《[^》]{1,20}》(?:记者|記者)?$/u.test(outlet[1]!))
      ? outlet
      : // Not a report's "…对记者:" ("told reporters:").
        reporter && !/[对對向][记記]者$/u.test(reporter[1]!)
        ? reporter
        : null;
  if (!found) return null;
  return { raw: found[0].trim(), text: found[1]!, kind: 'named', rest: text.slice(found[0].length).trim(), strength: 'strong', asks: true };
}

const CJK_OUTLET_LABEL = /^([\p{sc=Han}《》、]{2,24})[:：]\s*/u;
/**
 * China's briefings and their reposts give the asker as the outlet's journalist, whose name may open
 * on digits or Latin letters ("21世纪经济报道记者:", "CGTN记者:"), and whose question may open on a
 * year ("福建東南衛視記者:2020兩岸企業家峰會…"), which matchLabel's CJK colon does not read.
 */
const CJK_REPORTER_LABEL = /^([A-Za-z0-9]{0,8}\p{sc=Han}{0,20}(?:记者|記者))[:：]\s*/u;

/** A question or an answer word and its number, before a parenthesis or a full stop: "Q1)", "Question 2.", "A1.". */
const NUMBERED_QUESTION = /^(Q|A|Question|Answer|Frage|Antwort|Pregunta|Respuesta|Вопрос|Ответ)\s?\d{1,2}\s?[).]\s+(?=\S)/u;
const ANSWER_WORD = /^(?:A|Answer|Antwort|Respuesta|Ответ)$/u;
/** A name and its colon, a few words at most: an asker's label after the question's number. */
const NAMED_AFTER = /^[^\s:：]+(?:\s[^\s:：]+){0,3}[:：]/u;

/** A minutes' label as matchLabel gives one: the label as written, its words, its kind, the line's words after it. */
function minutesMatch(raw: string, text: string, kind: LabelMatch['kind'], line: string): LabelMatch {
  return { raw: raw.trim(), text, kind, rest: line.slice(raw.length).trim(), strength: 'strong' };
}

const ROLE_BEFORE_SPACE = /^(記者団?|首相|総理|大臣|官房長官|知事|市長)[ \u3000]+(?=\S)/u;
const MARKED_IN_PARENTHESES = /^[(（][○◯●■□◆◇][:：]\s?([\p{sc=Han}\p{sc=Katakana}ー]{1,12})[)）]\s*/u;
const MARKED_BEFORE_SPACE = /^[○◯]([\p{sc=Han}\p{sc=Katakana}ー]{1,10})\s+/u;
/** Marked, as broadcasters mark host and guest: not a breadcrumb ("한국일보 > 정치"), a caption ("자막> …"), a link's arrow ("▶ 기사 더보기 >") nor a newscast's anchor unmarked ("최대환 앵커>"). */
const ANGLE_BRACKET_LABEL =
  /^[◇◆◎○●■□▶▷]\s?(?!자막|화면|영상|사진|출처|기사|관련|이전|다음|목록|더보기|바로가기)(\p{sc=Hangul}{2,4}(?:\s(?!더보기|목록|바로가기)\p{sc=Hangul}{1,4})?)\s?>(?!.*>)\s*/u;
const SQUARE_BRACKET_LABEL = /^\[(\p{sc=Hangul}{2,5})\]\s?(?=\S)/u;
const CAPTION_LABEL = /^\[(\p{sc=Hangul}{2,5})\s?\/\s?\p{sc=Hangul}[\p{sc=Hangul}\s]{0,20}\]\s*/u;
/** Korean news sites' tags in square brackets before a headline or a lead: no one's label. */
const KOREAN_NEWS_TAGS =
  /^(?:속보|단독|영상|현장영상|사진|포토|종합|기획|칼럼|사설|뉴스|특집|르포|리포트|앵커리포트|포착|이슈|현장|날씨|기자수첩|전문|일문일답|브리핑|인터뷰|녹취|자막|화면|출처|논평|해설|분석|팩트체크|오피니언|인사|부고|알림|공지)$/u;
const CLOSING_PARENTHESIS = /^(질문|답변|문|답|\p{sc=Han}{1,8})\s?[)）]\s*/u;

/** An address before a colon: "oe24.TV: …". */
const NEWS_SITE_COLON = /^([\p{L}\p{N}-]{3,20}\.\p{L}{2,4}):\s+(?=\S)/u;

/** A word and its colon glued to the capitalised text after it: "Answer:On both your questions …" (not "10:30", "http://"). */
const GLUED_COLON = /^(\p{L}{1,12}):(?=[\p{Lu}"“«])/u;
/**
 * A question word, or "Q", before a note that the words were not heard, in brackets: "Q. [inaudible]", "Q (Inaudible.)",
 * "Pergunta: (inaudível)", "VRAAG: (Onhoorbaar) oor hierdie kwessie" (not an asker's name in brackets, "SORU: (SÜMEYYE
 * CEYLAN)"). The doorsteps' and the briefings' transcripts of every language.
 */
const UNHEARD_QUESTION =
  /^((\p{L}{1,12})\s?[.:：]?\s*)(?=[([](?:inaudible|inaudível|inaudibile|incompreensível|onhoorbaar|unverständlich|неразборчиво|нерозбірливо|off[- ]mic|indistinct)\.?[)\]])/iu;
/** Underscores for a name the transcriber did not know, and the colon: "_________:". */
const BLANK_LABEL = /^(_{3,40})\s?:\s*/u;
/**
 * A name of two to four capitalised words, its initials in brackets perhaps, glued by its colon to the capitalised
 * text after it: an interview's answerer as a news site's editor leaves him ("Alexander Schallenberg:Es war …",
 * "Jorge Arreaza (JA):No. …"); not one word ("Foto:Reuters"), nor a time or an address ("10:30", "http://").
 */
const GLUED_NAME = /^(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,3}(?: \(\p{Lu}{1,4}\))?):(?=\p{Lu})/u;
/**
 * The words a glued label may be: a question's or an answer's, not an asker's ("Reporter:", "Speaker:" glue to a
 * name in a caption), except in Chinese, Japanese and Korean, which leave no space after any colon ("記者:CY,你會否…").
 */
const GLUED_WORD = new RegExp(`^(?:${QA_WORDS}|answer|[qa]|[\\p{Script=Han}\\p{Script=Hangul}]+)$`, 'iu');

/**
 * A radio station or a channel named with its frequency or number, which asks the guest ("Athens 9,84:
 * Thank you for joining us.", "Radio 1:", "France 24:"): weak, a label where it recurs, as "Article 5:"
 * does not.
 */
function broadcasterLabel(text: string): LabelMatch | null {
  const found = NUMBERED_BROADCASTER.exec(text);
  return found ? { ...minutesMatch(found[0], found[1]!, 'named', text), strength: 'weak' } : null;
}

const NUMBERED_BROADCASTER = /^(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}\s\d{1,3}(?:[,.]\d{1,2})?)\s?:\s+(?=\S)/u;

/**
 * A bold name alone on its line with an initial's full stop ("S. Jaishankar", "С.В. Лавров"), which
 * matchLabel reads as a heading's punctuation: its name alone, read without the stops, and weak, a
 * label only where it recurs; once, over a speech, it is the speech's byline ("Ambassador R. Ravindra").
 * Segmentation's reading only: the content script's bytes are counted (issue 11).
 */
function initialledNameAlone(text: string, bold: string): LabelMatch | null {
  if (bold !== text.trim()) return null;
  const plain = bold.replace(INITIAL_STOP, '');
  // Capitalised words only: "U.S. Policy in Asia" is a heading.
  if (plain === bold || /(?<!\p{L})\p{Ll}/u.test(plain)) return null;
  const label = matchLabel(plain, plain);
  return label?.alone ? { ...label, raw: text, text: bold, strength: 'weak' } : null;
}

/** An initial's full stop before a capitalised word: "S. Jaishankar", "С.В. Лавров". */
const INITIAL_STOP = /(?<=(?<!\p{L})\p{Lu})\.(?=\s?\p{Lu})/gu;

/**
 * A news site's source tag in 【】 before its lead: a roundup or a report ("【环球网综合报道】",
 * "【本報消息】"), and a site or a wire before the lead's date or under its city ("【财新网】4月3日,…",
 * "【北京共同】"). An outlet alone over a question ("【人民网】", "【共同】") asks.
 */
function isNewsSourceTag(words: string, rest: string): boolean {
  return (
    /(?:综合|綜合|报道|報道|消息)$/u.test(words) || (/(?:[网網电電讯訊]|共同)$/u.test(words) && (/^\d/u.test(rest) || /^\p{sc=Han}{2,}共同$/u.test(words)))
  );
}

/** Only a role is padded so, not a form's field ("住　所：", "電　話："): an office, a journalist, a host, a question or an answer. */
function isPaddedRole(word: string): boolean {
  return CJK_OFFICE.test(word) || CJK_JOURNALIST.test(word) || MODERATOR.test(word) || /^(?:質問|回答|答弁|質疑)$/u.test(word);
}

/**
 * A two-character Japanese label padded to the width of three, as minutes set them: "(記 者)",
 * "(大 臣)", "司 会:". The characters read as one word ("記者", a journalist).
 */
const PADDED_LABEL = /^([(（【]?)(\p{Script=Han})[ \u3000](\p{Script=Han})(?=[)）】:：])/u;

/**
 * A bullet before a label, as Chinese and Korean news pages set them: "▲DVB電視臺記者:", "■기자:",
 * "◆외교부 대변인:", and Korean government documents' "ㅇ " ("ㅇ (Q) 현재 한일관계에 대한 평가는?"). Not "○",
 * which heads a topic in Japanese minutes, nor "※", a note's mark.
 */
const LABEL_BULLET = /^(?:[▲△■□●◆◇▶►▷★☆]\s?|ㅇ\s)(?=\S)/u;

/**
 * A bold initial that lost its dot before the surname ("<strong>В Дымарский</strong> Санкт-Петербург …",
 * Echo of Moscow's "В.Дымарский" in a stored copy): the dot is put back, so that the initial is
 * not read as the preposition it spells.
 */
const UNDOTTED_INITIAL = /^\p{Lu}\s(?=\p{Lu}[\p{Ll}'’-]+$)/u;

/**
 * A CJK speaker's label alone on its line in bold, with no colon, as China's press conference
 * transcripts set them ("<strong>主持人 何绍仁</strong>", "<strong>外交部部长 王毅</strong>",
 * "<strong>新华社记者</strong>", then "<strong>王毅</strong>"). With no capitals to tell a name from a
 * subheading, the words do: a moderator, an office before a name, a journalist's outlet; a name
 * alone counts where the page repeats it or its title names it, as other weak labels do (turns.ts).
 */
function cjkAloneLabel(text: string, bold: string): LabelMatch | null {
  if (bold !== text || text.length > CJK_ALONE_MAX || !/^[\p{Script=Han}\p{Script=Hangul}]/u.test(text) || /[\p{P}\d]/u.test(text)) return null;
  const words = text.split(/\s+/u);
  const name = words.at(-1)!;
  const strong =
    CJK_JOURNALIST.test(text) || (words.length === 2 && MODERATOR.test(words[0]!)) || (words.length === 2 && CJK_OFFICE.test(words[0]!) && CJK_NAME.test(name));
  if (strong) return { raw: text, text, kind: 'named', rest: '', strength: 'strong', alone: true };
  return words.length === 1 && CJK_NAME.test(name) ? { raw: text, text, kind: 'named', rest: '', strength: 'weak', alone: true } : null;
}

/** The longest CJK label alone on its line: an office and a name, an outlet and "记者". */
const CJK_ALONE_MAX = 16;

/** A CJK name of two to four characters: "王毅", "何绍仁", "강경화". */
export const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u;

/**
 * A journalist's name and outlet with a dash between where others write a comma ("Khánh An – VOA:
 * Cảm ơn Đại sứ …"): read as "Khánh An, VOA:", the label kept as the page writes it.
 */
function dashedOutletLabel(text: string, boldPrefix: string): LabelMatch | null {
  const dashed = DASHED_OUTLET.exec(text);
  // The words after the dash are an outlet: its initials ("VOA", "BBC") or a name the outlet words know.
  const outlet = dashed ? text.slice(dashed[0].length, text.indexOf(':', dashed[0].length)).trim() : '';
  // A person's name before the dash, two words at least: "Russia – NATO: relations …" is a sentence.
  if (!dashed || dashed[1]!.trim().split(/\s+/u).length < 2 || !(/^\p{Lu}{2,6}$/u.test(outlet) || OUTLET.test(outlet))) return null;
  const comma = `${dashed[1]!}, ${text.slice(dashed[1]!.length + dashed[2]!.length)}`;
  const label = matchLabel(comma, boldPrefix === '' ? '' : comma.slice(0, boldPrefix.length - dashed[2]!.length + 2));
  return label?.kind === 'named' ? { ...label, raw: text.slice(0, label.raw.length + dashed[2]!.length - 2) } : null;
}

/** A name, a spaced dash, then an outlet and a colon: "Khánh An – VOA:". */
const DASHED_OUTLET = /^([^:–—]{2,40}?)(\s[–—]\s)(?=[^:–—]{2,30}:)/u;

/**
 * A full name, a comma and an office in lower-case words the vocabulary does not hold, as Czech,
 * Slovak, Polish, French or Spanish write offices: "Václav Smolka, tiskový mluvčí vlády:", "Andrej
 * Babiš, předseda vlády České republiky: Dobrý den, …". The words after the colon open a sentence.
 * Not a speech's address ("Dear Colleagues, ladies and gentlemen:", "Mr President, distinguished
 * delegates:"), nor a reporter's "Petr Fiala, který dnes řekl:", nor a question that addresses its
 * guest ("Александр Дмитриевич, как тяжек все же министерский труд: сегодня …").
 */
function lowerCaseOfficeLabel(text: string): LabelMatch | null {
  const found = LOWER_CASE_OFFICE_LABEL.exec(text);
  if (!found) return null;
  const [raw, name, office] = found as unknown as [string, string, string];
  const rest = text.slice(raw.length).trim();
  const words = office.split(/\s+/u);
  if (
    words.length > LOWER_CASE_OFFICE_WORDS ||
    CLAUSE_OPENING.test(words[0]!) ||
    PLACE_OR_TIME_OPENING.test(words[0]!) ||
    /ing$/u.test(words[0]!) ||
    REPORTED_SPEECH.test(office) ||
    GREETING.test(text.toLowerCase())
  )
    return null;
  // Not an address ("Panie Ministrze, ostatnie pytanie:", "Pane ministře, …").
  if (
    name
      .split(/\s+/u)
      .some(
        (word) =>
          isOfficeWord(word) || HONORIFICS.has(word.toLowerCase()) || NOT_NAMES.has(word.toLowerCase()) || /^minist/iu.test(word) || ADDRESS_WORDS.test(word),
      )
  )
    return null;
  // The words after the colon open a sentence, not a quotation: a news report's round of reactions
  // quotes each voice ("Keir Starmer, speaking in Downing Street: “…”", "Yolanda Díaz, desde el Congreso: "…"").
  if (rest !== '' && !/^[\p{Lu}\p{Lo}(]/u.test(rest)) return null;
  return { raw: raw.trim(), text: `${name}, ${office}`, kind: 'named', rest, strength: 'strong' };
}

/**
 * A speaker's name in capitals before a spaced hyphen, as radio stations' and presidencies'
 * transcripts write it: initials before the surname ("Т. ФЕЛЬГЕНГАУЭР - Доброе утро.", a Russian
 * radio station's transcripts), or an office in it, the name's own hyphen kept ("PRESIDENT BACHAR
 * AL-ASSAD - Je voudrais …", "LE PRÉSIDENT - Mesdames, Messieurs,", the French presidency's). matchLabel
 * reads neither. A news report's dateline, a place in capitals before a hyphen ("JAKARTA - Menteri …",
 * "SHAH ALAM - Perdana …"), has no initials and no office. An office is a label at once, as it opens a
 * stored copy's only turn; initials are one where they recur.
 */
function spokenCapitalsLabel(text: string): LabelMatch | null {
  const found = INITIALLED_CAPITALS_DASH.exec(text) ?? OFFICE_CAPITALS_DASH.exec(text);
  if (!found) return null;
  const words = found[1]!;
  const initialled = found[0].startsWith(words) && /^\p{Lu}\./u.test(words);
  if (!initialled && !words.split(/\s+/u).some((word) => word.length > OFFICE_WORD_MIN && isOfficeWord(word))) return null;
  return { raw: found[0].trim(), text: words, kind: 'named', rest: text.slice(found[0].length).trim(), strength: initialled ? 'weak' : 'strong' };
}

/** An initial or two and a surname in capitals, a spaced hyphen or dash, a sentence. */
const INITIALLED_CAPITALS_DASH = /^((?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Lu}\p{M}'’-]+)\s[-–—]\s(?=[\p{Lu}«"“])/u;
/** Two to five words in capitals, a spaced hyphen or dash, a sentence. */
const OFFICE_CAPITALS_DASH = /^(\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’-]+){1,4})\s[-–—]\s(?=[\p{Lu}«"“])/u;
/** Shorter words of office are an article's or a particle's letters too ("LE"). */
const OFFICE_WORD_MIN = 3;

/**
 * Two or three capitalised words, the surname perhaps in capitals as Czech Radio's transcripts
 * write it ("Josef NOVÁK, ministr zahraničí /ODS/:"), a comma, words opening in lower case with no
 * digit or sentence's punctuation, a colon.
 */
const LOWER_CASE_OFFICE_LABEL = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}(?:[\p{Ll}\p{M}'’-]+|[\p{Lu}\p{M}'’-]+)){1,2}),\s(\p{Ll}[^\d.!?;:,«»“”"]{2,60}):\s*/u;

/** Relative pronouns and conjunctions that open a clause after a name, not an office: "who", "který", "qui", "который". */
const CLAUSE_OPENING =
  /^(?:[aeiyиаі]|who|whom|whose|which|that|when|as|and|but|qui|que|quien|quienes|cuando|et|mais|pero|che|der|die|das|und|aber|als|wie|který|která|které|kterou|jenž|ale|když|ktorý|ktorá|ktoré|który|która|które|kiedy|koji|koja|koje|ki|aki|amely|который|которая|которые|которого|когда|но|який|яка|які|коли|та)$/iu;

/** Prepositions that open where or when the words were said, not an office: "in the evening", "desde el Congreso", "am Montag", "v pondělí". */
const PLACE_OR_TIME_OPENING =
  /^(?:in|on|at|from|during|after|before|via|en|desde|durante|tras|ante|em|no|na|nas|nos|à|au|aux|dans|lors|depuis|pendant|am|im|beim|nach|vor|bei|[vwzuвуз]|ve|vo|we|ze|po|pri|во|на|из|после|перед|під|od|do|dal|nel|nella|dopo)$/iu;

/** The most words of such an office ("tiskový mluvčí vlády České republiky"). */
const LOWER_CASE_OFFICE_WORDS = 5;

/** Words of a speech's address that open it capitalised, as a name's first word would. */
const ADDRESS_WORDS =
  /^(?:dear|distinguished|honou?rable|esteemed|respected|chers?|chères?|queridos?|estimados?|liebe|geehrte|cari|caros?|wysoka|szanown\p{L}*|vážen\p{L}*|poštovan\p{L}*|stimat\p{L}*|drodzy|drogi|dragi|уважаем\p{L}*|шановн\p{L}*)$/iu;

/** A triangle, a question of a few words to a few sentences, a spaced dash, then the answer. */
export const MARKED_QUESTION = /^[▲△]\s?([^–—]{4,300}?)\s[–—-]\s?(?=\S)/u;

/** An article and two to five capitalised words or particles before a colon: "La Voix du Luxembourg:", "Le Journal de Montréal :". */
const MASTHEAD_COLON = /^((?:The|Le|La|Les|El|Los|Il|Lo)\s\p{Lu}[\p{L}'’-]*(?:\s(?:de|du|des|del|della|di|of|the|\p{Lu}[\p{L}'’-]*)){1,4})\s?:\s/u;
