/**
 * Media outlets: a label that names one is a journalist's ("China Daily:", "Question (RIA
 * Novosti):", "Kojima, NHK:").
 */
export const OUTLET =
  /(?<![\p{L}\p{N}])(?:daily|news|times|post|tv|television|radio|channel|agency|network|newspaper|magazine|journal|gazette|herald|tribune|reuters|afp|ap|bloomberg|cnn|bbc|cctv|cgtn|nhk|kyodo|jiji|xinhua|tass|ria|interfax|sputnik|rt|asahi|yomiuri|mainichi|nikkei|wion|ani|pti|al jazeera|phoenix|dpa|efe|ansa|тасс|риа|интерфакс|известия|коммерсант|россия|первый канал|нтв|ртр|газета|агентство|телеканал|информационный|радиостанция|канал|журнал|вести|новости|пресса|zeitung|spiegel|kurier|presse|le monde|le figaro|europe 1|france inter|el país|la nación|abc|nbc|cbs|npr|pbs|fox|abc news|yonhap|연합뉴스|dw|the paper|press trust|global times|china news service|phoenix tv|kyodo news|الجزيرة|العربية|الأهرام|الشرق الأوسط|سكاي نيوز|روسيا اليوم|وكالة|صحيفة|قناة)(?![\p{L}\p{N}])/iu;
