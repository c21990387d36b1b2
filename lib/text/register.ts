/**
 * The register of a text: spoken (first person, greetings, forms of address) or reported
 * ("said", "заявил", "表示"). Detection weighs it; segmentation tells an editor's lead from the
 * speaker's own words by it. Every corpus language; whole words only.
 */

/**
 * Verbs of reported speech in the corpus languages: a news report of a briefing quotes it
 * ("the spokesperson said", "وقال الوزير", "وی افزود", "עוד אמר"), a transcript is the speech itself.
 */
export const REPORTED_SPEECH =
  /(?<!\p{L})(?:said|says|told|stated|added|noted|stressed|according to|заявила?|сказала?|отметила?|сообщила?|подчеркнула?|заявив|сказав|зазначив|зазначила|sagte|erklärte|betonte|a (?:déclaré|dit|affirmé)|selon|dijo|afirmó|declaró|señaló|según|subrayó|calificó|abordó|destacó|aseguró|explicó|indicó|añadió|resaltó|advirtió|a (?:souligné|expliqué|ajouté|estimé|rappelé)|disse|afirmou|declarou|ressaltou|ha (?:detto|dichiarato|affermato)|secondo|powiedziała?|stwierdziła?|zapytała?|odpowiedziała?|dedi|söyledi|açıkladı|belirtti|ifade etti|sordu|yanıtladı|kaydetti|vurguladı|mengatakan|menyatakan|ujar|kata|menurut|cho biết|khẳng định|nhấn mạnh|underlined|emphasi[sz]ed|explained|recalled|рассказала?|пояснила?|добавила?|розповів|розповіла|додав|додала|fügte hinzu|unterstrich|[وו]?(?:قالت?|أضافت?|افزود|گفت|אמרה?|הוסיפה?))(?![\p{L}\u200c])|表示|指出|强调|強調|回答[说說]|と述べ|と語っ|と話し|と説明し|말했다|밝혔다|강조했다/u;

/** First-person pronouns of the corpus languages: spoken text, not a report of it. */
export const FIRST_PERSON =
  /(?<!\p{L})(?:i|we|my|our|us|me|я|мы|нас|наш[аи]?|мне|ми|нам|наш(?:і|ої|у|их)|мені|мене|ich|wir|uns|unsere?|je|nous|notre|nos|yo|nosotros|nuestr[oa]|hemos|creo|eu|nós|noss[oa]|io|noi|nostr[oa]|nasza?|biz|bizim|saya|kami|kita|tôi|chúng t(?:ôi|a)|ik|wij|mijn|ons|jag|jeg|vår|vårt|våra|vores|náš|naše|nás|εγώ|εμείς|μας|μου)(?!\p{L})|我[们們国國]|私|われわれ|我々|저희|우리|(?<![\p{L}\p{M}])(?:나는|저는|제가|나의)(?=\s)/iu;

