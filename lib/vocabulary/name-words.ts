/**
 * The words of names and roles, in one table: what is an office, a courtesy title, a moderator,
 * a news outlet, and which capitalised words of a title are no one's name. Labels
 * (lib/segment/labels.ts), speakers (speakers.ts), names in titles (title-names.ts), turns and
 * roles read them; a word added here reaches each of them.
 *
 * The lists overlap on purpose where their questions differ: ROLE_WORDS are the words of an
 * office inside a label, dropped from the name; ROLE_BEFORE the words after which a title names
 * a person (offices, and "by", "with", "von"); PERSON_OFFICES the offices a surname alone may
 * follow; NOT_NAMES the capitalised words of titles that are not names (offices, places,
 * events, months).
 */

/* Offices and people. */

/** Courtesy titles: dropped from names. */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'shri', 'smt', 'smt.', 'sri', 'h.e.', 'he', 'sir',
  'madam', 'mme', 'mme.', 'm.', 'г-н', 'г-жа', 'господин', 'госпожа', 'rt', 'hon', 'hon.',
  'herr', 'frau', 'monsieur', 'madame', 'señor', 'señora', 'sr.', 'sra.', 'senhor', 'senhora', 'signor', 'signora',
  'pan', 'pani', 'bapak', 'ibu', 'pak', 'sayın', 'lord', 'lady', 'dame',
]);

/** Words of office: they make a label an official's and are not part of the name. */
export const ROLE_WORDS = new Set([
  'minister', 'ministers', 'secretary', 'spokesperson', 'spokeswoman', 'spokesman', 'president', 'prime',
  'ambassador', 'deputy', 'director', 'director-general', 'head', 'chairman', 'chairwoman', 'chair',
  'foreign', 'state', 'press', 'official', 'representative', 'envoy', 'chancellor', 'vice', 'general',
  'senator', 'governor', 'affairs', 'special', 'permanent', 'consul', 'consul-general', 'counsellor',
  'premier', 'undersecretary', 'under', 'assistant', 'secretary-general', 'under-secretary-general', 'deputy-secretary-general', 'spokesperson’s', 'department', 'senior', 'administration',
  'ministry', 'government', 'federation', 'external', 'international', 'cooperation', 'high', 'the',
  'bundesminister', 'bundesministerin', 'bundeskanzler', 'bundeskanzlerin', 'außenminister', 'außenministerin',
  'staatssekretär', 'staatssekretärin', 'regierungssprecher', 'regierungssprecherin', 'sprecher', 'sprecherin',
  'srs', "srs'in", 'sts', 'sts.', 'stsin', 'srsin', 'bk', 'stv', 'vors.', 'vors', 'vorsitzende', 'vorsitzender', 'ministre', 'président', 'présidente', 'le', 'porte-parole', 'ministro',
  'ministra', 'presidente', 'canciller', 'vocero', 'vocera', 'portavoz', 'secretario', 'secretaria', 'subsecretario', 'subsecretaria', 'embajador',
  'embajadora', 'asuntos', 'exteriores', 'relaciones', 'affaires', 'étrangères', 'etrangeres', 'auswärtigen',
  'representative/vice-president', 'vice-president', 'chief', 'executive', 'estado', 'comunicación', 'gobierno',
  'presidencia', 'gabinete', 'jefe', 'jefa', 'moderadora', 'moderador', 'міністр', 'президент', 'речник', 'посол', 'прем’єр-міністр', 'прем\'єр-міністр',
  'министр', 'министра', 'президент', 'посол', 'официальный', 'официальная', 'представитель',
  'директор', 'заместитель', 'председатель', 'премьер-министр', 'глава', 'иностранных', 'дел', 'мид',
  'россии', 'российской', 'федерации', 'официальный', 'представителя',
  // Portuguese, Italian, Polish, Turkish, Indonesian, Vietnamese.
  'porta-voz', 'chanceler', 'embaixador', 'embaixadora', 'secretário', 'primeiro-ministro', 'portavoce', 'ambasciatore',
  'sottosegretario', 'presidente del consiglio', 'prezydent', 'premier', 'rzecznik', 'ambasador', 'wiceminister', 'rp',
  'cumhurbaşkanı', 'cumhurbaşkani', 'başbakan', 'bakan', 'bakanı', 'sözcü', 'sözcüsü', 'büyükelçi', 'dışişleri', 'presiden', 'menteri',
  'juru', 'bicara', 'duta', 'besar', 'wakil', 'ri', 'bộ', 'trưởng', 'thứ', 'thủ', 'tướng', 'chủ', 'tịch', 'phát', 'ngôn',
  'đại', 'sứ', 'người', 'ngoại', 'giao',
  // The guest of a broadcast interview is the interviewee the title names.
  'gast', 'guest', 'invité', 'invitée', 'invitado', 'invitada', 'ospite', 'gość',
  'botschafter', 'botschafterin', 'generalkonsul', 'generalkonsulin', 'konsul', 'gesandter', 'deutscher', 'deutsche',
  'bundesaußenminister', 'bundesaußenministerin', 'bundespräsident', 'bundespräsidentin', 'menlu', 'wamenlu', 'jubir', 'dubes',
]);

