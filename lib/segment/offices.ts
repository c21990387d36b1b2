/**
 * Offices written after a CJK name or alone: "崔大使", "上川大臣", "財政司司長", "總統",
 * "外務報道官", "대변인". Longest first.
 */
export const CJK_OFFICE =
  /(?:外務大臣|外務報道官|官房長官|内閣総理大臣|総理大臣|財政司司長|行政長官|行政长官|发言人|發言人|報道官|大使|大臣|外相|総理|首相|长官|長官|司長|司长|部长|部長|外长|总统|總統|主席|总理|總理|대변인|부대변인|장관|차관|대통령|총리|대사)$/u;

/** A CJK journalist's label ends so: "法新社记者", "NHK 大谷記者", "연합뉴스 기자". */
export const CJK_JOURNALIST = /(?:记者|記者|기자)$/u;

/** Moderators relay other people's questions ("Shri Yatin Patel, OSD (PR)"). */
export const MODERATOR = /(?<![\p{L}\p{N}])(?:moderator|moderadora?|modérateur|modératrice|ведущий|ведущая|модератор|модератор|OSD|host|vors\.?|vorsitzende|vorsitzender|司会|主持人|사회자|مدير الحوار|sunucu|apresentador|apresentadora|âncora|conductor|conductora|presentador|presentadora|animateur|animatrice|anchor|conduttore|conduttrice|prowadzący|prowadząca|pembawa acara|người dẫn chương trình|mc)(?![\p{L}\p{N}])/iu;
