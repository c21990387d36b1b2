import type { Block } from './blocks';
import { findDate } from '../text/dates';
import { isOfficeWord } from '../vocabulary/name-words';
import { lengthBound, rulesByLength } from '../text/rules-by-length';
import { mayOpen, rulesByOpening } from '../text/rule-openings';
import { lowerOnce, someMatch } from '../text/rule-words';
import { GUEST_SUBTITLE, KIND_SUBTITLE, KIND_SUBTITLE_MAX, NOTICES } from './notices';
import { isCapitalsLine } from './title-block';
import { archiveRecordLines } from './archive-record';

/**
 * Step 2 of the pipeline, at the level of text: what is left of the sites' furniture once
 * markup has been read. Each rule names the page that made it necessary.
 */

/** "Moscow: 07:13": the clocks rusemb.org.uk shows above every article. */
export const CLOCK = /^(?:moscow|london|москва|лондон)\s*:\s*\d{1,2}:\d{2}$/i;

/**
 * Section banners: a kind of text alone on its line ("記者会見", "SPEECHES, INTERVIEWS, ARTICLES",
 * "Press Briefings"), a Korean board's view of a post ("외교부 브리핑 상세보기"): a site's section, never a page's own headline.
 */
export const SECTION_BANNER =
  /^(?:記者会見|会見記録|インタビュー|interviews?|briefings?|press briefings|press conferences?|speeches|speeches,? interviews,? articles|transcripts?|entrevistas?|интервью|выступления|брифинги|新闻发布会|记者会|인터뷰|브리핑|.{0,40}\s상세보기)$/iu;

/** A copyright line opens with its sign, a year or "by": not an answer that opens on "Copyright law …". */
const COPYRIGHT_LINE = /^(?:©|ⓒ|\(c\)\s|copyrights?\s?(?:[©ⓒ:：]|\(c\)|\d{4}|by\b)|حقوق النشر|版权所有|版權所有|all rights reserved)/iu;

/**
 * The publisher's name on the line under its copyright, a site's footer broken by <br> ("© 2013 by Example-Verlag"
 * then "Elektronische Zeitung Beispiel"): a short line, no sentence, no label.
 */
const AFTER_COPYRIGHT_MAX = 60;

/**
 * A writer's post under their name, each on its line, over a newspaper's interview: "COLUNISTA DA FOLHA",
 * "Columnist of The Herald", "Corresponsal de El Diario"; the name above it goes too ("ANA SOUZA").
 */
