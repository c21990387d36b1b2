/**
 * Russian and Ukrainian titles name people in the genitive: "Выступление Министра иностранных
 * дел России С.В.Лаврова", "Брифинг официального представителя МИД России М.В.Захаровой",
 * "Звернення Президента України Володимира Зеленського". A speaker is named in the nominative
 * ("С.В.Лавров", "М.В.Захарова", "Володимир Зеленський"). The endings below are those of the
 * common name patterns; a name they do not fit is left as the title gives it.
 */

/**
 * Words after which a title's name is in the genitive: offices in the genitive ("Министра",
 * "представителя", "Президента", "Міністра", "Речника") and the kinds of text ("Выступление",
 * "Интервью", "Звернення").
 */
export const GENITIVE_BEFORE =
  /^(?:министра|представителя|президента|посла|заместителя|директора|председателя|главы|руководителя|помощника|советника|премьер-министра|генерального|секретаря|міністра|речника|заступника|голови|прем['’]єр-міністра|выступление|интервью|ответы|стенограмма|заявление|брифинг|статья|конференция|пресс-конференция|слово|речь|беседа|встреча|визит|доклад|лекция|обращение|послание|поздравление|виступ|інтерв['’]ю|звернення|заява|стенограма|брифінг|конференція|прес-конференція|промова|зустріч|візит|мид|россии|федерации|украины|україни|дел|справ)$/iu;

/** Male surnames: genitive ending → nominative ending, longest first. */
const MALE_SURNAME: Array<[string, string]> = [
  ['ського', 'ський'],
  ['цького', 'цький'],
  ['ского', 'ский'],
  ['цкого', 'цкий'],
  ['ова', 'ов'],
  ['ёва', 'ёв'],
  ['ева', 'ев'],
  ['єва', 'єв'],
  ['іна', 'ін'],
  ['ина', 'ин'],
  ['ына', 'ын'],
  ['ого', 'ий'],
  // The instrumental, after "с" or an office ("интервью с Послом … Владимиром Дорохиным").
  ['ским', 'ский'],
  ['цким', 'цкий'],
  ['ським', 'ський'],
  ['овым', 'ов'],
  ['евым', 'ев'],
  ['ёвым', 'ёв'],
  ['иным', 'ин'],
  ['ыным', 'ын'],
  ['овим', 'ов'],
  ['евим', 'ев'],
  ['іним', 'ін'],
  ['ичем', 'ич'],
  ['уком', 'ук'],
  ['юком', 'юк'],
];

/** A surname in the instrumental: no nominative ends so, whatever word stands before it. */
export const INSTRUMENTAL_SURNAME = /(?:(?:ск|цк|ськ|ов|ев|ёв|ин|ын|ів|ін)[иы]м|ичем|[ую]ком)$/u;

/** Female surnames: genitive ending → nominative ending. */
const FEMALE_SURNAME: Array<[string, string]> = [
  ['овой', 'ова'],
  ['евой', 'ева'],
  ['ёвой', 'ёва'],
  ['иной', 'ина'],
  ['ской', 'ская'],
  ['цкой', 'цкая'],
  ['ової', 'ова'],
  ['евої', 'ева'],
  ['іної', 'іна'],
  ['ської', 'ська'],
];

/** Given names whose genitive the endings below would get wrong. */
const GIVEN_NAME_EXCEPTIONS: Record<string, string> = {
  Дмитра: 'Дмитро',
  Петра: 'Петро',
  Павла: 'Павел',
  Льва: 'Лев',
  Олександра: 'Олександр',
  Павлом: 'Павел',
  Петром: 'Пётр',
  Львом: 'Лев',
};

/**
 * Czech, Slovak and Polish titles name the guest in the instrumental after "with": "Rozhovor s
 * ministrem zahraničí Janem Lipavským", "s prezidentkou Zuzanou Čaputovou", "z ministrem Radosławem
 * Sikorskim". These surname endings are no nominative's: the surname's ending → its nominative's.
 */
const WEST_SLAVIC_INSTRUMENTAL: Array<[string, string]> = [
  ['ovou', 'ová'],
  ['skou', 'ská'],
  ['ckou', 'cká'],
  ['ým', 'ý'],
  ['skim', 'ski'],
  ['ckim', 'cki'],
  ['ską', 'ska'],
  ['cką', 'cka'],
];

