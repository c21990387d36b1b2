import { readLabel } from '../segment/label-reading';
import { BOLD_QUESTION_MAX, QUESTION_MIN, type LabelMatch } from '../segment/labels';
import { HONORIFICS } from '../vocabulary/name-words';
import { GREETING, REPORTED_SPEECH } from '../text/register';
import { ENDS_ASKING } from '../text/asking';
import { collapseWhitespace } from '../text/whitespace';
import { TEXT_NODE } from '../page/node-kinds';

/**
 * Detection's reading of a label in the engine, which judges a page after the user's click (on
 * any site) and before it is read: segmentation's reading (../segment/label-reading.ts), less
 * the fields of a page's furniture that have a label's shape. Segmentation drops those lines
 * as boilerplate; counted as labels, one of them made a news report, a blog post or a listing
 * a dialogue of one voice ("نشر بتاريخ: 11/09/2016", "Share: Facebook Twitter", "Tags:",
 * "No comments:"). The content script's scan, on the known sites' page loads, keeps
 * matchLabel alone (its bytes are counted, issue 11).
 */
export function engineLabel(opening: string, bold: string): LabelMatch | null {
  if (AGENCY_DATELINE.test(opening)) return null;
  const label = readLabel(opening, bold);
  // A speaker's initials without a colon ("MH Hello, …") are a label only where the page spells the name (segmentation's test).
  return label && !label.initials && !isPageField(label) && !(label.dash && (QUOTE_BULLET.test(label.rest) || isSubheadBullet(opening))) ? label : null;
}

/**
 * A dashed line that ends as no sentence does: a news page's subheads under its headline ("- 한반도 평화 지지 당부…'평화' 54번
 * 언급"), an advertisement's tag ("- Advertisement -") or a board's list of fields ("- 작성일"), not an interview's dashed
 * turn, whose words end on a stop, a question mark or a quotation mark. A line that ends on a lower-case letter may be a turn
 * that a stored copy cut ("— Как человек, который присутствует на в"); one that asks without a mark is a turn (asksUnmarked).
 */
function isSubheadBullet(opening: string): boolean {
  const line = collapseWhitespace(opening).trim();
  return line.length < BULLET_MAX && !SENTENCE_OR_CUT_END.test(line) && !asksUnmarked(line);
}

/** The longest line read whole as a subhead: the opening engineLabel is given is 120 characters. */
const BULLET_MAX = 100;

