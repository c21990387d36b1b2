/**
 * Whether a text asks something, in the scripts of the corpus: a question mark (Latin, full-width,
 * Arabic); Greek's question mark, which is a semicolon after a Greek word ("…σας παρακαλώ;");
 * Japanese's spoken question, which ends a sentence in "か" and a full stop ("…決めるんですか。").
 */
export const ASKS = /[?？؟\u037e]|(?<=\p{Script=Greek}[»"”)]?);|か(?=[。」]|$)/u;

/** The same at the end of a text, before a closing quote or bracket, or a stray full stop ("…em Portugal?."). */
export const ENDS_ASKING = /(?:[?？؟\u037e]\.?|(?<=\p{Script=Greek}[»"”)]?);|か。?)\s*[»"”)）」]?$/u;