/** A word in capitals ("EU", "US", "IO", "NOS"): an acronym, never the pronoun FIRST_PERSON reads in any case. */
const ACRONYM = /(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu;

/** Whether a text speaks in the first person, its acronyms aside ("… mit der EU noch hinauszögert" is not Portuguese "eu"). */
export function speaksInFirstPerson(text: string): boolean {
  // A text all in capitals ("WE HAVE HAD VERY GOOD TALKS TODAY …") has no acronyms to tell apart.
  return FIRST_PERSON.test(/\p{Ll}/u.test(text) ? text.replace(ACRONYM, ' ') : text);
}

/**
 * A small "i" alone: the word "in" of the Nordic languages, "and" of the Slavic ones, Italian's "the"; English writes
 * its pronoun in capitals ("Parterne talte blandt andet om samarbejdet i Arktis" speaks of the parties, not as one).
 */
const SMALL_I = /(?<!\p{L})i(?!\p{L})/gu;

/** speaksInFirstPerson, where a small "i" says nothing (SMALL_I): a text's own words, an English "I" among them. */
export function speaksInFirstPersonAsWritten(text: string): boolean {
  return speaksInFirstPerson(text.replace(SMALL_I, ' '));
}

/**
 * Japanese speakers seldom say "I": the humble verbs they speak in ("いたします", "まいります",
 * "申し上げます") say it for them, and no newspaper writes them (an editor's polite note may).
 */
export const HUMBLE_VERBS = /いたします|いたしました|まいります|まいりました|申し上げ|させていただ/u;

/**
 * Greetings and forms of address that open spoken text, in the corpus languages; among them a
 * speech at a forum addressing its chair and delegates ("Señor Presidente", "主席先生", "議長、",
 * "존경하는 의장님", "السيد الرئيس", "Distinguished guests").
 */
export const GREETING =
  /^(?:good (?:morning|afternoon|evening)|thank you|thanks|ladies and gentlemen|excellenc|excellentie|exzellenz|excelencia|excelência|eccellenz|mr\.? (?:president|chairman|secretary)|madam (?:president|chair)|hello|kia ora|добрый (?:день|вечер)|доброе утро|доброго (?:дня|ранку|вечора)|добрий (?:день|вечір)|вітаю|уважаем|дамы и господа|спасибо|шановн|дякую|sehr geehrte|meine (?:sehr )?(?:verehrten )?damen und herren|guten (?:tag|morgen|abend)|vielen dank|liebe|mesdames|messieurs|bonjour|merci|chers|señoras|señores|buenos días|buenas tardes|muchas gracias|queridos|estimad|大家好|各位|女士们|先生们|谢谢|謝謝|皆様|皆さん|本日は[^。]{0,60}ありがとうございま|(?:ご|御)(?:来賓|列席|臨席)の皆様|おはようございます|こんにちは|ありがとう|안녕하십니까|안녕하세요|감사합니다|여러분|дорогі|дорогие|громадяни|співвітчизники|fellow|my fellow|dear|mes chers|bom dia|boa tarde|boa noite|senhoras e senhores|obrigad|buongiorno|buonasera|signore e signori|grazie|dzień dobry|dobry wieczór|szanowni|panie i panowie|dziękuję|günaydın|iyi akşamlar|değerli|sayın|teşekkür|selamat (?:pagi|siang|sore|malam)|assalamu|terima kasih|bapak-bapak|xin chào|kính thưa|thưa|cảm ơn|xin (?:trân trọng )?cảm ơn|se[ñn]or presidente|señora presidenta|excelentísim|monsieur le président|herr präsident|signor presidente|senhor presidente|distinguished (?:guests|delegates)|your excellenc|主席先生|尊敬的|議長、|존경하는|السيد الرئيس|أعزائي|أهلا|مرحبا|السلام عليكم|شكرا|سيداتي وسادتي|مساء الخير|صباح الخير|goedemorgen|goedemiddag|dames en heren|god morgon|mina damer och herrar|dobrý den|bună ziua|doamnelor și domnilor|jó napot|hyvät naiset ja herrat|καλημέρα|καλησπέρα|κυρίες και κύριοι|בוקר טוב|ערב טוב|नमस्कार|नमस्ते)/iu;

/**
 * A host's welcome to a guest, and the guest's thanks for it, in the corpus languages: "great
 * to have you on the show", "thank you for joining us", "bienvenue", "歡迎", "ようこそ".
 */
export const WELCOME =
  /^(?:welcome|(?:it['’]?s |it is )?(?:great|good|nice|a pleasure|a real pleasure|wonderful|an honou?r) to (?:have|see|be|meet|talk|speak)|(?:thank you|thanks|many thanks) (?:so much |very much )?for (?:joining|having|being|coming|letting|taking|inviting|the invitation)|bienvenue|merci (?:de|d'|pour) (?:nous |m')?(?:recevoir|être|avoir|votre invitation)|willkommen|herzlich willkommen|danke,? dass|bienvenid|gracias por (?:estar|acompañarnos|recibirnos|la invitación)|добро пожаловать|рады? (?:вас )?(?:видеть|приветствовать)|спасибо за приглашение|ласкаво просимо|вітаємо|bem-vind|benvenut|velkommen|välkommen|welkom|hoş geldin|selamat datang|chào mừng|أهلا|مرحبا|خوش آمدید|欢迎|歡迎|ようこそ|환영합니다|반갑습니다)/iu;

/**
 * A greeting to the room, which only who holds the floor says: not a thanks, which a speaker
 * addresses to a country in the middle of his remarks ("Poland: thank you for opening your homes").
 */
export const ROOM_GREETING =
  /^(?:各位|大家好|女士们|good (?:morning|afternoon|evening)|ladies and gentlemen|hello,? everyone|добрый (?:день|вечер)|доброе утро|дамы и господа|добрий день|guten (?:tag|morgen|abend)|meine damen und herren|bonjour|mesdames|buenos días|buenas tardes|señoras y señores|buongiorno|bom dia|boa tarde|안녕하십니까|안녕하세요|皆さん|皆様|おはようございます|こんにちは)/iu;

/** An address to the journalists in the room: "各位记者朋友们", "記者の皆さん", "Ladies and gentlemen of the press". */
export const PRESS_ADDRESS =
  /^(?:各位(?:记者|記者|媒体|媒體)|(?:记者|記者|媒体|媒體)朋友们|記者の皆(?:さん|様)|기자 여러분|언론인 여러분|(?:dear|good (?:morning|afternoon|evening),?) (?:journalists|members of the press|friends (?:of|from) the (?:press|media))|ladies and gentlemen of the (?:press|media)|уважаемые (?:журналисты|представители (?:сми|средств массовой информации))|шановні журналісти|(?:chers|chères) journalistes|(?:liebe|sehr geehrte) journalist|(?:queridos|estimados) periodistas)/iu;

/**
 * An address shouted to the audience: a short line that ends with "!" ("Українці! Українки!", "Міцний народе нашої
 * незламної країни!"). Not a page's furniture that ends so: a notice or a verdict after a colon ("Archived page: may
 * contain outdated information!", "Un seul mot : bravo !") nor a badge in capitals ("NEW!").
 */
export const EXCLAMATION = /^(?=[^!]*[\p{Ll}\p{Lo}])[^.?:]{2,60}!$/u;

/**
 * A news agency's dateline opening a lead: "新华社北京3月8日电", "人民网讯", "中評社北京4月12日電",
 * "MOSCOW, April 3 (Interfax) -", "Москва. 3 апреля. INTERFAX.RU -", "VOV.VN - ", "TRIBUNPAPUA.COM - ",
 * "【财新网】".
 */
export const NEWS_DATELINE =
  /^【[^】]{1,12}】|^\(\p{Lu}[\p{L}. ]{1,25}\)\s?[-–—]\s|^\p{Lu}[\p{L}.]{2,25}\s?[-–—]\s|^[\p{Lu}\p{N}-]{2,30}(?:\.\p{Lu}{2,4}){1,2}\s?[-–—]\s|^.{0,30}?[社网網台].{0,12}?[电電讯訊]|^\p{Lu}[\p{L} .]{1,30}[,.]\s.{1,30}?\(?\p{Lu}[\p{L}.]{1,20}\)?\s?[-–—]\s/u;