/** How a sentence ends (a stop, a question mark, a closing quotation mark or bracket), or a word cut short (a lower-case letter). */
const SENTENCE_OR_CUT_END = /[.!?…。！？;:»"”'’)\]」』\p{Ll}]$/u;

/**
 * A paragraph wholly in italics ("<p><em>Le hará mucha ilusión, ¿no?</em></p>") that asks: a
 * press interview's question, which detection's scan counts in the engine as a bold one
 * (ScanOptions.italicQuestion, ./label-scan.ts). Here, not in the scan, so that the content
 * script, which does not read them, carries none of it.
 */
export function asksInItalics(paragraph: Element): boolean {
  const text = wholeTextIn(paragraph, /^(?:em|i)$/u);
  return text !== null && text.length >= QUESTION_MIN && text.length <= BOLD_QUESTION_MAX && /[?？؟]\.?$/u.test(text);
}

/**
 * A dashed paragraph set wholly in bold or italics: an interviewer's question as the Russian,
 * Ukrainian and Georgian press set it ("<p><b>– Господин посол, как вы оцениваете …</b></p>"),
 * which the scan counts as a dash that asks even where no question mark ends it: a remark put to
 * the guest, or a stored copy cut inside the question (ScanOptions.dashSetApart, ./label-scan.ts).
 * A news report's dashed quotes are plain text. The engine's, as asksInItalics is.
 */
export function dashedInEmphasis(paragraph: Element): boolean {
  const text = wholeTextIn(paragraph, /^(?:b|strong|em|i)$/u);
  return text !== null && DASHED.test(text) && text.length >= QUESTION_MIN;
}

/** The text of a paragraph that is all one child element of the given kind (whitespace aside), else null. */
function wholeTextIn(paragraph: Element, kind: RegExp): string | null {
  // Most paragraphs are not one element's: asked first, cheaply.
  const only = paragraph.firstElementChild;
  if (!only || only !== paragraph.lastElementChild || !kind.test(only.localName)) return null;
  for (let node = paragraph.firstChild; node; node = node.nextSibling) if (node.nodeType === TEXT_NODE && /\S/u.test((node as Text).data)) return null;
  return collapseWhitespace(only.textContent ?? '');
}

/**
 * Whether a question asks without a question mark, as segmentation hears it (lib/text/asking.ts):
 * Greek's ";" ("…η κυβέρνηση;"), Korean's endings ("…무엇입니까"), Japanese "…か。" and an interviewer's
 * "…お聞かせください"; and a dashed question's "…か" without its full stop, as the Sankei sets its
 * interviews ("-- 日米関係には現在、特段の問題はないという見方もあるが、どうか"; not a heading's "…とは何か").
 * Detection's scan counts such a bold or dashed question as it counts one with a question mark; the
 * content script's does not (its bytes are counted).
 */
export function asksUnmarked(text: string): boolean {
  const question = collapseWhitespace(text).trim();
  return ENDS_ASKING.test(question) || (DASHED.test(question) && /か$/u.test(question));
}

/** A dash that opens an interview's turn ("--", "−−", "――", "—"). */
const DASHED = /^[-−―—–]/u;

function isPageField(label: LabelMatch): boolean {
  const rest = label.rest.trim();
  // A value that opens with a date, a time, a number alone or an address's number ("2025-12-29", "۹۰۴۰۸۸۳", "8 Balgat / Ankara").
  if (label.kind === 'named' && FIELD_VALUE.test(rest)) return true;
  // A day in the label's own words: an entry's heading in a bulletin, "【第41号 3月7日(火)】", no speaker's name.
  if (/\p{Nd}{1,2}\s?[月월]\s?\p{Nd}{1,2}\s?[日일]/u.test(label.text)) return true;
  // An event notice's speaker, a name and nothing said ("Speaker: Ambassador Jane Doe", "Intervenant : M. Paul Martin").
  if (EVENT_ROLE.test(label.text) && NAME_ONLY.test(rest)) return true;
  // A heading over a list of questions, a plural and nothing after it ("Questions:", "Preguntas:", "Вопросы:"): no asker's turn.
  if (label.kind === 'question' && rest === '' && QUESTIONS_HEADING.test(label.text)) return true;
  // Networks to share the page on.
  if (SHARE_BAR.test(rest)) return true;
  // The buttons that size the page's type ("A- A A+").
  if (label.text === 'A' && /^A\s*A\+$/u.test(rest)) return true;
  // A byline: an asker's word ("記者:", "Muhabir:", "Reporter:") before two to four names and nothing else.
  if (
    label.kind === 'question' &&
    BYLINE_WORD.test(label.text) &&
    BYLINE_NAMES.test(rest) &&
    !HONORIFICS.has(rest.split(/\s/u)[0]!.toLowerCase()) &&
    !GREETING.test(rest.toLowerCase())
  )
    return true;
  // A masthead's acronym and its name spelled out ("ACE – Associação dos Correspondentes Estrangeiros").
  if (label.kind === 'named' && ACRONYM.test(label.text) && spellsOut(label.text, rest)) return true;
  // A name and its office before a quotation mark: a report's caption of a quote ("Сергей Лавров, глава МИД РФ: «Наши …»").
  if (label.kind === 'named' && label.text.includes(',') && /^["“«„]/u.test(rest)) return true;
  // A section's number in Roman numerals, as a parliament's record heads its parts ("II.- AÇIKLAMALAR", "IV. – DEBATE"): no speaker.
  if (ROMAN_SECTION.test(label.text)) return true;
  // A wire agency's dateline in brackets before its report ("【ソウル聯合ニュース】在韓日本大使館の …", "[서울=연합뉴스] …").
  if (label.kind === 'named' && /^[【[［〔]/u.test(label.raw) && WIRE_AGENCY.test(label.text)) return true;
  // A news site's name over its lead, which gives the event's weekday between commas ("الأردن اليوم : عقد في عمان، الاثنين، …").
  if (label.kind === 'named' && LEAD_WEEKDAY.test(rest)) return true;
  // A sentence that attributes the quote after it ("وتابع شكري:", "بقائی ادامه داد:", "他说道:"): a news report's.
  if (label.kind === 'named' && (REPORTED_SPEECH.test(label.text) || ATTRIBUTION.test(label.text))) return true;
  return FIELD_NAME.test(
    label.text
      .replace(/^[-–—•·\s]+/u, '')
      .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')
      .trim(),
  );
}

/**
 * A news page's bullet that quotes, at most a name before the quotation ("- «Η διπλωματία θέλει υπομονή»",
 * "- 외교부 장관 "새로운 단계"", "– Premierminister „Wir bleiben dabei“"): the
 * summary under a headline, not an interview's dashed turn, whose speaker speaks rather than quotes
 * ("— Вы сказали «…»?" asks: a lower-case word before the quotation).
 */
const QUOTE_BULLET = /^(?:[\p{Lu}\p{Lo}][\p{L}\p{M}.’'-]*\s){0,4}["“«„「]/u;

/**
 * A news agency's dateline before a lead: the place in capitals, then the agency in brackets and a
 * dash ("CIUDAD DE MÉXICO (apro).- Los periodistas …", "WASHINGTON (AP) — The …", "MOSCOW (Reuters) - …").
 * Not a speaker's "SUNUCU-" nor "CAPITANICH.-", whose dash follows the name.
 */
const AGENCY_DATELINE = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,3},? \(\p{L}[\p{L} .]{1,20}\)\.?\s?[-–—]/u;

/** An organisation's initials in capitals: "ACE", "SNDMAE". */
const ACRONYM = /^\p{Lu}{2,8}$/u;

/** Whether the capitalised words of a text open with an acronym's letters, in order ("Sindacato Nazionale Dipendenti …" for "SND…"). */
function spellsOut(acronym: string, text: string): boolean {
  const initials = text
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials.startsWith(acronym);
}

/**
 * Verbs that introduce a quote, beyond REPORTED_SPEECH's: a news report's "X continued:", "X's reply was:",
 * "what X said:", "X asks Y:" ("Lo que dijo la canciller:", "Basteiro pregunta a la Canciller:").
 */
const ATTRIBUTION =
  /(?<!\p{L})(?:continued|went on|replied|responded|dijo|respondió|pregunta a|pregunt[oó] a|continuó|poursuit|a répondu|fuhr fort|antwortete|продолжил[аи]?|ответил[аи]?|продовжив|відповів|(?:و|ف)?(?:تابع|تابعت|تابعَ|رد|ردّ|أجاب|أوضح)|ادامه داد|پاسخ داد)(?![\p{L}\u200c])|[他她]?[说說]道|[他她][说說]|回应[说說]?/u;

/** Roman numerals of two letters or more, two to nine: not a single letter, which may be a speaker's initial ("V.", "X."). */
const ROMAN_SECTION = /^(?:II|III|IV|VI|VII|VIII|IX)$/u;

/** A news agency's name closing a bracketed dateline: Yonhap, Kyodo, Jiji, Newsis, News1, Xinhua, China News Service. */
const WIRE_AGENCY = /(?:聯合|联合|共同|時事|时事|연합뉴스|뉴시스|뉴스1|新华社|新華社|中新社)(?:ニュース)?$/u;

/**
 * An Arabic news lead's opening words, the event's weekday set off by commas, as a news site writes it after its name
 * ("عقد في عمان، الاثنين، مؤتمر صحفي …", "انطلق مؤتمر صحفي مشترك مساء الأربعاء، بين …"): no speaker's turn, which
 * says what it says, not when the news happened.
 */
const LEAD_WEEKDAY = /^(?:\S+\s){0,6}(?:يوم |مساء |صباح )?(?:ال)?(?:اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد)\s?[،,]/u;

/** Two to four names: capitalised words, or two to four Chinese characters each ("高攀 劉品然 胡友松 檀易曉", "Ezgisu Şimşek"). */
const BYLINE_NAMES = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Script=Han}{2,4})(?:[\s,、]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Script=Han}{2,4})){1,3}$/u;

/** Social networks and nothing else after a label: the page's share bar ("MODERATOR: Line 5, go ahead." is no bar). */
const SHARE_BAR =
  /^(?:(?:share (?:to|on) |email )?(?:facebook|twitter|whatsapp|telegram|vk|vkontakte|linkedin|pinterest|x|e-?mail|weibo|wechat|line|kakao|this|blogthis!?|فیسبوک|توییتر|واتساپ|تلگرام|اینستاگرام)(?:[\s,|·]+|$))+$/iu;

/**
 * A date, a time, a number alone or an address's number opening the value: "11/09/2016 (…)", "27.9.2025 21:58", "2025-12-29", "۹۰۴۰۸۸۳", "Cad. No: 8 Balgat / Ankara" (not "30 years ago …"); a paper's
 * issue number before a spaced dash and the date, as Arabic papers' mastheads and article heads give it ("العدد: ٥٠٢٣ - الخميس …", "Issue: 412 - 2009 / 3 / 4").
 */
const FIELD_VALUE = /^\p{Nd}+(?:[./:-]\p{Nd}|$|\s*[(（]|\s\p{Lu}|\s[-–]\s\P{Nd}{0,12}\p{Nd})/u;

/**
 * A list of questions' heading, the asker's word in the plural: a page that sets out the questions it asks
 * or was asked ("Questions:", "Preguntas:", "Fragen:", "Вопросы:", "الأسئلة:"), not an interviewer's "Question:".
 */
const QUESTIONS_HEADING = /^(?:questions|preguntas|perguntas|domande|fragen|vragen|pytania|sorular|вопросы|запитання|الأسئلة|پرسش\u200cها|سوالات)$/iu;

/** The roles an event notice lists its guests under: "Speaker:", "Keynote speaker:", "Moderator:", "Intervenants :", "Ponente:", "Referentin:". */
const EVENT_ROLE =
  /^(?:(?:guest |keynote |featured )?speakers?|panell?ists?|moderator|intervenante?s?|ponentes?|conferencistas?|referent(?:in)?|redner(?:in)?|relatori?|спикеры?|докладчик)$/iu;

/** A name and nothing more: capitalised words, an honorific's or initial's stop among them ("Ambassador Jane Doe", "Dr. A. Rossi"). */
const NAME_ONLY = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){1,5}$/u;

/** An author's or a reporter's word before a byline's names: not "Question: Mr Ambassador", "Q: Ms Psaki". */
const BYLINE_WORD = /^(?:reporter|journalist|correspondent|muhabir|gazeteci|記者|记者|기자|репортер|корреспондент|журналист|autor|author|yazar)$/iu;

/**
 * The names of a page's fields in the corpus languages: sharing, printing, tags, comments,
 * related reading, the publication's date and code, the author, the source, an address; a media
 * advisory's or a notice's form ("Date:", "Venue:", "Media Participation:", "HASHTAG:", "時間:", "Zeit:"); a
 * news page's credits, desk and category ("Foto:", "Text: Redaktionen", "Staff Reporter :", "ویب ڈیسک:",
 * "تغطية:", "テーマ:", "Рубрика:"), its live box ("Live: Russia 24") and its repost notices ("版權宣告:", "轉載請註明:").
 */
const FIELD_NAME =
  /^(?:date|time|venue|place|location|media contact|media participation|hashtags?|notes?|source url|friendly print|font setting|zeit|ort|datum|original-content von|fecha|hora|lugar|notas|lieu|дата|время|место|деталі|подробности|日時|場所|日期|时间|時間|地点|地點|紀錄|share(?: this)?|tags?|keywords?|related(?: articles| stories| news)?|more stories|read more|no comments|comments?|print|address|source|author|published(?: on)?|posted(?: on| in)?|filed under|categories|category|teilen|schlagworte|weitere storys|mehr zum thema|quelle|autor|partager|mots-clés|auteur|compartir|etiquetas|fuente|condividi|fonte|partilhar|compartilhar|поделиться|теги|метки|читайте новости по меткам|читайте также|источник|автор|печать|нет комментариев|поділитися|джерело|分享到?|标签|標籤|来源|來源|打印|关闭|關閉|相关新闻|相關新聞|関連記事|続き|住所|出典|シェア|공유|태그|출처|관련기사|شارك|مشاركة|الكلمات الرئيسية|الكلمات المفتاحية|الوسوم|المصدر|تاريخ النشر|نشر بتاريخ|ليست هناك تعليقات|إرسال تعليق|اشتراک|برچسب(?: |\u200c)?ها|کد خبر|منبع|تاریخ انتشار|paylaş|etiketler|kaynak|yazar|শেয়ার করুন|शेयर करें|टैग|foto|photo|fotó|text|tekst|live|latest news|staff reporter|web desk|news desk|ویب ڈیسک|herausgeber|rappel|テーマ|カテゴリー?|更新日付|引用元|카테고리|조회수|kategori|рубрика|ссылка|主题|主題|版權宣告|版权声明|轉載請註明|转载请注明|关键词|關鍵詞|ετικέτες|megosztás|شیئر کریں|تغطية|تصوير|press release|contact|credits|tid|plats|今日日期|责编|責編)$/iu;
