/**
 * The headings of a news site's modules around the article ("Leggi anche", "Lo más leído",
 * "Articoli Recenti", "اقرأ أيضا", "Most read"): where a page's copy lost its headline, they are
 * what is left, and never the headline. The engine's reading of the title asks this; the
 * detector does not (the words would weigh on every page load of the known sites, and a module's
 * heading names no kind of transcript either way).
 */
export const MODULE_HEADING =
  /^(?:read (?:also|more)|see also|related(?: articles| news| stories)?|most (?:read|popular)|recent (?:posts|articles)|(?:latest|other|more|top|main) (?:news|stories)|главные новости|другие новости(?: \S+){0,2}|последние новости|الأخبار ذات الصلة|أخبار ذات صلة|diğer haberler|son haberler|新闻中心|新聞中心|leggi anche|articoli recenti|più letti|ultime notizie|lo más leído|lo mas leido|más leídas|últimas noticias|te puede interesar|leia também|mais lidas|lire aussi|les plus lus|à lire aussi|lesen sie auch|meistgelesen|aktuelles|czytaj (?:też|także)|najczęściej czytane|wiadomości(?: \S+)?|читайте также|читайте також|популярное|ilgili haberler|çok okunanlar|baca juga|berita terkait|tin liên quan|xem thêm|اقرأ أيضا|اقرأ أيضاً|الأكثر قراءة|相关新闻|相關新聞|热门文章|推荐阅读|関連記事|관련기사|많이 본 뉴스)$/iu;
