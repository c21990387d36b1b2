/**
 * Step 2, at the level of text: the notices that editors, reposting sites and archives print
 * around a transcript, each a line of its own (lib/page/boilerplate.ts drops the lines these
 * rules match, as it does its own). Each rule says the kind of page that prints its notice.
 */
export const NOTICES: RegExp[] = [
  // A reposting site's or a blogger's comment over the text it reposts: "Comment: In this interview, the minister
  // reveals …", "COMMENT - Whenever …" (a speaker's words are never labelled "Comment").
  /^(?:comment|commentaire|kommentar|comentario|comentário|commento|комментарий|коментар)\s?[:–-]\s.{10,1000}$/iu,
  // A broadcaster's terms for quoting its transcript: "All references must be sourced to a "NBC Interview."",
  // "Mandatory credit: …".
  /^(?:all references (?:must|should) be (?:sourced|attributed|credited) to|mandatory (?:credit|attribution)\s?:|if quoting,? please (?:credit|attribute|source))\b.{0,160}$/iu,
  // A reposting site's word that its copy is a machine's translation: "This page has been robot translated, sorry for
  // typos if any.", "Dieser Text wurde maschinell übersetzt.", "Cet article a été traduit automatiquement."
  /^(?:this (?:page|article|text|post|interview|transcript) (?:has been|was|is) (?:robot|machine|automatically|auto|google)[- ]?translated|(?:dieser|der) (?:text|artikel|beitrag) wurde (?:maschinell|automatisch) übersetzt|(?:cette page|cet article|ce texte) a été traduite? automatiquement|(?:esta página|este artículo|este texto) (?:ha sido|fue) traducid[ao] automáticamente|(?:questa pagina|questo articolo|questo testo) è stat[ao] tradott[ao] automaticamente|(?:эта страница|эта статья|этот текст|текст) (?:был[аи]? )?переведен[аоы]? автоматически)(?!\p{L}).{0,200}$/iu,
  // A described video's words for the blind, in a broadcaster's transcript: who is on screen and how they look, what
  // the captions read ("Anna sits in the studio. She's in her forties, …", "Tom is in his sixties, with short gray hair.",
  // "A caption on screen reads "Trade after the election."", "The caption changes to "…"", "Then, it changes again to "…"").
  /^(?:\p{Lu}[\p{L}'’-]{1,20} (?:sits|stands) (?:in|at|on) the (?:studio|set|desk|podium)\b.{0,300}|\p{Lu}[\p{L}'’-]{1,20} is in (?:his|her|their) (?:early |mid-|late )?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties)\b.{0,300}|(?:A|The) caption (?:on screen )?(?:reads|changes to)\b.{0,300}|Then,? it changes (?:again )?to ".{0,300})$/u,
  // A podcast's prompt to listen to it elsewhere: "Слушайте подкаст на всех платформах", "Listen to the podcast on
  // all platforms", "Hören Sie den Podcast überall, wo es Podcasts gibt", "Écoutez le podcast sur Spotify".
  /^(?:слушайте|слухайте|listen to|hören sie|écoutez|escucha|escuche|escuchá|ascolta|ouça|dinleyin)\s(?:(?:наш|the|our|this|den|unseren|diesen|le|notre|ce|el|nuestro|este|il|nostro|questo|o|nosso)\s)?(?:подкаст|podcast)\p{L}{0,3}\s(?:на|on|auf|überall|sur|en|su|em|no|na|wherever)(?!\p{L})[^.!?]{1,80}[.!]?$/iu,
  // A post's rating under a blog's or a forum's text: "Bewertung: 10 Punkt(e)", "Rating: 4.5/5", "Оценка: 5 баллов".
  /^(?:bewertung|rating|valoración|valutazione|avaliação|оценка|рейтинг|puan)\s?[:：]\s?\d{1,4}(?:[.,]\d{1,2})?\s?(?:\/\s?\d{1,3}|punkt\(e\)|punkte?|points?|puntos?|punti|pontos|балл(?:а|ов)?|stars?|sterne)?$/iu,
  // A repost's permission to print: "Excerpt reproduced with permission from The Review, Copyright 2010 …",
  // "Mit freundlicher Genehmigung von …", "Reproduit avec l'autorisation de …".
  /^(?:(?:excerpts?|article|interview|text) )?(?:reproduced|reprinted|republished) (?:here )?(?:with (?:the )?(?:kind )?permission|by (?:kind )?permission)\b.{0,240}$|^(?:mit freundlicher genehmigung|reproduit avec l['’]autorisation|reproducido con (?:el )?permiso|riprodotto su autorizzazione)\b.{0,200}$/iu,
  // Where a Turkish interview was made or aired: "Bu söyleşi X Televizyonu tarafından gerçekleştirilmiştir.",
  // "Bu röportaj … gazetesinde yayımlanmıştır." (as the English "This interview first appeared in …").
  /^bu (?:söyleşi|röportaj|mülakat)\s[^.!?]{1,100}(?:gerçekleştirilmiş(?:tir)?|yayınlanmıştır|yayımlanmıştır|yayınlanmamıştır|yayımlanmamıştır)\.?$/iu,
  // The transcribers thanked, or a transcribing site's word on its work and its call for corrections:
  // "Deşifre için A ve B’ye teşekkür ederiz.", "Thanks to Ann Lee for the transcription.", "Fehler gefunden? Bitte an … schicken!".
  /^(?:deşifre için\s.{2,80}teşekkür ederiz|thanks to\s.{2,60}\sfor (?:the )?transcri(?:bing|ption)|danke an\s.{2,60}\sfür (?:die )?transkription)\.?$/iu,
  /^[\p{L}\p{N}.-]{2,30} (?:transkribiert|transcribes|transcrit)(?:,| (?:interviews|gespräche|entretiens)).{0,160}$/iu,
  /^(?:(?:idee|feedback),?\s(?:(?:feedback )?oder\s)?)?(?:fehler gefunden|found (?:an? )?(?:error|mistake|typo)|spotted (?:an? )?(?:error|mistake|typo)|vous avez (?:trouvé|repéré) une erreur|нашли ошибку)\s?\?.{0,200}$/iu,
  // A line that announces the excerpts below it: "Pjesë nga intervista:" (parts of the interview), "V intervjuju
  // preberite:" (in the interview, read), "Daha ətraflı süjetdə:" (more in the report). Not the English "Excerpts of
  // the interview:", which the corpus's labels count as the last line of an editor's lead.
  /^(?:pjesë(?: të zgjedhura)? nga interv?ista|fragmente din interviu|odlomki iz intervjuja|v intervjuju preberite|preberite v intervjuju|daha ətraflı süjetdə|ausschnitte aus dem interview|extraits de l['’](?:entretien|interview)|fragmentos de la entrevista|estratti dell['’]intervista|выдержки из интервью|фрагменты интервью)\s?[:：]$/iu,
  // A press conference's topics announced with nothing after the colon: "Themen/Naive Fragen zu:", "Topics:".
  /^(?:themen|topics|subjects|sujets|temas)(?:\s?\/\s?[\p{L} ]{1,30})?\s?[:：]$/iu,
  // A video page's particulars: "Production year: 2015", "Durée : 26 min".
  /^(?:production year|year of production|année de production|produktionsjahr|año de producción|anno di produzione|год выпуска|duration|durée|laufzeit|duración)\s?[:：].{1,60}$/iu,
  // A Japanese article's or minutes' particulars: "インタビュー日:1月25日 取材協力:在パース総領事館", "■記録作成 広報課".
  /^[■●◆]?\s?(?:インタビュー日|取材日|取材協力|取材・文|文・写真|記録作成)(?:\s?[:：]|\s)[^。]{1,80}$/u,
  // Japanese minutes' parts, numbered: "1.冒頭発言" (opening remarks), "2.質疑応答" (questions and answers).
  /^\d[.．]\s?(?:冒頭発言|質疑応答)$/u,
  // A Japanese local government's note that the record is a summary: "…発表内容(要旨)などを取りまとめの上、掲載しています。"
  /^[^。]{0,60}(?:要旨|概要|抜粋)[^。]{0,40}(?:掲載しています|掲載しております)。?$/u,
  // An anonymous board's post header, quoted by the blogs that collect its posts:
  // "12 名前:名無しさん[] 投稿日:2014/03/02(日) 10:11:12.34 ID:abCdE".
  /^\d{1,4}\s?[:：]?\s?名前\s?[:：].{0,80}投稿日\s?[:：].{0,80}$/u,
  // A podcast directory's particulars of a show: "212 episodes - English - Latest episode: 3 days ago".
  /^\d{1,5} episodes?\s[-–·|].{0,160}$/iu,
  // A news site's sign-off, outlet, editor and number between slashes: "Pars Today/Ali Rahimi/3".
  /^[\p{L}\p{M} ]{2,24}\/[\p{L}\p{M} .]{2,40}\/\s?\p{N}{1,3}$/u,
  // A multilingual site's notice that a page is not translated: "Spanish translation unavailable for …".
  /^(?:\p{L}+ )?translation (?:is )?(?:unavailable|not (?:yet )?available)\b.{0,200}$|^(?:traduction|traducción|tradução|traduzione|übersetzung)\s[^.!?]{0,30}(?:non disponible|no disponible|não disponível|non disponibile|nicht verfügbar)\b.{0,200}$/iu,
  // A scanned newspaper's running head: "PAGE 14 THE COURIER No. 212 3 - 9 May 2010 www.courier.example", "Strona 3 z 12".
  /^(?:strona|page|seite|página|pagina|oldal)\s\d{1,4}\s[^!?]{0,100}\swww\.\S{2,60}$|^(?:strona|page|seite|página|pagina)\s\d{1,4}\s(?:of|z|von|de|sur|di)\s\d{1,4}$/iu,
  // A newsletter's or an editorial's salutation to its readers: "Liebe Leserin, lieber Leser,", "Dear readers,".
  /^(?:liebe leserin(?:nen)?,?\s(?:und |lieber )?leser|liebe leser(?:innen)?|dear readers?|chers lecteurs|chère lectrice,? cher lecteur|queridos lectores|cari lettori|дорогие читатели|шановні читачі)\s?[,!:]?$/iu,
  // A live coverage's banner alone on its line: "LA DIRETTA", "圖文直播", "EN DIRECT".
  /^(?:la diretta|in diretta|live ?blog|live ?ticker|en direct|en vivo|ao vivo|en directo|прямой эфир|онлайн-трансляция|пряма трансляція|图文直播|圖文直播|文字直播|실시간 중계|생중계)$/iu,
  // A pointer to the broadcast's audio: "Аудио: эфир — на сайте радио", "Audio: the programme on our site".
  /^(?:аудио|аудіо|audio|áudio)\s?[:：]\s[^.!?]{1,60}$/iu,
  // An embedded video's caption left by its widget: "Remarks on trade, posted with vodpod".
  /^.{0,100}\bposted with (?:vodpod|videopress)$/iu,
  // An archive's word on who keeps it: "This Information System is provided by the University Library and …".
  /^this (?:information system|database|archive|collection|digital library) is (?:provided|maintained|hosted|compiled) by\b.{0,200}$/iu,
  // The Turkish parliament's note on its minutes: "(TBMM … tarafından hazırlanan bu Tutanak Dergisi’nde … yazılmıştır.)".
  /^\([^()]{0,80}tarafından hazırlanan bu tutanak\b[^()]{0,400}\)$/iu,
  // A Chinese news site's caption, marked "▲" and closed by a full stop or its credit ("▲大使在活动上致辞。"); not a
  // label, which ends with a colon ("▲记者:").
  /^▲\s?\p{Script=Han}[^:：▲]{1,80}[。)）]$/u,
  // A Chinese note on the pictures, in brackets: "(以上图片均为活动现场)", "(图片来源网络)".
  /^[(（][^()（）]{0,10}(?:圖片|图片|照片)[^()（）]{0,16}[)）]$/u,
  // A Chinese caption closed by its picture's source in brackets: "总统接受专访(总统府)", "…会见记者(中央社)".
  /^[^。！？:：]{6,100}[(（](?:總統府|总统府|中央社|新華社|新华社|路透社?|法新社|美聯社|美联社|資料照|资料照|翻攝|翻摄)[)）]$/u,
];

/**
 * A subtitle over the text that says what it is and with whom, not what was said, among the body's
 * first lines (lib/page/boilerplate.ts): "Посол … в интервью "Радио FM"", "Declaraciones del Canciller
 * …, al término de su asunción", "总领事接受《…》专访". News sites and ministries print it between the
 * headline and the text. Not "Interview with …", which opens many an editor's lead ("Interview with the
 * minister, who …"): GUEST_SUBTITLE reads it.
 */
export const KIND_SUBTITLE = /^(?:declaraciones|declarações|déclarations?) d(?:el?|[aou]|es?)\s|\sв интервью\s|(?:专访|專訪|采访|採訪)$/iu;
export const KIND_SUBTITLE_MAX = 200;

/**
 * "Interview with …" over the text where it names the guest and no more, a short line that ends on
 * the name or the office ("Interviu cu Excelenţa Sa …, Ambasadorul României în …", "Intervista a …,
 * Ambasciatrice d'Italia in …"), on news sites and ministries. The same words open many an editor's
 * lead, longer and closed by a stop ("Interview with the minister, given to the media in …, 12 May 2020."),
 * or saying what the talk was about ("Interview with Anna Berg, the new ambassador, on her first year …").
 */
export const GUEST_SUBTITLE =
  /^(?:interview (?:with|mit|met)|interviu cu|intervju (?:z|s|sa)|entrevista (?:con|com|a)|entretien avec|intervista (?:a|con)|интервью с|інтерв['’]ю з|wywiad z|rozhovor s)\s(?![^:：]{0,90}\s(?:on|about|über|sur|sobre|despre|su|o|о|об|про)\s)[^:：]{2,90}[\p{L})]$/iu;
