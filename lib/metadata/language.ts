/**
 * The page's language: the URL's language section (mid.ru's /en/, /ru/, old /en_GB/), the
 * document's lang attribute, else the text itself: its script, then for Cyrillic and Latin
 * scripts the letters and short words each language uses most.
 */
export function detectLanguage(doc: Document, url: URL, sample: string): string {
  const fromPath = /^\/([a-z]{2})(?:[_-][A-Za-z]{2})?(?:\/|$)/.exec(url.pathname)?.[1];
  const declaredCode = doc.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  // Norwegian's two written standards, Bokmål and Nynorsk, are Norwegian.
  const declared = declaredCode === 'nb' || declaredCode === 'nn' ? 'no' : declaredCode;
  // The address and the markup agree on a Latin-script language: counting its words would only
  // cost time (mid.ru's "/en/" pages). Other scripts are still read: kharkivoda.gov.ua's "/ru/"
  // section, marked "ru", serves Ukrainian texts, and telling them apart costs one pass of letters.
  if (fromPath && declared === fromPath && fromPath in LATIN_WORDS) return fromPath;
  const fromText = languageOfText(sample);
  // The address's language, unless the text says otherwise (diplomatie.gouv.fr serves French
  // pages under "/en/…/fr/…").
  if (fromPath && KNOWN.has(fromPath) && (fromText === null || fromText === fromPath)) return fromPath;
  // A declared language that contradicts the text is a template default ("en" on a Chinese page).
  if (declared && KNOWN.has(declared) && (fromText === null || fromText === declared)) return declared;
  // A template's default is English: a page that declares another Latin-script language, and whose
  // words read as a Latin-script language other than English, is in the language it declares. The
  // short words tell languages apart less well than a site's own declaration does (Czech read as
  // Polish from the words they share, "na", "to", "že"; Estonian as Finnish).
  if (declared && declared !== 'en' && declared in LATIN_WORDS && fromText !== null && fromText !== 'en' && fromText in LATIN_WORDS) return declared;
  return fromText ?? (declared && KNOWN.has(declared) ? declared : 'en');
}

const KNOWN = new Set([
  'en',
  'ru',
  'fr',
  'es',
  'de',
  'ar',
  'zh',
  'ja',
  'ko',
  'pt',
  'it',
  'hi',
  'uk',
  'pl',
  'tr',
  'id',
  'vi',
  'nl',
  'sv',
  'da',
  'cs',
  'ro',
  'hu',
  'fi',
  'et',
  'el',
  'he',
  'fa',
  'bg',
  'sr',
  'th',
  'sl',
  'sk',
  'lt',
  'lv',
  'no',
  'hr',
  'az',
  'uz',
  'kk',
  'ky',
  'tg',
  'mn',
  'be',
  'hy',
  'ka',
  'bn',
  'ta',
  'si',
  'my',
  'km',
  'lo',
  'am',
  'ms',
  'sq',
  'sw',
  'ur',
]);

/** The short words Malay and Indonesian share. */
const MALAY_INDONESIAN_WORDS = ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'akan', 'ada', 'kita', 'saya', 'kami', 'juga'];

/**
 * Short words frequent in one language and rare in the others of the corpus, counted as whole
 * words in the sample. Each list is about a dozen words.
 */
