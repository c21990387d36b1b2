/**
 * Whether a text asks something, in the scripts of the corpus: a question mark (Latin, full-width,
 * Arabic); Greek's question mark, which is a semicolon after a Greek word ("…σας παρακαλώ;");
 * Japanese's spoken question, which ends a sentence in "か" and a full stop ("…決めるんですか。"); not a
 * heading's "…とは何か" nor a quotation's "「何をすべきか」"; Korean's questioning and requesting
 * endings at a sentence's end ("…습니까", "…하셨는지요.", "…말씀해 주시지요."; not "…주셨으니까 …", because);
 * an interviewer's request to tell, in Japanese ("…印象についてお聞かせください。", "…教えてください。").
 */
export const ASKS =
  /[?？؟\u037e]|(?<=\p{Script=Greek}[»"”)]?);|か(?=。|$)|(?:[습읍십]니까|(?<!만)나요|[는은인]지요|[인는]가요|까요|주십시오|주시지요|주시죠)(?=[.…]|$)|(?:教えて|聞かせて|お聞かせ|話して|お話し)(?:ください|下さい)(?=[。.]|$)/u;

/**
 * The same at the end of a text, before a closing quote or bracket, or a stray full stop ("…em Portugal?.").
 * Korean asks by its endings as often as with a question mark, a request to tell too ("…
 * 담당하셨는지요.", "첫인상을 말씀해 주시지요."); Japanese's polite question, whose "…ですか", "…ましたか" asks the
 * listener, ends a bold question set as a heading with no full stop ("どうして外交官を目指そうとされたのですか");
 * not a heading's plain "…とは何か".
 */
export const ENDS_ASKING =
  /(?:[?？؟\u037e]\.?|(?<=\p{Script=Greek}[»"”)]?);|か。|(?:です|ます|でした|ました)か|(?:[습읍십]니까|(?<!만)나요|[는은인]지요|[인는]가요|까요|주십시오|주시지요|주시죠)[.…]?|(?:教えて|聞かせて|お聞かせ|話して|お話し)(?:ください|下さい)[。.]?)\s*[»"”)）」]?$/u;

/**
 * An FAQ's question: a procedure asked about in the first person or in general, short
 * ("How do I apply for a visa?", "Can I travel with ...?", "What is the processing time?", "Что делать,
 * если ...?"). English "how" and "what" open an interviewer's question as often ("How do you see …?",
 * "What are the priorities …?") and are kept: an FAQ's page asks so more often, and most interviews
 * ask otherwise. Not Spanish's "¿Cómo describiría …?", an interviewer's: only a reader's "¿Cómo puedo …?",
 * "¿Cómo se solicita …?".
 */
export const FAQ_QUESTION =
  /^(?:how (?:do|can|long|much|many)|how to|what (?:is|are|documents|should|if)|can i|do i|should i|may i|is it (?:possible|necessary)|where (?:can|do)|who (?:can|should)|как (?:получить|оформить)|что делать|можно ли|нужно ли|comment (?:faire|obtenir)|puis-je|dois-je|¿cómo (?:puedo|se |debo|solicit)|¿puedo|¿qué documentos|wie (?:kann ich|beantrage)|muss ich|kann ich|如何|怎样|怎麼|是否需要|どうすれば|어떻게)/iu;

/**
 * A question asked in the first person singular: an FAQ's reader, not a journalist asking a minister.
 * English "I" in its capital only, French "mon" (my), and no pronoun that is another language's common
 * word: "i" is "and" or "in" in the Nordic and Slavic languages and Italian, "je" is Czech and Croatian
 * "is", "mi" Italian "me" and Slavic "we", "me" a Romance object ("me gustaría consultarle"), "ma"
 * Italian "but" (French "puis-je", "dois-je" open FAQ_QUESTION).
 */
export const ASKS_FOR_ONESELF = /(?<!\p{L})(?:[IЯя我]|[Mm]y|[Mm]on|[Ii]ch|[Мм]не|[Мм]о[йя])(?!\p{L})|^[IiAa](?:s|re) there/u;

/**
 * An interviewer announcing the question to come, in the corpus languages: "I want to ask you about …", "Я хочу задать
 * вопрос об …", "Tôi muốn biết …", "meine erste Frage". A turn that says so asks, though the page's copy ends before its
 * question mark or the question is put as a statement.
 */
export const ANNOUNCES_QUESTION =
  /(?<!\p{L})(?:i (?:want|would like|wanted) to ask|i['’]d like to ask|let me (?:ask|start by asking)|my first question|хочу (?:задать (?:вам )?вопрос|спросить|узнать)|позвольте (?:спросить|задать)|первый вопрос|хочу запитати|перше питання|tôi muốn (?:biết|hỏi)|câu hỏi đầu tiên|je (?:voudrais|veux|souhaiterais) vous (?:demander|poser)|ma première question|ich möchte sie fragen|meine erste frage|quisiera preguntarle|quiero preguntarle|mi primera pregunta|vorrei chiederle|la (?:mia )?prima domanda|queria perguntar|a primeira pergunta|saya ingin bertanya|sormak istiyorum|ilk sorum)(?!\p{L})|我想问|第一个问题|第一個問題|最初の質問|첫 질문/iu;