const WRITER_POST =
  /^(?:colunista|columnista|columnist|kolumnist(?:in)?|chroniqueu(?:r|se)|editorialista|correspondente|corresponsal|(?:special )?correspondent|enviad[ao] especial|repórter|reporter|redatora?|redactora?)\s(?:da|do|de|del|de la|of(?: the)?|at|der|des|du)\s[\p{L}\p{N} .'’-]{2,40}$/iu;
const WRITER_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const WRITER_NAME_MAX = 40;

/** "None" under a section's heading, in Japanese and Korean minutes: "なし。", "特になし", "없음". */
const NOTHING_IN_SECTION = /^(?:特に)?(?:なし|無し|ありません)。?$|^(?:해당\s?)?없음\.?$/u;

/**
 * An entry of a press conference's list of speakers, a name and the ministry's abbreviation in brackets ("Giese
 * (AA)", "Stempfle (BMVg)", "Lee (DFAT)"), a list item each: Germany's government press conferences and their
 * reprints list who spoke for which ministry over the transcript. A label has its colon ("Giese (AA):").
 */
const SPEAKER_LIST_ENTRY = /^(?:\p{L}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’-]+\s\((?=\p{Lu}{2})\p{L}{2,6}\)$/u;

/** Lines dropped wherever they stand. */
const DROPPED: RegExp[] = [
  /^(?:back to contents|back to top|назад к оглавлению|к оглавлению|к содержанию|наверх)$/i, // mid.ru briefings
  /^\[?print\]?\s*\[?close\]?$/i, // China MFA: "[Print] [Close]"
  /^【打印】\s*【关闭】$/,
  /^(?:分享到|share|share this|comparte esto|partilhar|partilhe|dela|поделиться|share this page|print version|версия для печати|megosztás|udostępnij|sdílet|zdieľať|distribuie|paylaş|bagikan|chia sẻ)[:：]?$/iu,
  /this email address is being protected from spambots/i, // Joomla's e-mail cloak (embassy in India)
  CLOCK, // rusemb.org.uk
  /^(?:香港时间|香港時間)\s?\d{1,2}\s?[时時]\s?\d{1,2}\s?分$|^(?:issued at )?hkt \d{1,2}:\d{2}$/iu, // Hong Kong's government, under its releases' date
  // A link's line, a few words and an address: "기사 원문: http://www.ytn.co.kr/…", "原文链接：https://…", "Source: https://…".
  /^[^:：]{1,24}[:：]\s?https?:\/\/\S+$/u,
  // A post's tags, as blogs and news sites list them under the text: "Etiquetas: Chile, CIPER, embajadores", "Теги: МИД, брифинг".
  /^(?:tags?|etiquetas|schlagw(?:orte|örter)|stichw(?:orte|örter)|mots-clés|parole chiave|palavras-chave|теги|метки|мітки|ключевые слова|ключові слова|标签|標籤|タグ|태그|etiketler|anahtar kelimeler|الوسوم|کلیدواژه\u200cها|kata kunci)\s?[:：]\s?[^.!?。]{1,160}$/iu,
  /^(?:#[\p{L}\p{N}_]{2,40}\s*){1,8}$/u, // hashtags under a post: "#РоссияКувейт
  /^\d[\d\s]* days? have passed since\b/i, // rusemb.org.uk day counters
  /^consular queries\s*:?/i, // rusemb.org.uk
  /^\+?[\d\s()\-/;.,]{7,}$/, // bare phone numbers
  /^[•·*\-\s]*(?:[a-z]{2}-[A-Z]{2}\d*\s*){2,}$/, // old mid.ru language switcher: "• de-DE1 en-GB1 ..."
  /^(?:english|japanese|русский|中文|français|español|deutsch|العربي|中文 العربي.*)$/i, // language links
  // A switcher between a site's languages, each named in its own, on one line: "Српски | Русский", "English / Français".
  /^(?:english|français|deutsch|español|italiano|português|polski|čeština|türkçe|русский|српски|srpski|українська|български|македонски|中文|日本語|한국어|العربية|فارسی)(?:\s*[|/·]\s*(?:english|français|deutsch|español|italiano|português|polski|čeština|türkçe|русский|српски|srpski|українська|български|македонски|中文|日本語|한국어|العربية|فارسی)){1,7}$/iu,
  /^this is a provisional translation\b/i, // mofa.go.jp
  /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i, // "2:16 p.m. EDT"
  /^(?:an official website of the united states government|official websites use \.gov|secure \.gov websites use https)\b/i, // state.gov banner
  /^a (?:\.gov website belongs|lock \()/i,
  /^media center(?: media center)*$/i, // mea.gov.in
  // Breadcrumbs from the home page, in the corpus languages: "Home > News", "首页 > 文库 理论观点荟萃", "Startseite › Politik".
  /^(?:press conferences|(?:home|首页|首頁|主页|主頁|ホーム|홈|startseite|accueil|inicio|início|главная|головна|anasayfa|beranda|trang chủ|الرئيسية)\s?[>›»].*)$/iu,
  // A heading over a briefing's questions that says after what they came: "Questions & Answers Session following the
  // Media Briefing by Minister …:", "Q&A after the press statement:" (the bare heading is QUESTIONS_HEADING).
  /^(?:questions?\s?(?:&|and)\s?answers?|question-and-answer|q\s?&\s?a)(?:\ssession)?\s(?:following|after)\s[^.!?]{3,140}[:：]?$/iu,
  // A blog's or a news site's category line over the post: "Publicado en Entrevistas", "Posted in Interviews", "Publié dans Actualités".
  /^(?:publicado en|publié dans|published in|posted in|filed under|veröffentlicht in|pubblicato in|опубликовано в|опубліковано в)\s[\p{L}\p{N} ,&/-]{2,60}$/iu,
  // Links back, up, to print or to send, in the corpus languages (blogs, news sites, ministries).
  /^[«‹<>[\s]*(?:back to|return to|zurück zu|retour (?:à|au|aux)|volver a|вернуться|повернутися|वापस जाएं)(?!\p{L}).{0,80}$/iu,
  // A site's section of press releases named alone on its line, over the page it files, perhaps with its link back
  // ("प्रेस विज्ञप्तियां[वापस जाएं]", India's PMO).
  /^(?:press releases|news releases|प्रेस विज्ञप्तियां|पत्र सूचना कार्यालय|communiqués de presse|comunicados de prensa|pressemitteilungen|пресс-релизы)(?:\s?\[[^[\]]{1,30}\])?$/iu,
  /^(?:haut de page|top of page|nach oben|imprimir|imprimer|drucken|print this page|列印本頁|打\s?印|【?\s?关闭\s?】?|關閉視窗|关闭窗口|envoyer à un ami|send to a friend|read more…?|weiterlesen|lire la suite|leer más|читать далее|haberin devamı|devamını oku|continue reading|動画はこちら|untitled document|impressum|publicación|pics)$/iu,
  /^[«‹]?\s*(?:older|newer) (?:entries|posts)\b/i,
  // A banner between pipes: "| Quai d’Orsay | Point de presse du 10 novembre 2017 | Extraits |".
  /^\|(?:[^|]{1,80}\|){2,6}$/u,
  // A toolbar's words with no links left to tell it: "글자크기 설정 인쇄 목록", "打印 | 关闭", "A+ A- Print"; a Korean
  // blog's tools and share targets, spaces lost ("폰트키우기프린트하기메일보내기", "트위터페이스북네이버").
  /^(?:(?:글자크기(?: 설정)?|글자 크기|폰트(?:키우기|줄이기)|프린트하기|메일보내기|신고하기|트위터|페이스북|미투데이|요즘|네이버|구글|msn|인쇄(?:하기)?|목록|공유(?:하기)?|(?:기사 )?스크랩|댓글|skriv ut|tipsa en vän|dela|e-mail this to a friend|printable version|previous (?:article|post)|next (?:article|post)|font size|a\+|a-|print|share|e-?mail|close|imprimer|partager|drucken|teilen|imprimir|compartir|печать|распечатать|поделиться|друк|поширити|打印|关闭|關閉|分享|收藏|字号|字號|印刷|シェア)\s*(?:[|/·]\s*)?){2,8}$/iu,
  /^(?:第\s?\d{1,3}\s?[页頁]\s?)+$/u, // paging of Chinese news sites: "第10頁"
  COPYRIGHT_LINE,
  // Korean news sites' reprint notice ("< Copyright ⓒ mbn. 무단전재 및 재배포 금지 >"), a cookie notice, a
  // "Skip to main content", "A A A" (a subscription's footer is below, with the dateline it may follow).
  /^.{0,60}(?:무단\s?전재|재배포\s?금지).{0,20}$|^.{0,60}(?:używa plików cookies|uses cookies|utilise des cookies|utiliza cookies|verwendet cookies).{0,60}$|^skip to (?:main )?content$|^A\s?A\s?A$/iu,
  // A notice that the page is an old or archived version of the site ("Вы находитесь на старой версии
  // сайта. Пройдите на актуальную версию по ссылке iltumen.ru"), and a clock or weather line with its
  // time zone ("25 апреля 2024 года, 23:53 (UTC+9:00) t в Якутске: -5 (03:00)"), short and no sentence
  // ("… a press conference at 11:00 (GMT+3) at the Ministry." stays).
  /^(?:вы находитесь на (?:старой|архивной) версии сайта|это (?:старая|архивная) версия сайта|ви знаходитеся на (?:старій|архівній) версії сайту|you are (?:viewing|on|visiting) (?:an? |the )?(?:old|archived|previous|legacy) version of (?:the|this|our) (?:web)?site|this is an archived (?:page|version|website)).{0,160}$|^.{0,60}\((?:utc|gmt|мск)\s?[+−-]\s?\d{1,2}(?::\d\d)?\)(?!.*[.!?]$).{0,40}$/iu,
  // Widgets' and plugins' own words: WordPress's "Print Friendly, PDF & Email" and "No items found.", a
  // video player's "A plugin is needed to display this content", an audio story's "You can also listen
  // to the story in REAL AUDIO …", a Chinese portal's "我要评论" (comment) and "字号:T|T" (font size).
  /^(?:print friendly,? pdf (?:&|and) email|no items found\.?|a plugin is needed to display this content\.?|change the behaviou?r of the player|you can also listen to the story in .{0,80}|podcast - full program(?: podcast - individual items)?|我要评论|我要評論|字号\s?[:：].{0,12}|字號\s?[:：].{0,12})$/iu,
  // "You are here:" before the breadcrumbs: "您现在的位置:", "当前位置：", "Jesteś tutaj:", after a link back perhaps and
  // before the headline ("Back Jesteś tutaj: Home Opinie …").
  /^(?:(?:back|wstecz|powrót|zurück|retour)\s)?(?:您现在的位置|您現在的位置|当前位置|當前位置|you are here|vous êtes ici|sie sind hier|jesteś tutaj|bạn đang xem)\s?[:：].{0,160}$/iu,
  // An image's file name left as its text ("quatremer.jpg", "1534748733(1).png"), and a prompt to click
  // ("Pour consulter l’ensemble du diaporama, cliquez-ici", "Click here to watch the video").
  /^\S{1,80}\.(?:jpe?g|png|gif|webp|bmp)$|^.{0,80}(?:cliquez[- ]ici|click here|haga clic aquí|clique aqui|hier klicken|нажмите здесь|點擊這裡|点击这里).{0,60}$/iu,
  // A notice that the video is below: "動画は下記からご覧ください。", "Watch the video below."
  /^(?:動画は(?:下記|こちら|以下)(?:から|で|より)?ご覧(?:ください|いただけます)|watch the (?:full )?video (?:below|here))[。.!]?$/iu,
  // A parliament's note on its stenographic record: "Zapis stenograficzny jest tekstem nieautoryzowanym."
  /^zapis stenograficzny jest tekstem nieautoryzowanym\.?$/iu,
  // A parliament's record heads each page with its sitting ("Deutscher Bundestag – 14. Wahlperiode – 154. Sitzung.
  // Berlin, Mittwoch, den 7. März 2001"), and notes the hour in words ("(Quinze heures trente minutes)", Quebec's assembly).
  /^deutscher bundestag\s[-–]\s\d{1,2}\.\swahlperiode\s[-–]\s\d{1,3}\.\ssitzung\b[^!?]{0,80}$|^\((?:[\p{L}-]+\s){1,3}heures?(?:\s[\p{L}-]+){0,3}\)$/iu,
  // A copyright after a credit: "Excerpt reproduced with permission from Foreign Policy, Copyright 2009".
  /^.{0,80}\bcopyright\s?©?\s?\d{4}\b.{0,40}$/iu,
  // Chinese news sites' editors and keywords under the text: "责任编辑：钱亦琛", "编辑:施薇", "陈艳婷编辑", "關鍵詞:".
  /^(?:责任编辑|責任編輯|编辑|編輯|关键词|關鍵詞|关键字|關鍵字)\s?[:：].{0,40}$|^\p{Script=Han}{2,4}(?:编辑|編輯)$/u,
  // A column's editors on one line: "栏目主编:张武 文字编辑:宋慧 图片编辑:朱瓅" (the column's, the text's, the pictures' editor).
  /^\p{Script=Han}{2,4}(?:主编|主編|编辑|編輯)\s?[:：]\s?\p{Script=Han}{2,4}\s(?:\p{Script=Han}{2,6}\s?[:：]\s?\p{Script=Han}{2,6}\s?){1,4}$/u,
  // An end mark alone ("完", "（完）"), a government page's "close window" after its name, pagination.
  /^[(（]?[完終终了][)）]?$|^.{0,40}[|｜]\s?(?:關閉視窗|关闭窗口|close window)$|^上一[页頁].{0,40}下一[页頁]$/iu,
  // A video page's action bar, in Korean: "좋아요 · 공유 · 저장" (like, share, save).
  /^(?:(?:좋아요|싫어요|공유|저장|구독|신고|클립)\s?[·|]?\s?){2,6}$/u,
  // A share bar's words: "Comparte esto: Facebook Twitter", "Share this: Facebook, X, WhatsApp", "اشتراک گذاری: تلگرام | واتساپ".
  /^(?:share(?: this)?|comparte(?: esto)?|compartir|partager|condividi|teilen|compartilhe|megosztás|اشتراک[\s\u200c]?گذاری|مشاركة|شارك)\s?[:：]\s?(?:(?:facebook|messenger|twitter|whatsapp|telegram|linkedin|e-?mail|x|vk|reddit|pinterest|فیسبوک|فيسبوك|توییتر|تويتر|تلگرام|تيليجرام|واتساپ|واتساب|ایکس|إكس|نسخه چاپی|طباعة)[\s,|·]*){1,8}$/iu,
  // A channel's invitation: "Il Giornale d'Italia è anche su Whatsapp. Clicca qui per iscriversi al canale".
  /^.{0,80}(?:clicca qui per iscriver(?:ti|si)|click here to subscribe|subscribe to our (?:newsletter|channel)|abonnez-vous à notre|suscríbete a nuestro).{0,80}$/iu,
  // A news site's call to follow it or to send it tips: "Pratite nas na našoj Facebook i Instagram stranici …",
  // "Follow us on Twitter and Facebook.", "… 독자 여러분의 소중한 제보를 기다립니다." (Korean news sites' footer).
  /^(?:follow us on|suivez-nous sur|síguenos en|folgen sie uns auf|seguici su|siga-nos n[oa]|pratite nas na|подписывайтесь на нас)(?!\p{L}).{0,200}$|^.{0,40}소중한 제보를 기다립니다\.?$/iu,
  /^(?:(?:dicatat|diposkan|diposting) oleh [^.!?]{1,40}$|posted by|publié par|publicado por|postado por|lagt inn av|labels?:|marcadores:|schlagwörter:|postar um comentário|post a comment|أسئلة شائعة)/iu, // blog furniture, an FAQ block's heading
  // Comment and reaction boxes under an article, each a line of its own: "Комментарии (0)", "Добавление
  // комментария", "Quelle est votre réaction ?". Not a question that asks for a reaction to something.
  /^(?:(?:комментарии|коментарі|comments?|commentaires?|kommentare?|comentarios?|commenti|komentarze|댓글|评论|評論)\s?\(\d{1,5}\)|(?:добавление|добавить|оставить) комментари[йяи]|leave a (?:comment|reply)|laisser un commentaire|deja un comentario|(?:quelle est|what(?:'s| is)) (?:votre|your) (?:réaction|reaction)\s?\?|ваша реакция\s?\?)$/iu,
  // A Korean broadcast's credits over its transcript: "■ 방송 : CBS 라디오 <김현정의 뉴스쇼>", "■ 진행 : 박정호 / 오마이TV 기자".
  /^[■□◆◇▶]\s?(?:방송|진행|대담|출연|사회|일시|장소)\s?[:：]/u,
  // A repost's notice of where it came from: "轉載請註明: 全球連線|崔天凱:… - 楠木軒", "转载请注明出处".
  /^(?:转载请注明|轉載請註明|转载请保留|轉載請保留|本文转载自|本文轉載自)/u,
  /^(?:来源|來源|出典|出处|出處|source|quelle|fuente|fonte|fonti|źródło|kaynak|sumber|nguồn|bron|källa|kilde|mənbə|المصدر|источник|джерело)\s?[:：].{0,120}$/iu, // "来源:环球网", "FONTE: Terra Magazine"
  // "Read also" in the corpus languages: "Baca Juga:", "Leggi anche", "Leia também", "Czytaj też", "Xem thêm", "اقرأ أيضا".
  /^(?:читайте также|читайте також|см\. также|lesen sie auch|lea también|lee también|>>\s?lire aussi|(?:à )?lire aussi|see also|read also|read more|related|baca juga|lihat juga|baca selengkapnya|leggi anche|leia também|leia mais|veja também|czytaj (?:też|także|więcej)|zobacz (?:też|także)|ilgili haber(?:ler)?|xem thêm|tin liên quan|lees ook|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|相关阅读|相關新聞|相关新闻)(?!\p{L}).{0,200}$/iu,
  // Japanese news sites' modules after the article, each heading a line of its own: "あなたへのおすすめ",
  // "アクセスランキング", "ブランドコンテンツ", an advertisement's "PR".
  /^(?:あなたへのおすすめ|おすすめ記事|(?:アクセス)?ランキング|ブランドコンテンツ|PR)$/u,
  // Editors' notes around a transcript: provisional, rush or near-verbatim, "check against delivery", "(As prepared for delivery)".
  /^[-–\s*([]*(?:this is a (?:rush|provisional|near[- ]verbatim)|provisional translation|(?:vrije|unofficial|informal|inoffizielle) (?:vertaling|translation|übersetzung)[\s–-]*$|(?:traduction libre|traducción libre|tradução livre|traduzione non ufficiale|неофициальный перевод)[\s–-]*$|check against delivery|as (?:prepared for delivery|delivered)[)\]]?$|es gilt das gesprochene wort|seul (?:le texte )?prononcé fait foi|sólo vale lo pronunciado|transcript,? e&oe|e&oe\b|texte intégral$|full text\]?$|full transcript follows|here is the (?:full )?transcript|listen to (?:the )?(?:event|interview|podcast|conversation)(?: below)?|main topics:|source\]|fuente:\s?https?:|try rev and save|transcribe your own content|this post first appeared|originally (?:published|appeared)|(?:the |this )?transcript (?:was )?(?:released|provided|issued) by|transcript of the speech|versiones? taquigráficas?|(?:transcripción automática|transcrição automática|transcription automatique|trascrizione automatica)$|(?:automatic|auto-generated|automated) transcript(?:ion)?$|automatische transkription$|※)/iu,
  // Photo and video credits: "…新华社记者李鑫摄", "(中評社 束沐攝)", "图源：外交部网站", "Video Credit: ...".
  // (Credits read from the line's end are isCredit's: a pattern would scan every line's start.)
  /^(?:photo|video|image|foto|фото|illustration|иллюстрация|ілюстрація)(?: credit)?\s?:|^crédit photo/iu,
  // Press conference metadata: "Sprecher: StS Seibert, ...", "Themen: ...", "Participants: …", "HOST: MICHAEL MORELL".
  // Australian ministers' transcripts list them: "Subjects: ASEAN Australia Summit; Relationship with China; …".
  // A library's record of the transcript ("TITLE: Joint Press Conference with Dr Hassan Wirajuda …", the Australian Parliament's ParlInfo).
  // The host's, the producer's and the guests' credits are names alone: "Host: Assalam-o-Alaikum Sir and
  // welcome to the show." is the host's first turn.
  /^(?:sprecher|themen?|thema|main topics|subjects?|topics|temas|sujets|title|participants|teilnehmer(?:innen)?|participantes|partecipanti|uczestnicy|участники|учасники)\s?:\s.{0,1000}$|^(?:host|producer|gäste|guests?)\s?:\s.{0,80}(?<![.!?])$/iu,
  // A byline: "Tác giả: Chung Hoàng (ghi)", "Autor: Jan Nowak", "Автор: Челомеев Никита" (names, no sentence).
  /^(?:tác giả|author|autor|auteur|автор|yazar|penulis)\s?[:：]\s?[^.!?:]{2,40}$/iu,
  // Blogger's feed links under a post: "Subscribe to: Post Comments (Atom)".
  ...NOTICES,
  /^(?:subscribe to:\s?)?(?:post comments|posts|comments) \(atom\)$/iu,
  /^(?:https?:\/\/\S+\s+)?\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?$/, // "2010-03-29 10:37:54"
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S.{0,80})?$/u, // video time stamps and chapters: "00:00", "43:12 Tilo zum ..."
  /^(?:香港時間|北京时间|北京時間)?\s?\d{1,2}[時时]\d{1,2}分$/u,
  // A publisher's particulars: "From: Prime Minister's Office", "Delivered on: 2 September 2019".
  /^(?:from|delivered on|published|updated|last updated|veröffentlicht am|publié le|publicado el|publicado em|pubblicato il|gepubliceerd op|opublikowano|опубликовано|pressemitteilung vom)\s?[:：].{0,200}$/iu,
  // A repost's note of the original headline: "(原标题:2018年9月7日外交部发言人华春莹主持例行记者会)".
  /^[(（]?(?:原标题|原標題|原题|原文标题|original (?:title|headline))\s?[:：].{0,200}$/iu,
  // Toolbars in lenticular brackets: "【 我要纠错 】 【打 印】"; not a speaker's label alone on its
  // line, which ends with an office or a journalist ("【北村外務報道官】", "【記者】").
  /^(?:【(?![^】]{0,11}[官者臣使相理長长人]】)[^】]{1,12}】\s*)+$/u,
  // Lines that announce the text: "实录如下：", "全文如下：", "Стенограмма:", "Full text:".
  /^.{0,12}(?:全文|实录|實錄|內容|内容)如下[:：]?$|^(?:و?إليكم|و?فيما يلي|و?في ما يلي) (?:نص|النص)[^:：]{0,30}[:：]?$|^(?:here is|below is|voici|ниже)(?: the| le)? (?:full )?(?:text|transcript|texte|полный текст|текст)[^:：]{0,30}[:：]$|^(?:стенограмма|стенограма|transcript|transkrip|transkript|transcripción|transcrição|trascrizione|full text|texte intégral|wortlaut|versión estenográfica|(?:some )?excerpts?|extraits?|auszüge?|текст (?:выступления|интервью|беседы|речи|заявления))[:：]?$/iu,
  /^(?:komplettes |vollständiges )?(?:b?pk-)?wortprotokoll\b.{0,60}[:：]$/iu, // "Komplettes PK-Wortprotokoll vom 11. August 2022:"
  // An editor's note over a transcript that says how it was made or cut: "This transcript is automatically
  // generated …", "Ниже приводим сокращённый текст беседы.", "Episoden er transkribert …", "Excerpts (questions
  // on the region first)". Not a pointer to the full text elsewhere ("Ниже приводим отрывок из интервью, с полным
  // текстом которого …"), which a lead may end on.
  /^(?:this|the following) transcri(?:pt|ption) (?:is|was|has been) (?:automatically generated|machine[- ]generated|computer[- ]generated|lightly edited|edited for (?:length|clarity)).{0,200}$|^ниже (?:приводим|публикуем|предлагаем)\s[^.!?]{0,40}(?:текст|вариант|стенограмм|расшифровк)\p{L}*(?:\s\p{L}+){0,3}[.:]?$|^(?:episoden|intervjuet|samtalen|podcasten) (?:er|har blitt|är|blev) (?:transkribert|transkriberet|transkriberad)(?!\p{L}).{0,120}$|^(?:excerpts?|extracts?|extraits?|auszüge?)\s?\([^()]{1,120}\)[:：.]?$/iu,
  // A promotion of the video or the interview elsewhere: "Дивіться ексклюзивне інтерв'ю DW із …:", "Watch the full interview:".
  /^(?:дивіться|смотрите|watch|regardez|sehen sie|schauen sie|mira|vea|ver|urmăriți|urmăriţi|escuchá|escuche|escucha|ouça|assista)(?!\p{L}).{1,160}(?:відео|видео|video|vidéo|interview|interviul|інтерв['’]ю|интервью|entrevista|entretien|nota completa)(?!\p{L}).{0,120}[:：]?$/iu,
  // A pointer to the event's photos or video, one short sentence: "Retrouvez des photos de cet événement sur Flickr.",
  // "Voir la vidéo de ce discours." (not a speech's "Voir les images de Boutcha a été un choc …").
  /^(?:retrouvez|découvrez|voir|see|view|ver|mira)\s(?:(?:toutes )?(?:les|des|la|the|all|las|los|el|more) )?(?:photos?|fotos?|images|vidéos?|videos?|album|diaporama|galerie|gallery)\s(?:de|of|from|del|du|des)\s[^.!?]{1,60}[.!]?$/iu,
  // Korean boards' particulars, with or without a colon: "부서명 언론담당관실", "담당자 홍길동", "등록일 2020.06.11".
  /^(?:부서명|담당부서|담당자|작성자|등록일|연락처|전화번호)\s?[:：]?\s?.{0,40}$/u,
  // A publisher's name alone on its line: "Pakistan Ministry of Foreign Affairs", "India - Ministry of External
  // Affairs", "Presse- und Informationsamt der Bundesregierung", a venue's ("James S. Brady Press Briefing Room").
  /^[\p{L}.' -]{0,40}(?:ministry of (?:foreign|external) affairs|presse- und informationsamt der bundesregierung|(?:press )?briefing room)$/iu,
  // A publisher's press office named alone on its line, over or under its transcript: "IMF Communications
  // Department", "MEDIA RELATIONS", "Отдел прессы и общественной дипломатии", "Secretaría de Prensa y Difusión -
  // Presidencia de la República", a Japanese government's "…広報広聴部報道課".
  /^[\p{L}.' -]{0,40}(?:communications department|media relations|press office|press section|office of the spokes(?:person|man)|отдел прессы|пресс-служба|secretaría de prensa|oficina de prensa|dirección de prensa|servicio de prensa|service de presse|bureau de presse|pressestelle|pressereferat|kommunikationsenheten|presstjänsten|presseenheden)(?:[\p{L} -]{0,60}|\s[-–]\s[\p{L} ]{1,60})$|^[\p{Script=Han}\p{Script=Katakana}ー]{0,24}(?:報道課|広報課|報道室|広報室)$/iu,
  // Appeals for money and a share button's message: "Bitte unterstützt unsere Arbeit finanziell:", "IBAN: DE85 …", "주소복사가 완료되었습니다".
  /^(?:bitte unterstützt unsere arbeit|support our work|please support us|pomóż w rozwoju naszego portalu|wspieram|iban\s?:|bic\s?:|주소\s?복사가?\s?완료|링크\s?복사)/iu,
  // Sites' own furniture: "Powered by Tripod", "ADVERTISEMENT", "Continua após a publicidade" (an advert's
  // place in the text), a Flash player's notice, a WordPress shortcode.
  /^(?:powered by\s\S.{0,40}|advertisement|advertising|anzeige|iklan|publicidad|anuncio|publicité|pubblicità|реклама|광고|広告|广告|廣告|(?:story|article) continues (?:below|after) (?:this |the )?(?:advertisement|ad)|continua após (?:a )?publicidade|continúa después de la publicidad|la suite après (?:cette |la )?publicité|continua dopo la pubblicità|weiter nach der anzeige|продолжение после рекламы)$/iu,
  // Blogs' and news sites' own links: "Showing posts with label …", newsletters, "more articles like this", "don't miss".
  /^(?:showing posts with label|show all posts|[\p{L}-]{0,20}-?newsletter abonnieren|subscribe to (?:our|the) newsletter|zapisz się do newslettera|więcej takich artykułów|не пропустіть|не пропустите|ne manquez pas|nicht verpassen|no te pierdas|don['’]t miss)(?!\p{L}).{0,200}$/iu,
  /^\[[a-z_]{2,30}\s[a-z_]{1,30}=.{0,200}$/u,
  // A shortcode or a forum's tag left as text, alone: "[ezcol_1half]", "[attach][/attach]" (not an editor's "[inaudible]").
  /^\[[a-z]{2,20}_[a-z0-9_]{1,30}\]$|^\[([a-z]{2,20})\]\[\/\1\]$/u,
  // A transcript service's or a news agency's notice: "Federal News Service", the UN's "For information media • not an official record".
  /^(?:transcript (?:by|provided by) )?federal news service\b[^.!?]{0,60}$|^for (?:the )?information (?:of the )?media\s?[•·–-]\s?not an official record\.?$/iu,
  // The year's official motto heading every Mexican government document: "2021: Año de la Independencia".
  /^\d{4}[:.,]?\s(?:año|ano) del?\s.{1,120}$/iu,
  // A press conference's hours in brackets: "(16時55分〜17時38分)", "(10:00 - 11:15)".
  /^[(（]?\d{1,2}[時:：]\d{2}分?\s?[〜~～\-–]\s?\d{1,2}[時:：]\d{2}分?[)）]?$/u,
  // Who conducted the interview, on a line of its own: "Propos recueillis par …", "حوار/…", "Interview: …".
  /^(?:propos recueillis par|interviewed by|interview by|entrevista de|интервью записал[аи]?|беседовал[аи]?|röportaj\s?:|rozmawiała?|intervista di|entrevista\s?:|wawancara\s?:|حوار\s?[/:])\s?.{2,80}$/iu,
  // Germany's government press conferences announce their off-the-record parts: "Es folgt ein Teil „unter drei“."
  /^es folgt ein teil .{0,3}unter (?:zwei|drei).{0,3}\.?$/iu,
  // News sites' and blogs' furniture, a line of its own: a post's comment count ("0 comments :", "등록된 댓글이
  // 없습니다."), a related-articles heading ("Dans la même rubrique", "Kapcsolódó cikkek", "Διαβάστε Επίσης",
  // "More news"), a reading time ("Temps de lecture estimé : 16 minutes"), a post's age ("(12 years, 11 months
  // ago)"), a video that is gone ("Dieses Video ist nicht mehr verfügbar."), an advert's place ("- Advertisment -").
  /^(?:\d{1,5} comments?\s?:?|no comments(?: yet)?\.?|등록된 댓글이 없습니다\.?|dans la même rubrique|kapcsolódó cikkek|διαβάστε επίσης|more (?:news|speeches|stories)|последние новости|выбор редакции|(?:temps de lecture(?: estimé)?|reading time|lesezeit|tiempo de lectura|tempo di lettura)\s?:?\s?\d{1,3}\s?min\p{L}*\.?|\d{1,3} min(?:ute)? read|\(?\d{1,2} (?:years?|months?|weeks?|days?)(?:,? \d{1,2} (?:months?|weeks?|days?|hours?))? ago\)?|dieses video ist nicht mehr verfügbar\.?|(?:\p{L}+ )?videos? (?:is |are )?no longer available\.?|this video is not available\.?|[-–\s]*advertise?ment[-–\s]*|scroll to continue with content)$/iu,
  // A page's age at its foot: "Page last updated: 11/06/2021", "Page last updated on: 02/08/2013", "… at 10:14 GMT, Sunday, 6 December 2009".
  /^page last updated(?: on| at)?\s?[:：]?\s?.{0,80}$/iu,
  // "The spoken word counts" in the Nordic languages and Dutch, as "check against delivery" in English: "Det talte ord gælder."
  /^(?:det talte ord (?:gælder|gjelder)|det talade ordet gäller|het gesproken woord geldt)\.?$/iu,
  // A transcript announced on a line of its own: "Full transcript:", "Transcript follows below.", "Transcript by".
  /^(?:full transcript|transcript follows(?: below)?|transcript by)\s?[:.]?$/iu,
  // Paywalls' notices: "Cet article est réservé aux abonnés. Je m'abonne", "Dieser Artikel ist nur für Abonnenten", "Word abonnee".
  /^(?:cet article est réservé aux abonnés|this (?:article|story) is (?:for|only for|available to) subscribers|dieser artikel ist (?:nur )?für abonnenten|este artículo es exclusivo para suscriptores|je m['’]abonne|artykuł dostępny tylko dla subskrybentów|masz już subskrypcję|sind sie bereits abonnent|word abonnee|al abonnee\?)/iu,
  SECTION_BANNER,
  // A contents line of Japanese minutes: "○米軍再編問題 ○ゲイツ米国防長官の訪日 ○…".
  /^(?:[○◯●■◆]\s?[^○◯●■◆]{1,60}\s*){2,}$/u,
  // A press conference's particulars: "Date: Tuesday, February 10, 2009, 9:54 a.m.", "Place: ...".
  /^(?:date|time|place|venue|location|дата|время|место|datum|ort|zeit|lieu|fecha|lugar|日時|日期|时间|時間|場所|地点|地點|일시|장소)\s?[:：].{0,120}$/iu,
  // An e-mail address alone on its line, a committee's or an office's contact under the text ("prensa@example.gob.ar",
  // "E-mail: press@example.org"): no one's words.
  /^(?:(?:e-?mail|correo(?: electrónico)?|courriel|почта|электронная почта)\s?[:：]\s?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu,
  // An office's postal address in the footer under the text, its name, street and number, then the postcode and
  // the city: "Kancelaria Senatu · ul. Wiejska 6, 00-902 Warszawa", "Agenzia Nova - Via Parigi, 11 - 00185 Roma",
  // "Institut X – 10, rue Charlot – 75003 Paris". Parliaments', presidencies' and news agencies' sites print it.
  /^[^!?]{2,80}[,·–|-]\s(?:\d{1,4},?\s)?(?:[Uu]l\.|[Aa]l\.|[Pp]l\.|[Rr]ue|[Vv]ia|[Pp]iazza|[Cc]alle|[Aa]venida|[Aa]v\.|[Pp]lac)\s[^!?]{1,40}[\s,·–-](?:\d{2}-\d{3}|\d{4,5})\s\p{Lu}[\p{L}\s,]{1,30}$/u,
  // A line with no letter and no digit: the rules of a table's empty cells ("| |"), a lone mark
  // ("◇" between a Japanese newspaper's lead and the text); not a separator (SEPARATOR: "* * *"),
  // which ends a turn.
  /^[^\p{L}\p{N}*=_~#—–・-]+$/u,
  // A media player's or an image's label alone: "Audio", "Video", "alt", "Фото".
  /^(?:audio|video|vídeo|alt|фото|видео|аудио|відео)$/iu,
  // A heading that names the text's box, not its topic: "Release content", "□ 주요내용" (main points), "Amostra do
  // texto" (a sample of the text), "شرح مصاحبه" (the interview's account), a video page's "Описание:" (description),
  // a Japanese ministry's "主な質疑事項" (the main questions, over a press conference's exchanges).
  /^[□■◆▶]?\s?(?:release content|main content|주요\s?내용|amostra do texto|شرح مصاحبه|описание|description|主な質疑事項)\s?[:：]?$/iu,
  // A periodical's issue line over or under the text: "Aprile 2022, Anno XIV, n. 4", "March 2021, Year 12, No. 3", "Mai 2020, 15. Jahrgang, Nr. 5".
  /^\p{L}{3,10}\s\d{4},\s(?:(?:anno|year|año|ano|année|rok)\s[IVXLC\d]{1,6}|\d{1,3}\.\sjahrgang),\s(?:n\.|no\.|nr\.|núm\.|n°|nº)\s?\d{1,4}$/iu,
  // A broadcast's cue alone on its line, no one's words: "Jingel", "--------Commercial Break--------", "(Pause publicitaire)",
  // and the production cues of a broadcaster's transcript, "(BEGIN VIDEO CLIP)", "(END VIDEOTAPE)", "(MUSIC PLAYING)",
  // "(SOUNDBITE OF ARCHIVED RECORDING)"; not the audience's "(Laughter.)", which labels count as the speaker's.
  /^[-–—=*\s([]*(?:commercial break|jingle|jingel|werbepause|pause publicitaire|pausa comercial|pausa publicitaria|(?:begin|end) (?:video ?clip|videotape|audio ?clip|audiotape)|music playing|musical interlude|soundbite of [^()[\]]{1,60})[-–—=*\s)\]]*$/iu,
  // A cookie notice with its explanation, one paragraph however long: "This website uses cookies. They help us …",
  // "Serwis internetowy, z którego korzystasz, używa plików cookies. Są to pliki …"; the site says it (not "the bakery uses cookies …").
  /^[^.!?]{0,40}(?:site|serwis|strona|witryna|seite|sitio|sito|сайт|портал|portal)[^.!?]{0,40}(?:używa plików cookies|wykorzystuje pliki cookies|uses cookies|utilise des cookies|utiliza cookies|verwendet cookies|utilizza (?:i )?cookie|использует (?:файлы )?cookie)(?!\p{L})/iu,
  // A subscription's notice after a news agency's dateline: "(AGENPARL) – lun 17 aprile 2023 You are subscribed to …".
  /^[^.!?]{0,60}you are subscribed to\b.{0,240}$/iu,
  // Where the article or interview first appeared, and what a subscriber may read: "Ez a cikk a HVG hetilapban jelent
  // meg.", "This interview first appeared in …", "Dieses Interview erschien zuerst in …", "Cet entretien a d'abord été publié dans …".
  /^(?:ez az? (?:cikk|interjú)\s[^.!?]{1,60}\sjelent meg|(?:this|the) (?:article|interview) (?:first |originally )?(?:appeared|was (?:first |originally )?published) in|(?:dieser artikel|dieses interview) (?:ist )?(?:erschien|erschienen) (?:zuerst |erstmals )?(?:in|im|auf|bei)|(?:cet article|cet entretien|cette interview) a (?:d['’]abord |initialement )?été publiée? dans|(?:este artículo|esta entrevista) (?:fue publicad[ao]|se publicó) (?:originalmente )?en)(?!\p{L}).{0,200}$/iu,
  // A podcast's credits for the episode, its hosts and where to hear it: "Tätä jaksoa juontavat …", "соведущий выпуска -
  // …", "Denne episoden av … finner du på Spotify …", "This episode is hosted by …" (not a host's "in this episode").
  /^(?:tätä jaksoa juonta(?:a|vat)|(?:со)?ведущи[йея] выпуска\s?[-–—:]|this episode (?:is|was) (?:hosted|presented) by|denne episoden\s[^.!?]{1,60}\sfinner du på|you can (?:find|listen to) this episode on)(?!\p{L}).{0,200}$/iu,
];

/**
 * Lines above the text that say what it is and where, not what was said: a kind on its own line
 * ("Background Briefing", "Special Briefing via Teleconference", "Press Availability"), a place
 * ("Istanbul, Turkey", "Washington, D.C.", "اسطنبول، تركيا"). State.gov's pages and their
 * translations and reposts print both between the headline and the first label.
 */
const FRONT_MATTER: RegExp[] = [
  // A broadcast's people, each on a line: "Moderatorin: Hannelore Veith", "Co-Interviewerin: Gudrun Harrer", perhaps
  // with their post and paper ("Co-Interviewer: Eva Lang, Ressortleiterin Ausland, "Die Zeitung"").
  /^(?:[Mm]oderator(?:in)?|[Mm]oderatrice|[Cc]o-[Ii]nterviewer(?:in)?|[Ii]nterviewer(?:in)?|[Hh]ost|[Pp]resenter|[Gg]ast|[Gg]uest|[Ii]nvitée?)\s?:\s\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}(?:,\s?[^.!?:]{1,60})?$/u,
  /^(?:(?:background|special|press|media|daily|regular|weekly|virtual|on-the-record|off-camera|telephonic|joint|senior state department officials?)\s){0,3}(?:briefing|press briefing|press conference|press availability|media availability|conference call|teleconference|doorstop|remarks|interview)(?:\s(?:via|by) (?:teleconference|telephone|video ?link|videoconference))?$/iu,
  /^\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{0,30}){0,2}, (?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}'’-]{0,30}(?: \p{Lu}[\p{L}'’-]{0,30}){0,2})$/u,
  /^\p{Script=Arabic}{2,20}(?: \p{Script=Arabic}{2,20}){0,2}، ?\p{Script=Arabic}{2,20}(?: \p{Script=Arabic}{2,20})?$/u,
];

/** How many lines from the top the headline's restatement and the front matter may stand. */
const FRONT_MATTER_LINES = 3;

/** The longest site's name a headline restated in the body may follow ("MEA Weekly Press Briefing Transcript of ..."). */
const BEFORE_RESTATED_HEADLINE = 60;

/**
 * Rules that look anywhere in a line, for short lines only: a pattern that may start anywhere
 * would otherwise scan every paragraph of every transcript.
 */
const DROPPED_SHORT: RegExp[] = [
  // View counters: "조회수 2606", "浏览次数：123", "350710 переглядів", "1,234 views".
  /^.{0,80}(?:조회수|浏览次数|瀏覽次數|阅读量|閱讀量|просмотр(?:ов|а)?|переглядів|views|visitors|besucher)\s?[:：]?\s?[\d,.\s]{0,12}$|^[-–\s]*[\d,.]{1,9}\s?(?:조회|views|просмотров)$/iu,
  // A video player's notice: "Baixe o player Flash para assistir esse vídeo.", "您的浏览器不支持此视频格式".
  /^.{0,60}(?:flash player|adobe flash|player flash|浏览器不支持|瀏覽器不支援|browser does not support|browser doesn['’]t support).{0,60}$/iu,
  // A pointer to the recording, which the page embeds or links: "Видеоверсия интервью:", "Webcast of the press
  // briefing", "Pressemødet kan ses og høres i videoen herover.", "… video kaydını izlemek için:".
  /^.{0,80}(?:video|vídeo|vidéo|видео|відео|ویدیو|webcast|영상|视频|視頻|動画|audio|áudio|аудио|аудіо|ses kayd).{0,60}[:：]$|^(?:webcast|video|vídeo|vidéo) (?:of|de|du|da|del) .{1,60}$|^.{0,60}videoen? (?:herover|heroven|ovenfor|nedenfor)\.?$/iu,
  // A photo's credit or a source alone on its line: "Foto: Thomas Ludwig/NOZ", "UN Photo/Cia Pak", "(Source EEAS)",
  // "(Πηγή: www.enimerosi24.gr)"; a reporter's credit under a Korean or Chinese agency's dispatch ("(로스 카보스=연합뉴스)
  // 성기준 특파원 bigpen@yna.co.kr", "本报记者  汤恩浩  李亮", "特約記者 尹樹廣").
  /^(?:fotos?|photos?|фото|φωτο)\s?[:：]\s?\p{Lu}.{1,60}$|^(?:UN|AP|AFP|EPA) Photo\s?\/\s?\p{Lu}.{1,40}$/u,
  /^[(（](?:[Ss]ources?|[Ππ]ηγή|[Ff]uente|[Ff]onte|[Qq]uelle|[Ии]сточник|[Дд]жерело|[Kk]aynak|来源|來源|출처)(?:\s?[:：]\s?|\s)(?:\p{Lu}|\p{Lo}|www\.)[^()（）]{0,60}[)）]$/u,
  /^[(（][^()（）=]{1,20}=\S{2,12}[)）]\s?\S{2,4}\s(?:특파원|기자)(?:\s\S{1,40}@\S{1,40})?$|^(?:本报|本報|特约|特約)(?:记者|記者)(?:\s{1,2}\p{Script=Han}{2,4}){1,4}$/u,
  // A Korean dispatch's place and outlet alone on its line, over its lead: "【서울=뉴시스】", "[도쿄=연합뉴스]", "【UB(Mongolia)=Break News GW】".
  /^[【[][^【】[\]=]{1,30}=[^【】[\]=]{1,30}[】\]]$/u,
  // A pointer to the recording that ends on "here:", in the languages of Central Europe and beyond: "Rozhovor s ministrom si
  // môžete pozrieť tu:", "Rozhovor můžete zhlédnout zde:", "Razgovor možete pogledati ovdje:", "Интервью можно посмотреть здесь:".
  /^.{0,100}(?:pozrieť|zhlédnout|shlédnout|pogledati|obejrzeć|posłuchać|посмотреть|послушать|подивитися|izleyebilirsiniz|sehen|ansehen|watch|listen to|voir|écouter|ver|escuchar)\s(?:si\s)?(?:tu|zde|ovdje|ovde|tutaj|здесь|тут|буде|burada|hier|here|ici|aquí|aqui)\s?[:：]$/iu,
  // A Japanese agency's picture caption that ends on its day, place and agency: "会談する両外相=15日、東京(共同)", "…=29日、ソウル(聯合)".
  /^[^。=]{2,80}=\d{1,2}日[、,]\S{1,12}[(（][^()（）]{1,8}[)）]$/u,
  // A picture's zoom link: "forstør billede", "Bild vergrößern", "Enlarge image".
  /^(?:forstør billede|förstora bilden|bild vergrößern|enlarge (?:image|photo|picture)|agrandir (?:l['’]image|la photo)|ampliar (?:imagen|foto)|увеличить (?:фото|изображение))$/iu,
];
const SHORT_LINE = 160;

/**
 * A byline alone on its line: "by Nilantha Ilangamuwa", "Por MARÍA JESÚS PEREIRA / Sevilla", "Von
 * Matthias Koch". Not an office after "by", which names the speaker ("by NATO Secretary General
 * Jens Stoltenberg").
 */
function isByline(text: string): boolean {
  const names = mayOpen(BYLINE_LINE, text) ? BYLINE_LINE.exec(text)?.[1] : undefined;
  return names !== undefined && !names.split(' ').some(isOfficeWord);
}

const BYLINE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}`;
/** "Por A y B / Fotos: C": two writers, a place or the photographer after a slash. */
const BYLINE_LINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor|[Pp]rzez|[Aa]f|[Aa]v)\s(${BYLINE_NAME}(?:\s(?:and|et|und|en|og|och|[yei&])\s${BYLINE_NAME})?)(?:\s?\/\s?(?:\p{Lu}\p{L}{1,30}|(?:[Ff]otos?|[Pp]hotos?)\s?:\s?${BYLINE_NAME}))?$`,
  'u',
);

function isWriterPost(text: string): boolean {
  return text.length <= WRITER_POST_MAX && WRITER_POST.test(text);
}

const WRITER_POST_MAX = 80;

/**
 * A site's footer menu left as a line of words between bars, its links lost in a copy: "Assoziations-Blaster |
 * Text eingeben | Impressum", "Home | Contact | Privacy policy". One of its entries is the site's legal page or its
 * address book, which no transcript's line lists between bars.
 */
function isFooterMenu(text: string): boolean {
  if (text.length > FOOTER_MENU_MAX || !text.includes('|')) return false;
  const entries = text.split('|').map((entry) => entry.trim());
  return (
    entries.length >= FOOTER_ENTRIES_MIN &&
    entries.every((entry) => entry.length > 0 && entry.length <= FOOTER_ENTRY_MAX) &&
    entries.some((entry) => FOOTER_ENTRY.test(entry))
  );
}

const FOOTER_ENTRY =
  /^(?:impressum|imprint|datenschutz(?:erklärung)?|privacy(?: policy)?|kontakt|contact(?: us)?|mentions légales|aviso legal|note legali|sitemap|site map|disclaimer|terms of use|nutzungsbedingungen|agb|контакты|контакти)$/iu;
const FOOTER_MENU_MAX = 160;
const FOOTER_ENTRIES_MIN = 3;
const FOOTER_ENTRY_MAX = 40;

/**
 * Photo credits and captions, read from the line's end: "…新华社记者李鑫摄", "(中評社 束沐攝)",
 * "… (Ảnh: TTXVN phát)", "… (Photo: Reuters)", "… (사진=연합뉴스)"; "图源：外交部网站" near its start; a file
 * photo's note ("(資料圖片僅供參考)").
 */
function isCredit(text: string): boolean {
  const last = text.at(-1);
  const beforeLast = text.at(-2);
  if (last === '摄' || last === '攝' || (last === ')' && (beforeLast === '摄' || beforeLast === '攝'))) return text.length <= CREDIT_MAX;
  // A Chinese caption that ends with where its picture came from: "…回答听众提问。使馆供图" (provided by), "…网站截图" (a screenshot), "… 視覺中國 資料圖" (a file photo).
  if (text.length <= CREDIT_MAX && CJK_PICTURE_SOURCE.test(text.slice(-CJK_PICTURE_SOURCE_TAIL))) return true;
  if ((last === ')' || last === '）') && text.length <= CAPTION_MAX && CAPTION_CREDIT.test(text.slice(-CAPTION_CREDIT_TAIL))) return true;
  // A caption that ends with its credit, no brackets, after a sentence or a dash: "… Außenminister. Foto: Außenministerium / Andy
  // Wenzel", "O novo cônsul em Lisboa, Rui Lima - Foto: Divulgação |" (a Brazilian site's bar after it).
  if (text.length <= CAPTION_MAX && TRAILING_CREDIT.test(text.slice(-CAPTION_CREDIT_TAIL))) return true;
  // A file photo's note alone in brackets: "(資料圖片僅供參考)", "（资料图）".
  if (text.length <= FILE_PHOTO_MAX && FILE_PHOTO.test(text)) return true;
  // Two credits or more on one line: "Interview: Peter Hossli Fotos: Daniel Rihs", "Texto: Ana Gil / Fotos: EFE".
  if (text.length <= CREDITS_LINE_MAX && mayOpen(CREDITS_LINE, text) && CREDITS_LINE.test(text)) return true;
  return IMAGE_SOURCE.test(text.slice(0, IMAGE_SOURCE_HEAD));
}

const CJK_PICTURE_SOURCE = /(?:供图|供圖|截图|截圖|资料图|資料圖|资料图片|資料圖片)$/u;
const CJK_PICTURE_SOURCE_TAIL = 4;
const FILE_PHOTO = /^[(（]\s*(?:资料图|資料圖|资料照片|資料照片)[^()（）]*[)）]$/u;
const FILE_PHOTO_MAX = 30;

/** A credit's role, a colon and names, twice or more: who asked, wrote, photographed or filmed. */
const CREDIT_ROLE = String.raw`(?:[Ii]nterview|[Ii]nterviu|[Ee]ntrevista|[Ii]ntervista|[Tt]ext[eo]?|[Tt]esto|[Ff]otos?|[Pp]hotos?|[Ff]otografía|[Ff]otografie|[Bb]ild(?:er)?|[Vv]ideo|[Kk]amera|[Rr]edaktion|[Rr]édaction|[Rr]edacción|[Gg]rafik|[Aa]uteur|[Aa]utor|[Aa]uthor)`;
const CREDIT_NAMES = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`;
const CREDITS_LINE = new RegExp(String.raw`^${CREDIT_ROLE}\s?:\s?${CREDIT_NAMES}(?:\s?[/|,·–-]?\s${CREDIT_ROLE}\s?:\s?${CREDIT_NAMES})+$`, 'u');
const CREDITS_LINE_MAX = 160;

const CREDIT_MAX = 152;
const CAPTION_MAX = 370;
const CAPTION_CREDIT_TAIL = 70;
const CAPTION_CREDIT = /[(（](?:(?:ảnh|photo|foto|fotó|fot\.|zdjęcie|φωτο|фото|图|圖|图片|圖片|사진|写真)\s?[:：=/／]|©)[^()（）]{1,60}[)）]$/iu;
/** A credit after a caption's last sentence: names and agencies in capitals, "/" between ("Foto: Außenministerium / Andy Wenzel", "Photo: AFP"). */
const TRAILING_CREDIT =
  /(?:[.!?]|\s[-–—|])\s(?:[Ff]oto|(?:UN |AP |AFP |EPA )?[Pp]hoto|[Фф]ото|[Cc]redit|[Cc]rédit|[Ảả]nh)\s?[:：/]\s?\p{Lu}[\p{L}.&'’-]*(?:\s?[/|,]?\s\p{Lu}[\p{L}.&'’-]*){0,5}(?:\s?\|)?$/u;
const IMAGE_SOURCE = /(?:图源|圖源|图片来源|圖片來源)[:：]/u;
const IMAGE_SOURCE_HEAD = 86;

/**
 * The rules of DROPPED that may match a line longer than LINE_RULES_MAX (their lengthBound) and
 * open as it does (lib/text/rule-openings.ts). The others read whole short lines ("…$"), and a
 * transcript's long paragraphs need not be tried against them (the benchmark's extraction time).
 */
function droppedAnyLength(text: string): readonly RegExp[] {
  // Built on first use, not at load: a top-level call would keep every rule in the content script.
  anyLength ??= rulesByOpening(DROPPED.filter((rule) => lengthBound(rule) > LINE_RULES_MAX));
  return anyLength(text);
}
let anyLength: ((text: string) => readonly RegExp[]) | null = null;

/**
 * The rules of DROPPED a line of this length may match (lib/text/rules-by-length.ts) that may
 * open as it does, built on first use as droppedAnyLength() is: most "…$" rules read lines shorter
 * than most paragraphs, and most open with a word of their own ("^(?:back to top|…)$"), which a line
 * that opens otherwise need not be tried against, nor a page's first extraction compile.
 */
function droppedFor(text: string): readonly RegExp[] {
  byLength ??= rulesByLength(
    DROPPED,
    Array.from({ length: LINE_RULES_MAX / DROPPED_BAND }, (_, i) => i * DROPPED_BAND),
  );
  return byOpening(byLength(text), text);
}
let byLength: ((text: string) => RegExp[]) | null = null;
/** How finely droppedFor() sorts lines by length: bands of 20 characters, up to LINE_RULES_MAX. */
const DROPPED_BAND = 20;
/** Longer than any line a "…$" rule of DROPPED can match but the few in droppedAnyLength(). */
const LINE_RULES_MAX = 400;

/**
 * The rules of a list that may match a line opening as `text` does (lib/text/rule-openings.ts): the
 * lists tried on every line ("^(?:popular articles)$", "^(?:tags|теги)…") are read by their openings
 * on first use, so a page's first extraction compiles only those its lines may open.
 */
function byOpening(rules: readonly RegExp[], text: string): readonly RegExp[] {
  let forOpening = listsByOpening.get(rules);
  if (!forOpening) listsByOpening.set(rules, (forOpening = rulesByOpening(rules)));
  return forOpening(text);
}
const listsByOpening = new Map<readonly RegExp[], (text: string) => readonly RegExp[]>();

/** Lines after which nothing is transcript: the page's closing modules begin. */
const END_OF_TRANSCRIPT: RegExp[] = [
  // A paywall's prompt to read on: what a news site lets a reader see ends there, its offers follow
  // ("Anschließend 50% Rabatt …"). A notice that the article is for subscribers (DROPPED) does not end it:
  // a subscriber's copy carries the notice over the whole text.
  /^(?:subscribe to (?:continue|read)|um diesen artikel vollständig lesen zu können|jetzt weiterlesen mit|(?:starten|schließen) sie jetzt (?:ihren|den) (?:kostenlosen|kostenfreien) probemonat|lees verder met .{1,30} premium|l['’]articolo è disponibile in forma integrale solamente|有料会員になると)/iu,
  // A paywall's call to subscribe for everything the site prints, and a news site's plea for its readers' paid
  // support under the article: "SUBSKRYBUJ aby mieć dostęp do wszystkich tekstów …", "Subscribe to get access to
  // all our articles", "Abonnez-vous pour accéder à tous nos contenus", "…를 응원해주세요. 자발적 유료 구독 …".
  /^(?:subskrybuj|zasubskrybuj|subscribe|abonnez-vous|suscríbete|assine)\s(?:aby|to|pour|para)\s[^.!?]{0,30}(?:dostęp|access|accéder|acceder|acceso|acesso|lire|leer|ler|read|czytać)[^.!?]{0,20}\s(?:wszystkich|wszystkie|all|tous|toutes|todos|todas)\s/iu,
  /^[^.!?]{0,30}응원해\s?주세요[.!]?\s[^.!?]{0,30}(?:유료\s?구독|정기\s?후원)/u,
  /^popular articles$/i, // embassy in India, Joomla module
  /^(?:#\s*){3}$/, // state.gov
  /^advanced settings$/i, // old mid.ru
  /^(?:tags|теги|метки)[:：]?$/i,
  /^back to press conferences$/i, // mofa.go.jp
  /^(?:related (?:articles|news|materials)|читайте также|see also|похожие материалы|другие материалы)$/i,
  /^emergency phone number\b/i, // embassy in India footer
  // Japanese prefectures' and ministries' pages close on their inquiries box: "お問い合わせ", "この記事についてのお問い合わせ", "問い合わせ先".
  /^(?:(?:この|本)(?:ページ|記事)(?:について|に関する)の?)?お?問い?合わ?せ先?$/u,
];

/** A publisher's particulars written as a name alone on its line, the value on the next; a broadcaster's programme card too (Al Jazeera's "مقدم الحلقة:", "ضيف الحلقة:", "تاريخ الحلقة:"). */
const PARTICULAR_ALONE =
  /^(?:(?:from|delivered on|published|updated|last updated|location|type|veröffentlicht am|publié le|publicado el|опубликовано|(?:مقدم|مقدمة|ضيف|ضيوف|تاريخ|محاور) الحلقة)\s?[:：]|(?:とき|ところ|日時|場所|会場)[:：]?)$/iu;
/** The longest value a particular alone may take from the next line. */
const PARTICULAR_VALUE_MAX = 200;

/** The longest line that is dropped as a date line wherever it stands. */
const SHORT_DATE_LINE = 40;

/** How much of a short line must be links for it to be a toolbar or a menu, and how short. */
const LINK_LINE_DENSITY = 0.7;
const LINK_LINE_MAX = 150;

/** A dated line that says only that the event was held: a photo's caption (extract.ts reads the name in it). */
const CJK_EVENT_CAPTION = /^\d{4}年\d{1,2}月\d{1,2}日[,，][^。]{2,40}(?:举行|舉行|主持)[^。,，]{0,12}。$/u;

/** "...", "…", "[...]", "(…)" alone. */
const ELLIPSIS_ALONE = /^[[(]?(?:\.{3}|…)[\])]?$|^[[(（［.…\s]{0,4}(?:후략|중략|전략|이하 생략|以下略|以下省略|中略|後略|后略|前略)[\])）］.…\s]{0,4}$/u;

/** "* * *", "======", "________": a break between blocks of a transcript; ends a turn, is not text. */
export const SEPARATOR = /^([*=_~#—–・-])(?:\s*\1){2,}$|^_{3,}(?:\s*\|\s*_{3,})+$/u;

/** Headings of a table of contents. */
const CONTENTS_HEADING =
  /^[●■◆]?\s?(?:table of contents|contents|main topics|topics|содержание|оглавление|index for today[’']s briefing|sommaire|inhalt|índice|目录|目次|목차|会見の?内容|[(（【]項目[)）】]|porządek (?:obrad|dzienny)|orden del día|ordre du jour|tagesordnung|повестка дня|порядок денний|ordine del giorno|dagordning|dagsorden|gündem)\s?[●■◆]?[:：]?$/iu;

/** The heading after which a briefing's questions begin. */
export const QUESTIONS_HEADING =
  /^[[【(<]?\s?(?:answers to (?:media |journalists[’']? )?questions|from answers to (?:media )?questions|из ответов на вопросы(?: сми)?|ответы на вопросы(?: сми)?|вопросы и ответы|question-and-answer session|questions and answers|q\s?&\s?a|fragen und antworten|questions-réponses|preguntas y respuestas|질문·답변|질문 및 답변|질의응답|질의 및 응답|질의 응답|問答|问答|質疑応答)\s?[\]】)>]?[:：.]?$/iu;

export interface CleanContext {
  title: string;
}

/**
 * Drops furniture lines, the table of contents, the title and date lines repeated inside the
 * body, and everything after a closing module. Returns new blocks; the input is untouched.
 */
export function dropBoilerplate(blocks: Block[], context: CleanContext): Block[] {
  const kept: Block[] = [];
  const title = context.title.trim().toLowerCase();
  let inContents = false;
  // Whether the contents listed so far are plain lines, no number, mark or link to tell them.
  let plainContents = false;
  let seenTurnText = false;
  let inTitleBlock = false;
  const repeated = topicsRepeatedAsHeadings(blocks);
  const rubrics = rubricsAboveHeadline(blocks, title);
  const record = archiveRecordLines(blocks.map((block) => block.text));
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const text = block.text;
    const lowered = lowerOnce(text);
    if (someMatch(byOpening(END_OF_TRANSCRIPT, text), text, lowered)) break;
    if (repeated.has(i) || i < rubrics || i < record) continue;
    // Japanese minutes open their contents on the heading's own line: "【主な項目】冒頭発言: 就任にあたって".
    if (CONTENTS_HEADING.test(text) || text.startsWith('【主な項目】')) {
      inContents = true;
      plainContents = true;
      continue;
    }
    if (block.inPageLink && (block.listItem || inContents || text.length < CONTENTS_LINK_MAX)) continue;
    // Old mid.ru briefings list their topics as numbered lines, sometimes with no heading.
    if (!seenTurnText && NUMBERED.test(text) && NUMBERED.test(blocks[i + 1]?.text ?? '')) inContents = true;
    // Japanese minutes list their topics, marked, before the text with no heading: "○冒頭発言", "○米軍再編問題", ….
    if (!seenTurnText && MARKED_TOPIC.test(text) && MARKED_TOPIC.test(blocks[i + 1]?.text ?? '')) inContents = true;
    if (inContents) {
      const next = blocks[i + 1];
      const headsList = QUESTIONS_HEADING.test(text) && next !== undefined && isContentsEntry(next);
      // A topic's unmarked second line between two entries ("1.市長コメント", "…提出議案について", "2.その他").
      const subEntry = text.length <= SUB_ENTRY_MAX && !SENTENCE_END.test(text) && next !== undefined && isContentsEntry(next);
      if (isContentsEntry(block)) plainContents = false;
      if (isContentsEntry(block) || headsList || subEntry || (plainContents && isPlainContentsEntry(block))) continue;
      inContents = false;
    }
    // The opening's title block in capitals: two lines or more, before the transcript's first words.
    if (!seenTurnText && isCapitalsLine(text) && (inTitleBlock || isCapitalsLine(blocks[i + 1]?.text ?? ''))) {
      inTitleBlock = true;
      continue;
    }
    inTitleBlock = false;
    // A writer's name printed twice in a row, the author box's and the signature's ("Ana Souza" over "Ana Souza"): a
    // speaker's label stands once over the words it names.
    if (text.length <= WRITER_NAME_MAX && WRITER_NAME.test(text) && blocks[i + 1]?.text === text) {
      i += 1;
      continue;
    }
    if (isWriterPost(text)) {
      const above = kept.at(-1);
      if (above && above.text.length <= WRITER_NAME_MAX && WRITER_NAME.test(above.text)) kept.pop();
      continue;
    }
    const previous = blocks[i - 1];
    if (previous && COPYRIGHT_LINE.test(previous.text) && text.length <= AFTER_COPYRIGHT_MAX && !SENTENCE_END.test(text) && !text.includes(':')) continue;
    if (block.listItem && SPEAKER_LIST_ENTRY.test(text)) continue;
    // A section of Japanese or Korean minutes with nothing in it: "1 発表事項" (announcements), then "なし。" (none).
    if (blocks[i - 1]?.heading && NOTHING_IN_SECTION.test(text)) continue;
    // A particular's name alone ("From:", "Delivered on:") and its value on the next line (gov.uk).
    if (PARTICULAR_ALONE.test(text)) {
      if ((blocks[i + 1]?.text.length ?? Infinity) <= PARTICULAR_VALUE_MAX) i += 1;
      continue;
    }
    if (
      someMatch(text.length <= LINE_RULES_MAX ? droppedFor(text) : droppedAnyLength(text), text, lowered) ||
      isCredit(text) ||
      isByline(text) ||
      isFooterMenu(text) ||
      (text.length <= SHORT_LINE && someMatch(byOpening(DROPPED_SHORT, text), text, lowered))
    )
      continue;
    // A short line of links: a toolbar or a menu ("Volver | Imprimir", "Imprimer | Envoyer à un ami").
    if (block.linkDensity >= LINK_LINE_DENSITY && text.length <= LINK_LINE_MAX) continue;
    // An ellipsis alone, an editor's or a copy's mark of text left out ("...", "[…]", Korean and Japanese "(중략)",
    // ".. 후략 ..", "(以下略)"): no one's words.
    // A photo's caption between paragraphs: "2016年11月28日,外交部发言人耿爽举行例行记者会。"
    if (ELLIPSIS_ALONE.test(text) || CJK_EVENT_CAPTION.test(text)) continue;
    // A date alone on a short line, anywhere: "2012年7月3日(星期二)", "14 February 2001".
    if (text.length <= SHORT_DATE_LINE && isDateLine(text, BARE_DATE_WORDS)) continue;
    if (!seenTurnText) {
      // The headline repeated in the body, alone or after the site's name ("MEA Weekly Press Briefing Transcript of ...").
      const lower = text.toLowerCase();
      if (title !== '' && (lower === title || (lower.endsWith(title) && lower.length < title.length + BEFORE_RESTATED_HEADLINE))) continue;
      if (isDateLine(text)) continue;
    }
    // The headline's restatement, the kind and the place stand among the first lines, under a subtitle perhaps.
    if (kept.length < FRONT_MATTER_LINES) {
      if (title !== '' && restatesTitle(text.toLowerCase(), title)) continue;
      if (someMatch(byOpening(FRONT_MATTER, text), text, lowered)) continue;
      if (text.length <= KIND_SUBTITLE_MAX && !SENTENCE_END.test(text) && KIND_SUBTITLE.test(text)) continue;
      if (GUEST_SUBTITLE.test(text)) continue;
      // The hall and the day of a speech under its subtitle, where the subtitle counted as text
      // ("En ocasión del Saludo Protocolar …" then "Salón Bolívar, Palacio Bolívar 6 de Febrero, 2014"): a
      // year's date and a few words of place, and no sentence ("On 14 February 2001 we met the minister." is one).
      if (/\d{4}/u.test(text) && !SENTENCE_END.test(text) && isDateLine(text)) continue;
    }
    if (!block.heading && !SEPARATOR.test(text)) seenTurnText = true;
    kept.push(block);
  }
  // A speech's signature after its last words, its speaker, office, place and day on one line
  // ("Miloš Zeman, prezident republiky, Pražský hrad, 16. října 2018"); a bare date stays (Hong
  // Kong's releases close on one, and metadata reads it).
  const last = kept[kept.length - 1];
  if (
    kept.length > 1 &&
    last &&
    !last.heading &&
    last.text.includes(',') &&
    !SENTENCE_END.test(last.text) &&
    isDateLine(last.text) &&
    !isDateLine(last.text, BARE_DATE_WORDS)
  )
    kept.pop();
  return kept;
}

/**
 * How many of the body's first lines stand above its headline and go with it: a site's or a
 * section's name, a column's rubric, a chapter of a collection ("StarBuzz Online - Toronto",
 * "أخبار البحرين", "G8 Foreign Ministers Meetings", "XX Eri tiedotusvälineille myönnettyjä
 * haastatteluja"), the kicker over a news headline. News sites, blogs and archives print them
 * between the menu and the headline, which the body repeats; the transcript starts below it.
 * Short lines only, none ending as a sentence; the headline's line goes with them (a part of it
 * too, where the heading breaks it). 0 when the headline is not among the first lines.
 */
function rubricsAboveHeadline(blocks: readonly Block[], title: string): number {
  if (title.length < HEADLINE_LINE_MIN) return 0;
  const at = blocks.slice(0, RUBRIC_LINES + 1).findIndex((block) => isHeadlineLine(block.text.trim().toLowerCase(), title));
  if (at <= 0) return 0;
  const above = blocks.slice(0, at);
  // A page with no text under its headline (a photo's page) keeps its lines: they are all it has.
  const textBelow = blocks.slice(at + 1).some((block) => block.text.length > RUBRIC_MAX);
  return textBelow && above.every((block) => block.text.length <= RUBRIC_MAX && !SENTENCE_END.test(block.text)) ? at + 1 : 0;
}

/** The headline as the body repeats it: whole, or its first line where the heading breaks it ("G8 Foreign Ministers Meeting:" of "… Meeting: Press Conference"). */
function isHeadlineLine(line: string, title: string): boolean {
  return (
    line === title || (line.length >= HEADLINE_LINE_MIN && title.startsWith(line)) || (line.startsWith(title) && line.length < title.length + HEADLINE_LINE_MIN)
  );
}

/** How many lines may stand above the headline, how long each, and the shortest headline (or part) that is looked for. */
const RUBRIC_LINES = 3;
const RUBRIC_MAX = 100;
const HEADLINE_LINE_MIN = 12;

/**
 * A list of topics before the text whose entries the body repeats as its headings: Al Jazeera's
 * programme card ("- مصر والملف السوري" over the heading "مصر والملف السوري"), a briefing's list of
 * topics in dashes or bullets. Every entry of a run of such lines goes where one of them heads the
 * text later (a stored copy may stop before the others).
 */
function topicsRepeatedAsHeadings(blocks: readonly Block[]): Set<number> {
  const headings = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (block.heading) headings.set(topicOf(block.text), i);
  });
  const dropped = new Set<number>();
  if (headings.size === 0) return dropped;
  let run: number[] = [];
  const closeRun = () => {
    if (run.some((i) => (headings.get(topicOf(blocks[i]!.text)) ?? -1) > i)) for (const i of run) dropped.add(i);
    run = [];
  };
  blocks.forEach((block, i) => {
    if (!block.heading && TOPIC_ENTRY.test(block.text) && block.text.length <= TOPIC_ENTRY_MAX) run.push(i);
    else closeRun();
  });
  closeRun();
  return dropped;
}

/** A line of a list of topics: a dash or a bullet, then words that end on no sentence's stop. */
const TOPIC_ENTRY = /^[-–—•·▪*]\s?\S[^.!?؟。]*$/u;
const TOPIC_ENTRY_MAX = 120;

function topicOf(text: string): string {
  return text
    .replace(/^[-–—•·▪*]\s?/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The headline restated above the text in other words: a part of it ("毛宁主持例行记者会" under
 * "2024年10月8日外交部发言人毛宁主持例行记者会"), or nearly all its words with a few more
 * ("… interview to Komsomolskaya Pravda newspaper and radio, Moscow, May 31, 2016"). Reposts
 * and ministries' pages print both. A sentence (it ends with a full stop) is a lead, not this.
 */
function restatesTitle(line: string, title: string): boolean {
  if (line.length > title.length + RESTATED_EXTRA || /[.。!?？؟]$/u.test(line)) return false;
  const compact = line.replace(/\s+/gu, '');
  // An office, a space, a name: a speaker's label alone on its line ("外交部部长 王毅"), not the headline's words.
  if (CJK_TEXT.test(compact))
    return compact.length >= RESTATED_CJK_MIN && title.replace(/\s+/gu, '').includes(compact) && !CJK_OFFICE_AND_NAME.test(line.trim());
  const words = wordsOf(line);
  if (words.length < RESTATED_WORDS_MIN) return false;
  const titleWords = new Set(wordsOf(title));
  const shared = words.filter((word) => titleWords.has(word)).length;
  return shared / words.length >= RESTATED_SHARE && shared / titleWords.size >= RESTATED_SHARE;
}

/** How much longer than the title a restatement may be, and how much of each it shares. */
const RESTATED_EXTRA = 80;
const RESTATED_SHARE = 0.75;
const RESTATED_WORDS_MIN = 3;
const RESTATED_CJK_MIN = 6;
const CJK_OFFICE_AND_NAME = /^[\p{Script=Han}\p{Script=Hangul}]{2,10}\s[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u;
const CJK_TEXT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{N}《》「」（）()·、，,]+$/u;

function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => word.replace(/s$/u, ''))
    .filter((word) => word.length > 1);
}

/**
 * An entry of contents written as plain lines under their heading, a newsletter's or a blog's ("目次" over
 * "大使インタビュー", "文化部イベントについて"): short, not bold, no heading, no sentence and no label's colon.
 * A speaker's label alone ("Sergey Lavrov", bold) and the text's first words end the list.
 */
function isPlainContentsEntry(block: Block): boolean {
  return !block.heading && !block.wholeBold && block.text.length <= SUB_ENTRY_MAX && !SENTENCE_END.test(block.text) && !/[:：]$/u.test(block.text);
}

/** "1. Update on Syria": an entry of a numbered contents list. */
const NUMBERED = /^\d{1,2}\.\s/;

/** A contents entry: a list item, a link into the page, a number, or Japanese minutes' circle ("◯捕鯨問題"). */
function isContentsEntry(block: Block): boolean {
  // A marked topic ("○ゲイツ米国防長官の訪日") ends no sentence; a marked speaker's words do ("○知事 皆さん。").
  return block.listItem || block.inPageLink || NUMBERED.test(block.text) || MARKED_TOPIC.test(block.text);
}

/**
 * A topic of Japanese minutes' contents, marked and ending no sentence: "◯捕鯨問題", "・県警の捜査費",
 * "(1)政務三役会議", "1.市長コメント". A marked speaker's words end one ("○知事 皆さん。").
 */
const MARKED_TOPIC = /^(?:[○◯●・]|[(（]\d{1,2}[)）]|\d{1,2}[.．](?!\d))[^。.!?？]{1,60}$/u;
const SUB_ENTRY_MAX = 60;

/**
 * A line that ends as a sentence or a question does, its full stop after a word: no date line,
 * however short ("On 14 February 2001 we met the minister."; not "AU Headquarter, Addis Ababa 12 June 2013.").
 */
const SENTENCE_END = /(?:[\p{L}\p{M}][.!]|[?？！。])\s*$/u;

/** Words a date line above the transcript may carry: a weekday, a time, a place. */
const DATE_LINE_WORDS = 6;

/** Words a bare date line may carry besides the date and the time: a weekday. */
const BARE_DATE_WORDS = 2;

/**
 * The longest paragraph made of a link into the page that is dropped as a contents line
 * wherever it stands ("1. Syria"); a longer one is kept as text unless it is a list item or
 * under a contents heading.
 */
const CONTENTS_LINK_MAX = 300;

/** The longest date line: a date, a weekday, a time and a place word or two; longer is a sentence. */
const DATE_LINE_MAX = 90;

/** Chinese and Japanese letters, and how many of them after a date make a sentence rather than a date line's place or weekday. */
const CJK_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_SENTENCE_MIN = 24;

/** A line that is only a date, with perhaps a weekday, a time and a place word or two. */
function isDateLine(text: string, maxWords = DATE_LINE_WORDS): boolean {
  if (text.length > DATE_LINE_MAX) return false;
  const date = findDate(text);
  if (!date) return false;
  const rest = text.replace(date.match, ' ').replace(/\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/gi, ' ');
  // Chinese and Japanese write no spaces, so a sentence is one "word": its full stop tells it
  // ("2022年8月2日,外交部发言人华春莹主持例行记者会,部分内容如下。" is a lead, not a date line).
  if (rest.includes('。')) return false;
  // Nor is a long run of them after the date, a sentence whose stop a <br> put on the next line
  // ("平成24年10月17日に着任されました八木大使にインタビューのお時間" then "をいただきました。").
  if ((rest.match(CJK_LETTERS)?.length ?? 0) >= CJK_SENTENCE_MIN) return false;
  return (
    rest
      .replace(/[\s,.:()\-–—|/]+/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean).length <= maxWords
  );
}
