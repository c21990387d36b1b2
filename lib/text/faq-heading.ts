/**
 * A heading that names the questions under it as a reader's common ones, an FAQ's: "Frequently asked questions",
 * "PERGUNTAS MAIS FREQUENTES", "Perguntas comuns (e o que o oficial quer entender)", "Preguntas frecuentes",
 * "Questions fréquentes", "Häufig gestellte Fragen", "Часто задаваемые вопросы", "よくある質問", "자주 묻는 질문",
 * "الأسئلة الشائعة". A consulate's or a visa guide's page sets its questions in bold under it, as an interview sets
 * its interviewer's: detection's scan reads them as an FAQ's (ScanOptions.faqHeading, lib/detection/label-scan.ts).
 * The engine's.
 */
const FAQ_HEADING =
  /^(?:frequently asked questions|faqs?|common questions|(?:perguntas|preguntas) (?:mais |más )?(?:frequentes|frecuentes|comuns|comunes)|questions (?:fréquentes|courantes|les plus fréquentes)|foire aux questions|häufig gestellte fragen|häufige fragen|domande frequenti|veelgestelde vragen|najczęściej zadawane pytania|sık sorulan sorular|sıkça sorulan sorular|часто задаваемые вопросы|поширені запитання|часті запитання|よくあるご?質問|자주 묻는 질문|常见问题|常見問題|الأسئلة الشائعة|الأسئلة المتكررة|سوالات متداول|câu hỏi thường gặp|pertanyaan yang sering diajukan)(?!\p{L})/iu;

/** The longest heading read ("Perguntas comuns (e o que o oficial quer entender)"): a longer line is a paragraph of text. */
const FAQ_HEADING_MAX = 80;

/** Whether a paragraph's text is an FAQ's heading (FAQ_HEADING). */
export function isFaqHeading(text: string): boolean {
  return text.length <= FAQ_HEADING_MAX && FAQ_HEADING.test(text);
}