const LATIN_WORDS: Record<string, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'we', 'with', 'for', 'this', 'have', 'are', 'on', 'you']),
  de: new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'ich', 'wir', 'sie', 'mit', 'auf', 'den', 'zu', 'ein', 'eine']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'est', 'nous', 'une', 'pour', 'que', 'qui', 'dans', 'pas', 'du', 'au']),
  es: new Set(['el', 'la', 'los', 'las', 'y', 'que', 'es', 'una', 'por', 'para', 'con', 'del', 'muy', 'lo', 'se']),
  pt: new Set(['o', 'os', 'as', 'e', 'que', 'não', 'uma', 'para', 'com', 'do', 'da', 'em', 'dos', 'é']),
  it: new Set(['il', 'di', 'che', 'e', 'la', 'per', 'non', 'una', 'sono', 'del', 'della', 'con', 'gli']),
  pl: new Set(['się', 'nie', 'że', 'jest', 'na', 'w', 'z', 'do', 'jak', 'ale', 'to', 'co', 'tak', 'przez', 'czy']),
  tr: new Set(['ve', 'bir', 'bu', 'için', 'ile', 'çok', 'olarak', 'ama', 'gibi', 'daha', 'olan', 'değil', 'biz', 'var', 'şu']),
  id: new Set([...MALAY_INDONESIAN_WORDS, 'bahwa', 'karena', 'bisa', 'adalah', 'yaitu', 'saja']),
  // Malay shares Indonesian's short words, and counts for them too, so that its own spellings decide ("bahawa", "kerana",
  // "boleh", "ialah", "iaitu", "sahaja" for "bahwa", "karena", "bisa", "adalah", "yaitu", "saja"); a tie is Indonesian's.
  ms: new Set([...MALAY_INDONESIAN_WORDS, 'bahawa', 'kerana', 'boleh', 'ialah', 'iaitu', 'sahaja', 'daripada', 'kerajaan', 'beliau', 'mahu']),
  sq: new Set(['dhe', 'në', 'të', 'për', 'që', 'është', 'nga', 'një', 'kjo', 'janë', 'nuk', 'edhe', 'shumë', 'ka', 'duhet']),
  sw: new Set(['ya', 'wa', 'kwa', 'za', 'katika', 'ni', 'hii', 'kuwa', 'pia', 'hiyo', 'sana', 'lakini', 'yake', 'huo', 'wetu']),
  uz: new Set(['va', 'bilan', 'uchun', 'ham', 'esa', 'haqida', 'davomida', 'bo‘yicha', "bo'yicha", 'etildi', 'qilish', 'ishlar']),
  vi: new Set(['của', 'và', 'là', 'các', 'những', 'không', 'được', 'với', 'này', 'cho', 'trong', 'người', 'có', 'đã', 'một']),
  nl: new Set(['het', 'een', 'van', 'dat', 'niet', 'wij', 'ik', 'zijn', 'voor', 'met', 'ook', 'maar', 'wordt', 'naar', 'deze', 'heeft']),
  sv: new Set(['och', 'att', 'är', 'för', 'inte', 'jag', 'av', 'också', 'detta', 'kommer', 'som', 'det', 'vi', 'har']),
  da: new Set(['og', 'ikke', 'jeg', 'af', 'er', 'også', 'dette', 'vil', 'skal', 'blev', 'være', 'som', 'det', 'vi', 'har']),
  cs: new Set(['je', 'že', 'jsme', 'není', 'také', 'jsou', 'který', 'která', 'které', 'protože', 'aby', 'jsem', 'bylo', 'když']),
  ro: new Set(['și', 'în', 'că', 'este', 'cu', 'nu', 'pe', 'care', 'pentru', 'mai', 'sunt', 'fost', 'această', 'acest', 'sau']),
  hu: new Set(['az', 'és', 'hogy', 'nem', 'egy', 'van', 'meg', 'ez', 'azt', 'csak', 'már', 'mint', 'volt', 'lesz', 'kell']),
  fi: new Set(['ja', 'että', 'ei', 'olemme', 'kanssa', 'myös', 'tämä', 'ovat', 'oli', 'mutta', 'kuin', 'joka', 'ole', 'mitä']),
  et: new Set(['ja', 'ei', 'see', 'ka', 'oli', 'kui', 'mis', 'aga', 'oma', 'siis', 'nii', 'või', 'seda', 'ning', 'meie']),
  sl: new Set(['in', 'ki', 'tudi', 'smo', 'bo', 'pa', 'kot', 'ter', 'zelo', 'sem', 'so', 'bi', 'lahko', 'vendar']),
  // Slovak shares "je", "že", "aby" with Czech; its own are "sa", "som", "nie", "aj", "pre", "sú".
  sk: new Set(['je', 'že', 'aby', 'sa', 'som', 'sme', 'nie', 'aj', 'ktorý', 'ktorá', 'ktoré', 'pre', 'sú', 'však', 'alebo', 'bolo', 'tiež', 'keď']),
  lt: new Set(['ir', 'kad', 'yra', 'su', 'bet', 'tai', 'buvo', 'apie', 'kaip', 'į', 'iš', 'jis', 'mes', 'taip', 'dėl']),
  lv: new Set(['un', 'ir', 'ka', 'ar', 'par', 'bet', 'tas', 'kas', 'uz', 'arī', 'mēs', 'tā', 'kā', 'bija', 'vai']),
  // Norwegian shares most of Danish's short words; its own are "av", "ble", "hva", "mye", "noe", "nå", "etter".
  no: new Set([
    'og',
    'ikke',
    'jeg',
    'av',
    'er',
    'også',
    'dette',
    'vil',
    'skal',
    'ble',
    'blir',
    'være',
    'som',
    'det',
    'vi',
    'har',
    'hva',
    'mye',
    'noe',
    'nå',
    'etter',
  ]),
  // Croatian and Serbian in Latin letters share their short words; Croatian writes "što", "tko", "vrijeme", Serbian "šta", "ko", "vreme".
  // ("je", "da", "se", "ali" are Slovenian's and Czech's too: not counted).
  hr: new Set(['su', 'koji', 'koja', 'kao', 'nije', 'što', 'tko', 'također', 'vrlo', 'vrijeme', 'dvije', 'mjesto', 'rekao', 'kazao']),
  sr: new Set(['su', 'koji', 'koja', 'kao', 'nije', 'šta', 'ko', 'takođe', 'veoma', 'vreme', 'dve', 'mesto', 'rekao', 'kazao']),
};

