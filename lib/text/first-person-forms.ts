/**
 * A speaker's first person where FIRST_PERSON (./register.ts) hears none: languages that drop
 * the pronoun say it in the verb ("Les agradezco", "Desidero salutare", "Quero agradecer",
 * "Teşekkür ediyorum", "toivomme"), and the pronouns of scripts the core list lacks (Arabic
 * "إننا", Hindi "हम", Persian "اینجانب", Thai "ข้าพเจ้า", Armenian "մենք", Georgian "ჩვენ"),
 * Japanese polite "思います" (I think),
 * Czech's "jsme". A speech or a press conference's opening statement on its own page, with no
 * labels, is told from a report by these (lib/detection/features.ts: firstPerson, monologue).
 * The engine's reading only (PageJudging, lib/sites/site-adapter.ts): the content script's bytes
 * are counted. Whole words only, each a fixed form: no other corpus language writes them so.
 */
export const FIRST_PERSON_FORMS = new RegExp(
  [
    // Spanish, Portuguese, Italian, Romanian and Polish verbs of the first person.
    '(?<![\\p{L}\\p{M}])(?:agradezco|agradeço|quiero|quero|quisiera|gostaria|estamos|estoy|estou|tenemos|temos|queremos|podemos|somos|creemos|permítanme|permitam-me',
    '|desidero|vorrei|ringrazio|ringraziamo|siamo|abbiamo|vogliamo|possiamo|dobbiamo|sono (?:liet[oa]|felice|onorat[oa])',
    '|suntem|avem|doresc|vreau|jesteśmy|chcemy|chciałbym|chciałabym',
    // Finnish, Czech.
    '|olemme|haluan|haluamme|toivomme|voimme|kiitän|kiitämme|meidän|minä|jsem|jsme|chci|chceme|děkuji',
    // Arabic (a conjunction may be glued on), Persian, Hebrew, Hindi, Armenian, Georgian.
    '|[وف]?(?:إنني|إننا|نحن|أنا|أود|أتوجه|أتقدم|أشكر|نشكر|أرحب|نرحب|يسعدني|يشرفني|بلادنا|لدينا)',
    '|اینجانب|هستیم|داریم|می[\\u200c ]?(?:خواهم|کنیم|کنم)',
    '|मैं|हम|हमें|हमारे|हमारी|हमारा|मेरे|मेरी|मेरा|मुझे',
    '|ես|մենք|մեր|მე|ჩვენ|ჩვენი',
    ')(?![\\p{L}\\p{M}])',
    // Turkish: the present and the future of "I" and "we" ("ediyorum", "istiyoruz", "edeceğiz").
    '|\\p{L}(?:[ıiuü]yor|acağ|eceğ)(?:um|uz|ım|im|ız|iz)(?![\\p{L}\\p{M}])',
    // Thai, written without spaces: the first person of a formal speech ("ข้าพเจ้า", "กระผม", "ดิฉัน").
    '|ข้าพเจ้า|กระผม|ดิฉัน',
    // Japanese, which drops the pronoun: a speaker's polite "I think" and humble forms ("…と思います", "…でございます",
    // "お礼を申し上げます"), which a report's plain style does not write outside a quotation.
    '|思います|思っております|ございます|申し上げます',
  ].join(''),
  'iu',
);
