/**
 * A greeting that opens a letter to the page's readers, or thanks a sponsor for the page: a newsletter's
 * "Liebe Leserin, lieber Leser,", "Dear readers,", "Chers lecteurs,", "Уважаемые читатели!", a programme's
 * "Thanks to the support from …" under its video. Neither greets an audience in the room, as a speech's or a
 * press conference's greeting does (GREETING, ./register.ts): detection's scan does not count it (ScanOptions.readerGreeting,
 * lib/detection/label-scan.ts). The engine's.
 */
export const READER_GREETING =
  /^(?:liebe leser(?:innen|in)?|lieber leser|liebe lesende|dear readers?|chers lecteurs|chères lectrices|chère lectrice|cher lecteur|queridos lectores|querido lector|estimados lectores|cari lettori|caro lettore|beste lezers?|уважаемые читатели|дорогие читатели|шановні читачі|дорогі читачі|thanks to (?:the |our )?(?:generous )?(?:support|sponsors?|funding) (?:of|from|by))(?!\p{L})/iu;