/**
 * Latin-script languages told by a letter of their own, in words of every kind (a name in an
 * English report, "Məmmədyarov", is one word however often it comes): Azerbaijani's schwa, Uzbek's
 * turned comma ("oʻ", "gʻ").
 */
const LATIN_LETTERS: Array<[RegExp, string]> = [
  [/ə/u, 'az'],
  [/[og][ʻ‘]/u, 'uz'],
];

const OWN_LATIN = /ə|[og][ʻ‘]/iu;

/** Whether a language's own letter stands in different words, and in enough of them: a name repeated is one word. */
function holdsOwnLetter(words: string[], letter: RegExp, share: number): boolean {
  const holding = words.filter((word) => letter.test(word));
  return new Set(holding).size >= OWN_LETTER_WORDS && holding.length >= words.length * share;
}

/** How many different words hold the letter, at least: a name repeated is one. */
const OWN_LETTER_WORDS = 3;

/** Of a text's words, the share that holds the language's own letter, at least: one in ten. */
const OWN_WORD_SHARE = 0.1;

/** Letters Ukrainian writes and Russian does not (і, ї, є, ґ), and the reverse (ы, э, ъ, ё). */
const UKRAINIAN_LETTERS = /[іїєґ]/giu;
const RUSSIAN_LETTERS = /[ыэъё]/giu;
/** Serbian Cyrillic's own letters (ј, љ, њ, ћ, ђ, џ); Bulgarian writes ъ as a vowel and never ы or э. */
const SERBIAN_LETTERS = /[јљњћђџ]/giu;
const BULGARIAN_ONLY = /ъ/giu;
const NOT_BULGARIAN = /[ыэё]/giu;
/**
 * Cyrillic letters of the Central Asian and Mongolian alphabets: Kazakh's ә and ұ, Tajik's ҷ, ӣ
 * and ӯ; ө and ү are Mongolian's and Kyrgyz's, and Kyrgyz writes ң too. Belarusian writes ў and
 * writes no и; Uzbek writes ў with қ, ғ and ҳ.
 */
const OWN_CYRILLIC = /[әұҷӣӯөүңўқғҳ]/iu;
const KAZAKH_LETTERS = /[әұ]/u;
const TAJIK_LETTERS = /[ҷӣӯ]/u;
const MONGOLIAN_LETTERS = /[өү]/u;
const KYRGYZ_LETTERS = /ң/u;
const BELARUSIAN_LETTERS = /ў/u;
/** Uzbek's Cyrillic writes ў too, and қ, ғ, ҳ, which Belarusian does not. */
const UZBEK_LETTERS = /[қғҳ]/u;
const RUSSIAN_I = /и/giu;

/** Letters Persian writes and Arabic does not (پ, چ, ژ, گ, ک, ی). */
const PERSIAN_LETTERS = /[پچژگکی]/gu;
const URDU_LETTERS = /[ںےٹڈڑھ]/gu;
/** One Arabic-script letter in this many is Urdu's own in an Urdu text (ے and ں end its verbs and plurals). */
const URDU_SHARE = 40;

