/**
 * A news report's quote ends on its attribution, after a dash or a comma: "– Jedno pytanie dla
 * Polaków – uspokajał Jasina.", "- Nije vaš posao da se dopadate bilo kome - dodao je predsednik.",
 * "— Мы готовы к диалогу, — сказал министр.", "…, säger utrikesministern.", "–dice casi al inicio.".
 * Papers in Polish, Russian, Ukrainian, Serbo-Croatian, the Nordic languages and Spanish open a
 * quote with a dash as an interview opens a turn with one; the report's verb of saying, closing the
 * paragraph, tells them apart (an interview's answer does not report its own speaker). The
 * engine's reading only (PageJudging, lib/sites/site-adapter.ts): the content script's bytes are
 * counted. Whole words only, each a fixed form.
 */
const SAYING = [
  // Polish: the past of each gender, and the present.
  '(?:powiedzia|doda|stwierdzi|podkreśli|zaznaczy|wyjaśni|tłumaczy|przekonywa|zapewni|oceni|kontynuowa|odpowiedzia|zapyta|wskaza|mówi|ucią|protestowa|uspokaja|zacz)(?:ł|ła|li|ły)',
  '|dodaje|mówi|podkreśla|zaznacza|tłumaczy|przekonuje|ocenia',
  // Russian and Ukrainian: the past of each gender, and the present.
  '|(?:сказа|заяви|отмети|добави|подчеркну|поясни|ответи|уточни|рассказа|призна|констатирова|продолжи)(?:л|ла|ли)(?:сь)?',
  '|(?:сказа|заяви|зазначи|дода|наголоси|підкресли|розпові|поясни|відпові)(?:в|ла|ли)',
  '|говорит|добавляет|отмечает|подчеркивает|каже|додає|зазначає',
  // Serbian, Croatian, Bosnian, Slovene: the past with its auxiliary.
  '|(?:rekao|rekla|dodao|dodala|istakao|istakla|naglasio|naglasila|kazao|kazala|izjavio|izjavila|objasnio|objasnila|poručio|poručila) je',
  '|je (?:rekao|rekla|dodao|dodala|dejal|dejala|povedal|povedala)',
  // Czech and Slovak.
  '|řekl|řekla|dodal|dodala|uvedl|uvedla|povedal|povedala|uviedol|uviedla',
  // The Nordic languages.
  '|säger|sade|sa|siger|sagde|sier|uttalade',
  // Spanish, Portuguese, Italian.
  '|dijo|dice|afirmó|añadió|agregó|señaló|explicó|aseguró|sostuvo|indicó|respondió|subrayó|disse|diz|afirmou|acrescentou|ha (?:detto|aggiunto|spiegato|sottolineato)',
  // Bulgarian, Romanian, Hungarian, Greek.
  '|каза|добави|заяви|посочи|a (?:spus|declarat|adăugat|subliniat)|mondta|tette hozzá|fogalmazott|δήλωσε|είπε|πρόσθεσε|τόνισε',
].join('');

/**
 * A paragraph's end that attributes it: a dash or a comma, a verb of saying, and at most a few
 * words (the speaker, where and when) before the last stop ("– stwierdził premier Donald Tusk na
 * konferencji prasowej.").
 */
const ENDS_ATTRIBUTED = new RegExp(`[-–—,]\\s?(?:${SAYING})(?![\\p{L}\\p{M}])[^.!?…]{0,80}[.!…]?$`, 'iu');

/**
 * An attribution that closes the quote's first sentence, the quote going on after it, as Nordic
 * and Slavic papers set a quote ("– Det är vemodigt, säger hon. Det har varit intensivt …",
 * "– … bordet, säger utrikesministern till TT tidigt på torsdagsmorgonen. …", "- … - rekao je
 * naglasivši kako …. …"): a comma, a dash or the quote's own "?" or "!", the verb of saying, its
 * speaker and circumstances, then a stop and more text, or the paragraph's end after a longer tail than
 * ENDS_ATTRIBUTED reads ("…, säger utrikesministern till TT …, på det hotell i Oslo där …").
 */
const ATTRIBUTED_WITHIN = new RegExp(`[-–—,?!]\\s?(?:${SAYING})(?![\\p{L}\\p{M}])[^.!?…]{0,160}(?:[.!…]\\s+\\S|[.!…]?$)`, 'iu');

/** How much of a paragraph's end is read for its attribution, and how much of its opening for an attribution within. */
const TAIL = 120;
const OPENING = 1500;

/** Whether a paragraph attributes its quote as a report does: at its end, or closing its first sentences (see above). */
export function endsAttributed(paragraph: Element): boolean {
  const text = (paragraph.textContent ?? '').trim();
  return ENDS_ATTRIBUTED.test(text.slice(-TAIL)) || ATTRIBUTED_WITHIN.test(text.slice(0, OPENING));
}