/** Whether a word is a word of office ("Minister", "Secretary", "Außenministerin"). */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase());
}

/** Offices a surname alone may follow: a person's, not a department's ("State Dept"). */
export const PERSON_OFFICES = /^(?:minister|secretary|commissioner|consul|envoy|president|ambassador|spokesperson|spokesman|spokeswoman|chancellor|premier|bundesminister|bundesministerin|bundeskanzler|bundeskanzlerin|außenminister|außenministerin|ministre|ministro|ministra|presidente|président|présidente|canciller|министр|министра|президент|президента|посол|посла|botschafter|botschafterin|generalkonsul|cumhurbaşkanı|başbakan|bakan|bakanı|büyükelçisi|sözcüsü|başkanı|presiden|menteri|prezydent|ambasciatore|embaixador|rzecznik|vicepremier|bundespräsident|bundespräsidentin|präsident|präsidentin|ministerpräsident|ministerpräsidentin|vizekanzler|vizekanzlerin|premierminister|premierministerin|ministr|ministrem|міністр|міністра|міністром|президентом|послом|spokesperson’s|ambassadeur|embajador|embajadora|ambasador|ambasadora|büyükelçi|dubes|sứ|trưởng|tướng)$/iu;

/**
 * Prepositions of a posting after an office: "High Commissioner to South Africa", "Embajador en
 * España", "Đại sứ … tại Nhật Bản", "Посол в Японии". What follows names the place, not the holder.
 */
export const POSTING_PREPOSITIONS = new Set(['to', 'in', 'at', 'à', 'au', 'aux', 'en', 'tại', 'ở', 'в', 'во', 'na', 'w', 'we', 'nel', 'nella', 'em', 'presso']);

/**
 * Countries as Vietnamese names them after an office, before the holder's name ("Đại sứ Mỹ David
 * Shear", "Đại sứ Việt Nam Nguyễn Quốc Cường"): the office's, not the person's. Vietnamese writes
 * no "of" or possessive there, so the words alone tell them apart. Pure: the engine's alone,
 * and a bundler keeps a top-level call it is not told is pure, in the content script too.
 */
export const OFFICE_COUNTRIES = /* @__PURE__ */ [
  'Việt Nam', 'Hoa Kỳ', 'Mỹ', 'Nhật Bản', 'Trung Quốc', 'Hàn Quốc', 'Triều Tiên', 'Pháp', 'Nga', 'Đức', 'Anh', 'Úc', 'Ấn Độ', 'Lào',
  'Campuchia', 'Thái Lan', 'Ý', 'Canada', 'Singapore', 'Indonesia', 'Philippines', 'Malaysia', 'Israel', 'Ukraine', 'Ba Lan', 'Tây Ban Nha',
].map((country) => country.split(' '));

/** The kind word before an interviewee's surname and a colon: "Interview Zijlstra: …", "Entrevista Albares: …". */
export const INTERVIEW_WORDS = new Set(['interview', 'entrevista', 'intervista', 'wywiad', 'интервью', 'інтерв’ю', "інтерв'ю", 'röportaj', 'entretien', 'interviu']);