function languageOfText(text: string): string | null {
  const sample = text.slice(0, SCRIPT_SAMPLE);
  let latin = 0;
  let cyrillic = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let arabic = 0;
  const others = new Map<string, number>();
  // One pass over the characters: five regular expressions over the sample cost five.
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin += 1;
    else if (code >= 0x400 && code <= 0x4ff) cyrillic += 1;
    else if (code >= 0x4e00 && code <= 0x9fff) han += 1;
    else if (code >= 0x3040 && code <= 0x30ff) kana += 1;
    else if (code >= 0xac00 && code <= 0xd7af) hangul += 1;
    else if (code >= 0x600 && code <= 0x6ff) arabic += 1;
    // Spaces, digits and punctuation, and every other letter below Greek, are no script of OTHER_SCRIPTS: not searched.
    else if (code >= 0x370) {
      const script = OTHER_SCRIPTS.find(([from, to]) => code >= from && code <= to)?.[2];
      if (script) others.set(script, (others.get(script) ?? 0) + 1);
    }
  }
  // Of the other scripts, the one most written (Bengali's text ends with Devanagari's danda "।").
  let otherScript = '';
  let other = 0;
  for (const [script, count] of others) if (count > other) [otherScript, other] = [script, count];
  // A Han, kana or Hangul character holds about as much text as three Latin letters: a bilingual page (an
  // interpreted press conference, a Chinese page with the English original) is in its Asian script's language
  // where that script holds as much of the text.
  const top = Math.max(latin, cyrillic, (han + kana) * CJK_WEIGHT, hangul * CJK_WEIGHT, arabic, other);
  if (top === 0) return null;
  if (top === other) return otherScript;
  if (top === hangul * CJK_WEIGHT) return 'ko';
  if (top === cyrillic) return cyrillicLanguage(sample);
  if (top === (han + kana) * CJK_WEIGHT) return kana > 0 ? 'ja' : 'zh';
  // Urdu writes letters Persian and Arabic do not (ں, ے, ٹ, ڈ, ڑ, ھ), in most of its sentences.
  if (top === arabic && (sample.match(URDU_LETTERS)?.length ?? 0) > arabic / URDU_SHARE) return 'ur';
  if (top === arabic) return (sample.match(PERSIAN_LETTERS)?.length ?? 0) > arabic / PERSIAN_SHARE ? 'fa' : 'ar';
  return latinLanguage(sample);
}

const CJK_WEIGHT = 3;

/**
 * Scripts of one language each in the languages read: Greek, Hebrew, Devanagari (Hindi), Thai,
 * Armenian, Georgian, Bengali, Tamil, Sinhala, Burmese, Khmer, Lao, Ethiopic (Amharic).
 */
const OTHER_SCRIPTS: Array<[number, number, string]> = [
  [0x370, 0x3ff, 'el'],
  [0x590, 0x5ff, 'he'],
  [0x900, 0x97f, 'hi'],
  [0xe00, 0xe7f, 'th'],
  [0x530, 0x58f, 'hy'],
  [0x10a0, 0x10ff, 'ka'],
  [0x980, 0x9ff, 'bn'],
  [0xb80, 0xbff, 'ta'],
  [0xd80, 0xdff, 'si'],
  [0x1000, 0x109f, 'my'],
  [0x1780, 0x17ff, 'km'],
  [0xe80, 0xeff, 'lo'],
  [0x1200, 0x137f, 'am'],
];

/** One Arabic-script letter in this many is Persian's own in a Persian text (ی alone is most of them). */
const PERSIAN_SHARE = 40;

function cyrillicLanguage(sample: string): string {
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const ukrainian = count(UKRAINIAN_LETTERS);
  const russian = count(RUSSIAN_LETTERS);
  if (count(SERBIAN_LETTERS) > Math.max(ukrainian, russian)) return 'sr';
  // A language's own letters in words of every kind, as the Latin rule reads them: a Kazakh name in
  // a Russian report ("Нұрсұлтан", three times) is one word.
  // Most texts hold none of these letters: their words are split only where one stands.
  const words = OWN_CYRILLIC.test(sample) ? (sample.toLowerCase().match(/\p{L}+/gu) ?? []) : [];
  const own = (letters: RegExp) => holdsOwnLetter(words, letters, OWN_CYRILLIC_SHARE);
  if (own(BELARUSIAN_LETTERS) && ukrainian > count(RUSSIAN_I) && !own(UZBEK_LETTERS)) return 'be';
  if (own(KAZAKH_LETTERS)) return 'kk';
  if (own(UZBEK_LETTERS) && own(BELARUSIAN_LETTERS)) return 'uz';
  if (own(TAJIK_LETTERS)) return 'tg';
  if (own(MONGOLIAN_LETTERS)) return own(KYRGYZ_LETTERS) ? 'ky' : 'mn';
  if (count(NOT_BULGARIAN) === 0 && ukrainian === 0 && count(BULGARIAN_ONLY) >= BULGARIAN_HARD_SIGNS) return 'bg';
  return ukrainian > russian ? 'uk' : 'ru';
}

