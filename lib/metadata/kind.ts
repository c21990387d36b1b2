import type { TranscriptKind } from '../transcript-schema';

/**
 * What a title calls the event, in the languages foreign ministries publish in. The most
 * specific kind first: "remarks and answers to media questions at a press conference" is a
 * press conference. Word starts are guarded with (?<!\p{L}) rather than \b, which knows only
 * ASCII letters. Every alternative is a plain word or phrase: no nested repetition.
 */
const CORE_KINDS: Array<[TranscriptKind, RegExp]> = [
  [
    'briefing',
    // en, ru, uk, fr, es, de, ko ("정례브리핑"), zh ("吹风会"), ja ("ブリーフィング"); Russian and
    // Ukrainian inflect it ("брифинга", "брифінгу").
    /(?<!\p{L})(?:брифинг|брифінг)|(?<!\p{L})(?:briefings?|point de presse|points de presse|sesión informativa|pressebriefing|persbriefing|ενημέρωση πολιτικών συντακτών|תדריך)(?!\p{L})|브리핑|吹风会|ブリーフィング|ब्रीफिंग/iu,
  ],
  [
    'press-conference',
    // The China MFA's 例行记者会 and the German Regierungspressekonferenz are regular press conferences.
    /(?<!\p{L})(?:press[\s-]+conferences?|news conferences?|press availability|media availability|press encounter|doorstop|stakeout|пресс-конференц|прес-конференц|conférence de presse|rueda de prensa|conferencia de prensa|conferenza stampa|coletiva de imprensa|entrevista coletiva|konferencj[ai] prasow|basın toplantı|konferensi pers|keterangan pers|jumpa pers|họp báo|مؤتمرا? صحفيا?|المؤتمر الصحفي|persconferentie|presskonferens|pressemøde|pressekonferanse|tiskov[áé] konferenc|tlačov[áej] konferenci|conferin[țţt][aăe] de pres[aă]|συνέντευξη τύπου|sajtótájékoztató|пресконференц|конференција за новинаре|konferencija za novinare|lehdistötilaisuu|tiedotustilaisuu|מסיבת עיתונאים|نشست خبری|کنفرانس خبری|संवाददाता सम्मेलन|प्रेस वार्ता|प्रेस कॉन्फ्रेंस)|pressekonferenz|会見記録|記者会|记者会|記者會|发布会|發布會|發佈會|회견/iu,
  ],
  [
    'interview',
    /(?<!\p{L})(?:interview|интервью|інтерв['’]ю|entretien|entrevista|intervista|wywiad|röportaj|mülakat|wawancara|phỏng vấn|مقابلة|حوار|intervju|интервју|интервю|rozhovor|interviu|συνέντευξη|interjú|haastattelu|ראיון|مصاحبه|साक्षात्कार|इंटरव्यू)|采访|專訪|专访|访谈|インタビュー|인터뷰|대담/iu,
  ],
  [
    'answers-to-questions',
    // Words between the answers and the questions: "Ответы Министра … С.В.Лаврова на вопросы СМИ".
    /(?<!\p{L})(?:ответы|відповіді|answers|réponses|respuestas)(?!\p{L})[^?!\n]{1,120}?(?<!\p{L})(?:на вопросы|на запитання|на питання|to (?:the )?(?:media |journalists[’']? )?questions|aux questions|a (?:las )?preguntas)|answers? to (?:the )?(?:media |journalists[’']? |press |reporters[’']? )?questions|answered (?:the )?(?:media |journalists[’']? )?questions|(?<!\p{L})(?:q\s?&\s?a|questions and answers|ответы? на вопросы|ответил[аи]? на вопросы|відповіді на (?:запитання|питання)|відповів на (?:запитання|питання)|réponses? aux questions|respuestas? a (?:las )?preguntas|fragen und antworten|perguntas e respostas|domande e risposte|pytania i odpowiedzi|soru-cevap|soru cevap|tanya jawab|trả lời câu hỏi)(?!\p{L})|答[记記]者[问問]|答[问問]|[问問]答|질의응답|문답/iu,
  ],
  [
    'statement',
    /(?<!\p{L})(?:statements?|message (?:from|by)|messaggio (?:dell|della|del)|mensaje (?:del|de la)|mensagem d[oa]|grußwort|заявлени[яей]|заява|déclarations?|declaraci[oó]n|declaração|dichiarazione|oświadczenie|açıklama|pernyataan|tuyên bố|erklärung|بيان|verklaring|uttalande|prohlášení|declarați[ae]|δήλωση|δηλώσεις|nyilatkozat|lausunto|изявление|הצהרה|بیانیه|वक्तव्य)(?!\p{L})|声明|談話|谈话|성명|담화/iu,
  ],
  [
    'remarks',
    /(?<!\p{L})(?:remarks|speech|address|выступлени|вступительное слово|речь|виступ|звернення|промов|discours|allocution|intervention|discurso|intervención|palabras|rede|ansprache|pronunciamento|discorso|przemówieni|orędzi|wystąpieni|konuşma|hitap|pidato|sambutan|phát biểu|كلمة|خطاب|toespraak|anförande|projev|discursul|ομιλία|beszéd|felszólalás|обраћање|נאום|سخنرانی|भाषण|संबोधन|keynote|lecture|vortrag|grußwort|grussworte?|festrede|laudatio|mot d['’]accueil)|\p{L}(?:rede|ansprache|toespraak|vortrag)(?!\p{L})|讲话|講話|致辞|致辭|演讲|演講|演説|挨拶|式辞|祝辞|スピーチ|연설|축사|발언|취임사|환영사|기념사|개회사|폐회사|격려사|만찬사|강연/iu,
  ],
];

/**
 * More of each kind's words, in more languages, which the engine reads (`readTitleWords`,
 * `kindFromTitle`) and the content script leaves out (`readCoreTitleWords`): its bytes are counted.
 */
const MORE_KINDS: Array<[TranscriptKind, RegExp]> = [
  [
    'press-conference',
    // The Baltic, Balkan, Turkic, Malay, South Asian and Caucasian words; a Japanese office's regular, extraordinary,
    // inaugural or resignation "会見" without "記者" ("定例会見", "辞任会見", "大臣会見"); Korean "기자간담회" (a press
    // meeting); Thai "แถลงข่าว", which Thai writes with no space before it (no word-start guard).
    /(?<!\p{L})(?:spaudos konferencij|preses konferenc|pressikonverents|novinarsk[ae] konferenc|konferenc[ëe] për shtyp|konferencija za medije|mətbuat konfrans|sidang (?:media|akhbar)|پریس کانفرنس|সংবাদ সম্মেলন|პრესკონფერენცი|մամուլի ասուլիս)|(?:定例|臨時|辞任|就任|大臣|報道官)会見|기자간담회|แถลงข่าว/iu,
  ],
  [
    'briefing',
    // Taiwan's foreign ministry's regular "新聞說明會" (news briefing).
    /新聞說明會|新闻说明会|新聞説明会/u,
  ],
  [
    'interview',
    /(?<!\p{L})(?:intervija|intervistë|müsahibə|сұхбат|temu bual|انٹرویو|সাক্ষাৎকার|ინტერვიუ|հարցազրույց|สัมภาษณ์)|일문일답|一問一答|一问一答|\d{1,2}가지 질문/iu,
  ],
  [
    'interview',
    // "18 Fragen an Jean Asselborn", "4 questions à Didier Reynders": a number of questions to a person,
    // whose full name is capitalised (no "i" flag, under which \p{Lu} matches any letter): not "5 questions to ask", "5 Fragen an Europa nach …".
    /(?<!\p{L})\d{1,2} (?:[Qq]uestions?|[Ff]ragen|[Vv]ragen|[Pp]reguntas|[Pp]erguntas|[Dd]omande|[Pp]ytań|[Pp]ytania|[Oo]tázek|[Oo]tázky|[Вв]опрос(?:а|ов)|[Пп]итан(?:ня|ь)|[Ss]orular?) (?:[àaк]|an|aan|al|to|for|para|per|do|pro|для|до) (?=\p{Lu}[\p{Ll}.]+ \p{Lu})/u,
  ],
  [
    'answers-to-questions',
    // One answer to one question: "Ответ официального представителя МИД … на вопрос СМИ", "Sözcüsü'nün Bir Soruya
    // Cevabı", "Svar på spørsmål om …", "Mondelinge vraag van …" (a parliament's oral question and the minister's
    // answer), "外交部長王毅答中外記者問", Thai "บทถามตอบ" (questions and answers).
    /(?<!\p{L})(?:ответ|відповідь)(?!\p{L})[^?!\n]{1,120}?(?<!\p{L})на (?:вопрос|запитання|питання)|(?<!\p{L})(?:soruya cevab|sorulara cevap|svar på (?:spørsmål|spørgsmål|fråga|frågor)|mondelinge vra(?:ag|gen))|答中外[记記]者[问問]|ถามตอบ/iu,
  ],
  [
    'statement',
    // Romanian "Declarații de presă" (the core's "declarați[ae]" is the singular), Thai "ถ้อยแถลง".
    /(?<!\p{L})declarații(?!\p{L})|ถ้อยแถลง/iu,
  ],
  [
    'remarks',
    // Bulgarian, Macedonian and Serbian "Реч", Hebrew "הנאום" (the article joined to "speech"), Finnish "puhe",
    // Swedish "tal vid …", a Spanish greeting speech ("Saludo del Canciller …"), the Swedish and Norwegian
    // government's declaration to parliament ("Regeringsförklaringen 1994"), Thai royal and formal addresses ("พระราชดำรัส", "สุนทรพจน์").
    /(?<!\p{L})(?:реч|[הו]?נאום|puhe|tal (?:vid|på|inför|till))(?!\p{L})|(?<!\p{L})(?:regeringsförklaring|regjeringserklæring)|^saludo (?:del?|de la) |พระราชดำรัส|สุนทรพจน์/iu,
  ],
];

/**
 * Words that say a title's page is a transcript, in more languages, which the engine reads beyond
 * TRANSCRIPT_WORDS: "Přepis pořadu", "stenozáznam", "Der komplette Wortlaut", "Letterlijke tekst",
 * "Полный текст", "texte intégral", Korean "회의록" and Japanese "会議録" (a committee's minutes), "文字起こし",
 * Korean "녹취록" (a recording's transcript), Arabic "نص …" opening the title (the text of) and "النص الكامل".
 */
const MORE_TRANSCRIPT_WORDS =
  /(?<!\p{L})(?:přepis|stenozáznam|wortlaut|letterlijke tekst|полный текст|повний текст|texto íntegro|texte intégral|testo integrale|النص الكامل)(?!\p{L})|^نص |회의록|녹취록|会議録|文字起こし/iu;

/**
 * Every kind's words: each kind's core pattern (one per kind), then its MORE_KINDS, in the core's
 * order of kinds. The engine's, each tested as guarded() says.
 */
const ALL_KINDS = /* @__PURE__ */ allKinds();

function allKinds(): Array<[TranscriptKind, KindPattern]> {
  return CORE_KINDS.flatMap((entry) => [entry, ...MORE_KINDS.filter(([kind]) => kind === entry[0])]).map(([kind, pattern]) => [kind, guarded(pattern)]);
}

/** What kindIn asks of a kind's pattern. */
type KindPattern = Pick<RegExp, 'test'>;

/**
 * A pattern tested as it answers, up to 8 times sooner where it finds nothing: without its
 * word-start guards ("(?<!\p{L})") first. V8 tries a pattern that opens with a lookbehind at every
 * character, slowly under the i and u flags (all kinds on a lead's 400 characters: 51 µs in
 * Chromium); without the guards it skips to where the words may start. What the unguarded
 * pattern does not find the guarded one cannot, so only a find is tested again. The engine's
 * (ALL_KINDS): the content script's core kinds, whose bytes are counted, test as written. The
 * kinds' patterns carry no g or y flag, whose state the first test would move.
 */
function guarded(pattern: RegExp): KindPattern {
  const unguarded = new RegExp(pattern.source.replaceAll(String.raw`(?<!\p{L})`, ''), pattern.flags);
  return { test: (text) => unguarded.test(text) && pattern.test(text) };
}

/** Words a transcript's title may carry besides its kind: "Transcript", "стенограмма", "实录". */
const TRANSCRIPT_WORDS =
  /(?<!\p{L})(?:transcript|стенограм|estenográfica|mitschrift|wortprotokoll|verbatim|e&oe|íntegra|trascrizione|stenogram|transkrip|транскрипт|toàn văn)|实录|實錄|全文|전문|会見記録/iu;

export interface TitleWords {
  kind: TranscriptKind;
  /** It names a kind of transcript, or a transcript ("Transcript", "стенограмма", "实录"). */
  transcript: boolean;
  /** It names remarks, a speech or a statement, whatever else it names. */
  speech: boolean;
  /** It names a notice, a press release, a readout or an FAQ. */
  other: boolean;
}

/** What a title says, each pattern run once: detection asks all four questions of every page. The engine's reading. */
export function readTitleWords(title: string): TitleWords {
  return titleWordsOf(title, ALL_KINDS, ALL_NOT_TRANSCRIPT, MORE_TRANSCRIPT_WORDS);
}

/** The same with the core kinds' words alone: the content script's reading (lib/sites/judge.ts). */
export function readCoreTitleWords(title: string): TitleWords {
  return titleWordsOf(title, CORE_KINDS);
}

function titleWordsOf(
  title: string,
  kinds: Array<[TranscriptKind, KindPattern]>,
  notTranscript: Array<Pick<RegExp, 'test'>> = [NOT_TRANSCRIPT],
  moreTranscriptWords?: RegExp,
): TitleWords {
  const kind = kindIn(title, kinds);
  return {
    kind,
    transcript: kind !== 'other' || TRANSCRIPT_WORDS.test(title) || (moreTranscriptWords?.test(title) ?? false),
    speech: kind === 'remarks' || kind === 'statement' || titleNamesSpeech(title),
    other: notTranscript.some((pattern) => pattern.test(title)),
  };
}

/** Whether a title names remarks, a speech or a statement, whatever else it names ("Opening remarks ... at the press conference"). */
function titleNamesSpeech(title: string): boolean {
  return SPEECH_KINDS.some((pattern) => pattern.test(title));
}

const SPEECH_KINDS = CORE_KINDS.filter(([kind]) => kind === 'remarks' || kind === 'statement').map(([, pattern]) => pattern);

export function kindFromTitle(title: string): TranscriptKind {
  return kindIn(title, ALL_KINDS);
}

function kindIn(title: string, kinds: Array<[TranscriptKind, KindPattern]>): TranscriptKind {
  for (const [kind, pattern] of kinds) if (pattern.test(title)) return kind;
  return 'other';
}

/** Whether a title names one of the kinds of transcript: one piece of detection's evidence. */
export function titleNamesTranscript(title: string): boolean {
  return kindFromTitle(title) !== 'other' || TRANSCRIPT_WORDS.test(title) || MORE_TRANSCRIPT_WORDS.test(title);
}

/**
 * Titles of pages that are about an event without being its transcript: press releases,
 * readouts of calls, announcements, notices ("Adjournment of the Regular Press Conference"),
 * FAQs. In every corpus language.
 */
const NOT_TRANSCRIPT =
  /^(?:tags?|category|archives?|all posts|тег|теги|метка|рубрика|архив|позначка|schlagwort|étiquette|catégorie|etiqueta|categoría|标签|標籤|分类|タグ|カテゴリー|태그|분류)(?!\p{L})|^(?:news|announcement|notice|об? |сообщение для сми|анонс|communiqué|comunicado|pressemitteilung)(?!\p{L})|(?<!\p{L})(?:adjournment|postponed|cancell?ed|cancellation|will hold|to hold|to give|accreditation|аккредитац|(?:перенос|отмен)(?:ится|яется|\p{L}{0,2} брифинг)|readout|phone call|telephone conversation|call with|телефонн|frequently asked|faqs?(?!\p{L})|часто задаваем|часті питання|preguntas frecuentes|questions fréquentes|häufig gestellte|häufige fragen|press release|communiqué de presse|comunicado de prensa|(?<!in )joint statement|совместное заявление)|休会|休會|新闻稿|보도자료|자주 묻는|よくある質問|常见问题|常見問題/iu;

/**
 * More titles of pages that are no transcript, in more languages, which the engine reads and the
 * content script leaves out (its bytes are counted): an FAQ's ("Perguntas frequentes", "Вопрос-ответ",
 * "Domande frequenti", "Sıkça sorulan sorular", "الأسئلة الشائعة"), and a notice's of an event to come
 * ("Media advisory", "DIRCO to host a media briefing …", "مؤتمر صحفي مشترك … غدًا", Persian "… فردا برگزار می شود",
 * tomorrow, and "از برگزاری کنفرانس مطبوعاتی", of holding one, the "to hold" of NOT_TRANSCRIPT), a Thai summary ("สรุปการแถลงข่าว…"), and a
 * report's digest of one ("Highlights from news conference of …", "Key points from …"); a job interview's
 * questions to prepare for, which name an interview and are none ("Consular Officer Interview Questions and
 * Answers", "Mülakat Soruları ve Cevapları", "preguntas para la entrevista de trabajo", "면접 질문").
 */
const MORE_NOT_TRANSCRIPT =
  /(?<!\p{L})(?:perguntas (?:mais )?frequentes|domande frequenti|najczęściej zadawane pytania|sıkça sorulan sorular|veelgestelde vragen|vanliga frågor|ofte stillede spørgsmål|ofte stilte spørsmål|usein kysytyt|často kladené otázky|συχνές ερωτήσεις|gyakran ismételt kérdések|întrebări frecvente|pertanyaan yang sering diajukan|câu hỏi thường gặp|najčešća pitanja|често задавани въпроси|часто задаваемые)(?!\p{L})|(?<!\p{L})(?:media advisory|(?:to|will) host|highlights|key points|takeaways|غدا|غدًا|فردا|برگزاری)(?!\p{L})|(?<!\p{L})(?:interview questions and answers|job interview|mülakat soruları|iş görüşmesi|entrevista de (?:trabajo|emprego)|entretien d['’]embauche|questions d['’]entretien|vorstellungsgespräch|colloquio di lavoro|собеседовани\p{L}{0,3})(?!\p{L})|面试题|面试问题|면접 질문|面接質問|^สรุป|^(?:вопрос-ответ|питання-відповідь|الأسئلة الشائعة|أسئلة شائعة|سوالات متداول|پرسش\u200cهای متداول)$/iu;

/**
 * A section's title over a listing of its texts, which names their kind in the plural, at most one word
 * before it and nothing after but a year, a second kind or whose they are: "Speeches", "Speeches &
 * Presentations", "Speeches by the Prime Minister", "Post-Cabinet press conferences", "Interviews with U.S.
 * Ambassadors", "Discursos del Presidente", "Reden und Interviews" (not "DoD Daily Briefings", a blog's name
 * over one briefing, nor "CNN Entrevistas com …", a programme's). The engine's.
 */
const SECTION_TITLE =
  /(?:^|\s[–—|-]\s)(?:[\p{L}-]+ )?(?:speeches|interviews|press conferences|news conferences|briefings|discursos|entrevistas|conferencias de prensa|conférences de presse|entretiens|interviste|discorsi|conferenze stampa|reden|pressekonferenzen|toespraken|przemówienia|wywiady|konuşmalar|röportajlar|выступления|брифинги|виступи|брифінги)(?:$|\s*(?:\p{Nd}|&|and |by |with |from |of |und |et |y |e |del? |des |von |der |dell))/iu;

const ALL_NOT_TRANSCRIPT = [NOT_TRANSCRIPT, MORE_NOT_TRANSCRIPT, SECTION_TITLE];

export function titleNamesNonTranscript(title: string): boolean {
  return ALL_NOT_TRANSCRIPT.some((pattern) => pattern.test(title));
}