/** Words after which a title names a person: offices, and "by", "with", "von", "de". */
export const ROLE_BEFORE = new Set([
  'minister', 'secretary', 'spokesperson', 'spokeswoman', 'spokesman', 'president', 'ambassador', 'chancellor',
  'envoy', 'representative', 'director', 'premier', 'secretary-general', 'chair', 'chairman', 'general', 'affairs',
  'state', 'relations', 'defence', 'defense', 'vice-president', 'vice-chancellor', 'high', 'premier', 'leader', 'exteriores', 'étrangères', 'cooperation', 'cooperación', 'coopération',
  'by', 'with', 'from', 'interviews', 'to', 'à', 'an', 'a', 'mit', 'von', 'bundesminister', 'bundesministerin', 'bundeskanzler',
  'bundeskanzlerin', 'außenminister', 'außenministerin', 'de', 'du', 'par', 'avec', 'ministre', 'président',
  'présidente', 'porte-parole', 'del', 'con', 'ministro', 'ministra', 'presidente', 'canciller', 'embajador',
  'министра', 'министр', 'президента', 'президент', 'посла', 'посол', 'представителя', 'міністра', 'президента',
  'речника', 'посла', 'дел', 'федерации', 'россии', 'рф', 'мид', 'справ', 'україни', 'mr', 'mr.', 'ms', 'ms.', 'dr', 'dr.', 'shri', 'h.e.', 'm.', 'mme', 'monsieur', 'madame',
  'herr', 'frau', 'señor', 'señora', 'sr.', 'sra.', 'г-н', 'г-жа', 'господин', 'госпожа', 'пан', 'пані',
  'cumhurbaşkanı', 'başbakan', 'bakan', 'bakanı', 'sözcüsü', 'presiden', 'menteri', 'prezydent', 'premier', 'ambasciatore',
  'embaixador', 'rzecznik', 'wiceminister', 'pak', 'bapak', 'ibu', 'sayın', 'hon', 'hon.', 'honourable', 'honorable',
  // Vietnamese and Indonesian offices end on these words: "Đại sứ", "Bộ trưởng", "Thủ tướng", "Người phát ngôn", "Duta Besar".
  'sứ', 'trưởng', 'tướng', 'ngôn', 'tịch', 'dubes', 'besar', 'bicara',
  'bundespräsident', 'bundespräsidentin', 'präsident', 'präsidentin', 'ministerpräsident', 'vizekanzler', 'premierminister',
  'bundesaußenminister', 'bundesaußenministerin', 'menlu', 'wamenlu', 'jubir',
]);

/* Offices, journalists and moderators in CJK labels and in every language. */

/**
 * Offices written after a CJK name or alone: "崔大使", "上川大臣", "財政司司長", "總統",
 * "外務報道官", "대변인". Longest first.
 */
export const CJK_OFFICE =
  /(?:外務大臣|外務報道官|官房長官|内閣総理大臣|総理大臣|財政司司長|行政長官|行政长官|发言人|發言人|報道官|大使|大臣|外相|総理|首相|长官|長官|司長|司长|部长|部長|外长|总统|總統|主席|总理|總理|대변인|부대변인|장관|차관|대통령|총리|대사)$/u;

/** A CJK journalist's label ends so: "法新社记者", "NHK 大谷記者", "연합뉴스 기자". */
export const CJK_JOURNALIST = /(?:记者|記者|기자)$/u;

/** Moderators relay other people's questions ("Shri Yatin Patel, OSD (PR)"). */
export const MODERATOR = /(?<![\p{L}\p{N}])(?:moderator|moderadora?|modérateur|modératrice|ведущий|ведущая|модератор|OSD|host|vors\.?|vorsitzende|vorsitzender|司会|主持人|사회자|مدير الحوار|sunucu|apresentador|apresentadora|âncora|conductor|conductora|presentador|presentadora|animateur|animatrice|anchor|conduttore|conduttrice|prowadzący|prowadząca|pembawa acara|người dẫn chương trình|mc)(?![\p{L}\p{N}])/iu;

/* News outlets. */

/**
 * Media outlets: a label that names one is a journalist's ("China Daily:", "Question (RIA
 * Novosti):", "Kojima, NHK:").
 */
export const OUTLET =
  /(?<![\p{L}\p{N}])(?:daily|news|times|post|tv|television|radio|channel|agency|network|newspaper|magazine|journal|gazette|herald|tribune|reuters|afp|ap|bloomberg|cnn|bbc|cctv|cgtn|nhk|kyodo|jiji|xinhua|tass|ria|interfax|sputnik|rt|asahi|yomiuri|mainichi|nikkei|wion|ani|pti|al jazeera|phoenix|dpa|efe|ansa|тасс|риа|интерфакс|известия|коммерсант|россия|первый канал|нтв|ртр|газета|агентство|телеканал|информационный|радиостанция|канал|журнал|вести|новости|пресса|zeitung|spiegel|kurier|presse|le monde|le figaro|europe 1|france inter|el país|la nación|abc|nbc|cbs|npr|pbs|fox|abc news|yonhap|연합뉴스|dw|the paper|press trust|global times|china news service|phoenix tv|kyodo news|الجزيرة|العربية|الأهرام|الشرق الأوسط|سكاي نيوز|روسيا اليوم|وكالة|صحيفة|قناة)(?![\p{L}\p{N}])/iu;