/** A Latin-script surname in the instrumental of Czech, Slovak or Polish (WEST_SLAVIC_INSTRUMENTAL). */
export const WEST_SLAVIC_INSTRUMENTAL_SURNAME = /\p{L}(?:ovou|skou|ckou|ým|skim|ckim|ską|cką)$/u;

/**
 * The nominative of a genitive Cyrillic name ("Сергея Лаврова" → "Сергей Лавров"), and of a Czech, Slovak
 * or Polish one in the instrumental ("Janem Lipavským" → "Jan Lipavský"); other names unchanged.
 */
export function nominativeName(name: string): string {
  if (WEST_SLAVIC_INSTRUMENTAL_SURNAME.test(name) && /^[\p{Script=Latin}\s’'-]+$/u.test(name)) return westSlavicNominative(name);
  if (!/^[\p{Script=Cyrillic}.\s’'-]+$/u.test(name)) return name;
  const tokens = name.split(/\s+/);
  const surname = tokens.at(-1)!;
  // Initials glued to the surname: "С.В.Лаврова".
  const initials = /^(?:\p{Lu}\.\s?){1,2}/u.exec(surname)?.[0] ?? '';
  const bare = surname.slice(initials.length);
  const female = FEMALE_SURNAME.find(([genitive]) => bare.endsWith(genitive));
  const male = female ? undefined : MALE_SURNAME.find(([genitive]) => bare.endsWith(genitive));
  const ending = female ?? male;
  if (!ending) return name;
  const nominativeSurname = initials + bare.slice(0, bare.length - ending[0].length) + ending[1];
  const given = tokens.slice(0, -1).map((token) => (/^\p{Lu}\.$/u.test(token) ? token : female ? femaleGiven(token) : maleGiven(token)));
  return [...given, nominativeSurname].join(' ');
}

function maleGiven(token: string): string {
  if (token in GIVEN_NAME_EXCEPTIONS) return GIVEN_NAME_EXCEPTIONS[token]!;
  if (/(?:ия|ія)$/u.test(token)) return `${token.slice(0, -2)}${token.endsWith('ія') ? 'ій' : 'ий'}`;
  if (/[еаоуэ]я$/u.test(token)) return `${token.slice(0, -1)}й`;
  if (/[б-джзк-нп-тф-щ]а$/u.test(token)) return token.slice(0, -1);
  // The instrumental: "Владимиром", "Сергеем", "Дмитрием".
  if (/[б-джзк-нп-тф-щ]ом$/u.test(token)) return token.slice(0, -2);
  if (/[еи]ем$/u.test(token)) return `${token.slice(0, -2)}й`;
  return token;
}

function femaleGiven(token: string): string {
  if (/ии$/u.test(token)) return `${token.slice(0, -2)}ия`;
  // The instrumental: "Марией", "Натальей", "Анной".
  if (/[иь]ей$/u.test(token)) return `${token.slice(0, -2)}я`;
  if (/[б-джзк-нп-тф-щ]ой$/u.test(token)) return `${token.slice(0, -2)}а`;
  if (/ьи$/u.test(token)) return `${token.slice(0, -2)}ья`;
  if (/[гкхжшчщ]и$/u.test(token)) return `${token.slice(0, -1)}а`;
  if (/ы$/u.test(token)) return `${token.slice(0, -1)}а`;
  if (/ї$/u.test(token)) return `${token.slice(0, -1)}я`;
  return token;
}

/** "Janem Lipavským" → "Jan Lipavský", "Zuzanou Čaputovou" → "Zuzana Čaputová", "Radosławem Sikorskim" → "Radosław Sikorski". */
function westSlavicNominative(name: string): string {
  const tokens = name.split(/\s+/u);
  const surname = tokens.at(-1)!;
  const [ending, nominative] = WEST_SLAVIC_INSTRUMENTAL.find(([instrumental]) => surname.endsWith(instrumental))!;
  const female = /[áa]$/u.test(nominative);
  const given = tokens.slice(0, -1).map((token) => {
    if (female) return token.replace(/(?:ou|ą)$/u, 'a');
    // "Janem", "Tomášem", "Radosławem"; "Jiřím".
    return token.replace(/(?<=\p{L}{2})em$/u, '').replace(/ím$/u, 'í');
  });
  return [...given, surname.slice(0, surname.length - ending.length) + nominative].join(' ');
}
