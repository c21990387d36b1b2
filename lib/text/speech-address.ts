import { GREETING } from './register';

/**
 * How a speech opens in the languages GREETING (./register.ts) does not cover, or where a site
 * quotes the whole speech: its audience addressed by courtesy or office ("Cari connazionali e amici,",
 * "Sus Excelencias, Señoras y Señores", "Arvoisat ministerit, hyvät …", "السيدات والسادة،", "גבירותי ורבותי",
 * "Kıymetli misafirler", "Vážené dámy a pánové", "भाइयों और बहनों", "Yang Amat Berhormat …"), Arabic and Persian
 * speeches' opening invocation ("بسم الله الرحمن الرحيم"), the salutation as Pakistan writes it in Latin letters (a
 * spokesperson's "Assalam-o-Alaikum," before the weekly briefing; GREETING hears "Assalamu …" alone), and GREETING's own words after the opening quote
 * of a speech a news site or an embassy reprints whole ("\"Buenas tardes señoras embajadoras …"), as the
 * other addresses after it ("\"נציגים נכבדים, …"); an office addressed with a comma after it ("Herr
 * Ministerpräsident,", not "Herr Ministerpräsident Haseloff sagte …"), "Αγαπητή κυρία Υπουργέ,",
 * "Kjære alle sammen", "Hörmətli xanımlar və cənablar!", "Panie Marszałku!", "أصحاب السعادة"; the Finnish, Swedish,
 * Estonian, Latvian, Lithuanian, Hungarian, Croatian, Serbian, Slovenian and Romanian courtesies ("Arvoisat ministerit,
 * hyvät …", "Ärade ledamöter,", "Austatud külalised,", "Godātie kolēģi!", "Gerbiamieji svečiai,", "Tisztelt Elnök Úr!",
 * "Poštovani gosti,", "Spoštovani gostje,", "Stimați invitați,").
 * Not a letter's salutation to one reader in a language GREETING's "dear" does not cover: a speech's.
 * The engine's reading (PageJudging, lib/sites/site-adapter.ts), counted as a greeting: the
 * content script's bytes are counted.
 */
export const SPEECH_ADDRESS = new RegExp(
  [
    `^["“„«]\\s*${GREETING.source.slice(1)}`,
    '|^["“„«]?\\s*(?:car[ie] (?:amic|connazional|colleg|concittadin|ospiti|tutt)|gentili|illustri|egregi|su excelencia|sus excelencias|honorables?|distinguid[oa]s|caros|caras|prezad[oa]s|vossa excelência',
    '|vážen|dámy a pánové|kıymetli|sevgili|muhterem|hanımefendi|yang (?:amat )?berhormat|yang dihormati|hadirin',
    '|(?:herr|frau) (?:bundes|minister|präsident|botschafter|bürgermeister|generalsekretär|vorsitzend)\\p{L}*(?: \\p{Lu}[\\p{L}-]+)?,',
    '|arvoisa|ärade|austatud|lugupeetud|godāt|cienījam|gerbiam|tisztelt|poštovan|spoštovan|stimat[ăe]|stimați',
    '|αγαπητ|εξοχότατ|kjære|kære|hörmətli|əziz|panie (?:marszałku|przewodnicząc|prezydencie|premierze|ministrze|pośle|ambasadorze)|wysoka izbo',
    '|assalam-o-alaikum|بسم الله الرحمن الرحيم|أصحاب (?:السعادة|المعالي|الفخامة|السمو)|خانم‌?ها و آقایان|حضار محترم',
    '|גבירותי|ידידיי|(?:אורחים|נציגים|חברים) נכבדים|כבוד ה|भाइयों|बहनों|देवियो|आदरणीय|Հարգելի|Սիրելի|ქალბატონებო|ბატონებო|ძვირფას)',
  ].join(''),
  'iu',
);