/* Words of titles that name no one. */

/** Capitalised words of titles that are not names. */
export const NOT_NAMES = new Set([
  'public', 'relations', 'communications', 'information', 'protocol', 'policy', 'planning',
  'foreign', 'minister', 'ministry', 'spokesperson', 'spokeswoman', 'spokesman', 'president', 'presidents',
  'prime', 'secretary', 'state', 'deputy', 'ambassador', 'press', 'conference', 'briefing', 'interview',
  'remarks', 'statement', 'statements', 'answers', 'transcript', 'department', 'official', 'regular',
  'weekly', 'virtual', 'media', 'joint', 'russian', 'russia', 'federation', 'affairs', 'external',
  'the', 'a', 'an', 'by', 'of', 'at', 'on', 'in', 'with', 'and', 'following', 'talks', 'meeting',
  'director', 'head', 'general', 'vice', 'chancellor', 'embassy', 'government', 'mfa', 'un', 'united',
  'nations', 'states', 'council', 'security', 'moscow', 'session', 'opening', 'closing', 'speech',
  'address', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'news', 'agency', 'newspaper', 'television', 'programme', 'program',
  'министра', 'министр', 'российской', 'федерации', 'россии', 'иностранных', 'официального',
  'представителя', 'мид', 'брифинг', 'интервью', 'выступление', 'ответы', 'заявление', 'посла',
  'президента', 'заместителя', 'директора', 'департамента', 'москва', 'пресс-конференция',
  'стенограмма', 'совместной', 'переговоров', 'итогам', 'україни', 'росії', 'украины', 'беларуси', 'білорусі',
  'китая', 'китаю', 'франции', 'германии', 'сша', 'рф', 'кнр', 'республики', 'республіки', 'auswärtigen', 'amt', 'amts', 'rede', 'regierung',
  'bundesregierung', 'pressekonferenz', 'interview', 'conférence', 'presse', 'entretien', 'déclaration',
  'conferencia', 'prensa', 'entrevista', 'rueda', 'debate', 'street', 'downing', 'house', 'white', 'general',
  'assembly', 'union', 'european', 'commission', 'nato', 'house', 'parliament', 'senate', 'roundtable',
  'journalists', 'doorstop', 'address', 'visit', 'round', 'table', 'republic', 'republik', 'república', 'repubblica',
  // A foreign ministry's own words after "minister of": never a name.
  'negócios', 'estrangeiros', 'esteri', 'buitenlandse', 'zaken', 'extranjeros', 'exteriores', 'étrangères', 'dışişleri', 'zahraničních', 'věcí', 'zagranicznych', 'spraw',
  'république', 'republica', 'rzeczypospolitej', 'cumhuriyeti', 'keterangan', 'pers', 'konferensi', 'wawancara',
  'mp', 'mep', 'qc', 'kc', 'mla', 'transcript',
  // Greetings open a question addressed to the guest: "Guten Tag, Herr Botschafter."
  'guten', 'tag', 'morgen', 'abend', 'good', 'morning', 'afternoon', 'evening', 'buenos', 'días', 'buenas', 'tardes',
  'bom', 'dia', 'boa', 'buongiorno', 'buonasera', 'dzień', 'dobry', 'hello', 'thank', 'thanks', 'dear', 'welcome', 'bonjour',
  'bonsoir', 'merci', 'herzlich', 'willkommen',
  // Vietnamese titles capitalise only names, or every word: the verbs and words of event after a name.
  'trả', 'lời', 'phỏng', 'vấn', 'họp', 'báo', 'tại', 'với', 'về', 'và',
  // Indonesian titles capitalise every word: "… Dubes RI Untuk Australia, Dr. Siswo Pramono".
  'untuk', 'dengan', 'dan', 'ke', 'dari', 'bersama', 'tentang', 'soal', 'lebih',
]);

/** Three-syllable words that follow an office in Korean titles and name no one. */
export const KOREAN_NOT_NAMES = new Set(['브리핑', '인터뷰', '취임사', '기고문', '연설문', '회견문', '간담회', '발표문', '축사', '기념식', '환영사', '환영식', '설명회', '세미나', '포럼', '회의', '만찬', '외무', '외교', '외교부', '통일', '통일부', '국방', '국방부', '신임', '전임']);