/** Of a Cyrillic text's words, the share that holds the language's own letter, at least: Kazakh writes ә and ұ in one word in ten or fewer. */
const OWN_CYRILLIC_SHARE = 0.05;

/** Bulgarian writes ъ as a vowel, in every few words; a Russian text of any length has ы or э too. */
const BULGARIAN_HARD_SIGNS = 2;

/** Enough text to tell the scripts apart. */
const SCRIPT_SAMPLE = 3000;

/** Each word of LATIN_WORDS with the languages it counts for. */
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [language, words] of Object.entries(LATIN_WORDS)) {
  for (const word of words) LANGUAGES_OF_WORD.set(word, [...(LANGUAGES_OF_WORD.get(word) ?? []), language]);
}

/**
 * Slovenian, Croatian and Serbian in Latin letters share most short words with each other and with
 * Czech and Slovak; their letters tell them apart. č, š and ž in three words or more, and none of
 * Czech's ř, ě, ů, Slovak's ľ, ô, ä or the Baltic languages' vowels: South Slavic. Croatian and
 * Serbian write ć and đ, which Slovenian does not; Croatian writes "ije" where Serbian writes "e"
 * ("vrijeme", "vreme"). Null where the letters do not say.
 */
function slavicInLatin(text: string): string | null {
  // Vietnamese writes ô and đ too, among letters of its own.
  if (VIETNAMESE_LETTERS.test(text)) return null;
  // Most texts hold none of these letters: their words are split only where one stands.
  let words: string[] | null = null;
  const holding = (letters: RegExp) => (letters.test(text) ? new Set((words ??= text.split(/\P{L}+/u)).filter((word) => letters.test(word))).size : 0);
  // Czech's and Slovak's own letters, in different words, first.
  if (holding(/[řěů]/u) >= OWN_LETTER_WORDS) return 'cs';
  if (holding(/[ľĺŕô]/u) >= OWN_LETTER_WORDS - 1 && !/[ąęłńśźż]/u.test(text)) return 'sk';
  if (holding(/[čšž]/u) < OWN_LETTER_WORDS || NOT_SOUTH_SLAVIC.test(text)) return null;
  if (!/[ćđ]/u.test(text)) return 'sl';
  return (text.match(IJEKAVIAN)?.length ?? 0) >= IJEKAVIAN_MIN ? 'hr' : 'sr';
}

const VIETNAMESE_LETTERS = /[ơưăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
const NOT_SOUTH_SLAVIC = /[řěůľĺŕôäáéíóúýďťňąęėįųūāēīķļņģłńśźż]/u;
/** Croatian's "ije" and "je" where Serbian writes "e" ("vrijeme", "dvije", "predsjednik", "mjesto", "gdje"), twice or more. */
const IJEKAVIAN = /\p{L}ije\p{L}|[sdmv]je\p{L}/gu;
const IJEKAVIAN_MIN = 2;

/** Enough words to tell the languages apart; reading more only costs time. */
const LATIN_SAMPLE = 800;

function latinLanguage(sample: string): string {
  // Most texts hold none of these letters: their words are split only where one stands.
  const words = OWN_LATIN.test(sample)
    ? (sample
        .slice(0, LATIN_SAMPLE)
        .toLowerCase()
        .match(/[\p{L}‘]+/gu) ?? [])
    : [];
  for (const [letter, language] of LATIN_LETTERS) if (holdsOwnLetter(words, letter, OWN_WORD_SHARE)) return language;
  const read = sample.slice(0, LATIN_SAMPLE).toLowerCase();
  const slavic = slavicInLatin(read);
  if (slavic) return slavic;
  const counts = new Map<string, number>();
  for (const word of read.match(/\p{L}+/gu) ?? []) {
    for (const language of LANGUAGES_OF_WORD.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best = 'en';
  for (const [language, count] of counts) if (count > (counts.get(best) ?? 0)) best = language;
  return best;
}
